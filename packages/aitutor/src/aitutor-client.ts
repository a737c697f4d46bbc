import { createVendorClient, type ClientOptions, type VendorDefinition } from '@workflow-clients/core';
import type { paths } from './generated/openapi.js';

/** AI Tutor's API as its spec describes it (`specs/aitutor/openapi.yaml`). */
export const aiTutorDefinition: VendorDefinition = {
  vendor: 'aitutor',
  apiKeyEnvVar: 'AITUTOR_API_KEY',
  defaultBaseUrl: 'https://aitutor-api.vercel.app',
  auth: { type: 'bearer' },
  // A run may take up to 300 s before the answer starts; wait a little longer than that.
  defaultTimeoutMs: 310_000,
  // No idempotency key: a run that may have started (and spent credits) is never retried.
  retryPolicy: {},
};

export type AiTutorClientOptions = ClientOptions;

/**
 * A typed openapi-fetch client for AI Tutor. Non-2xx answers throw `WorkflowApiError`; bad
 * ids, credentials and bodies are refused before anything is sent.
 */
export function createAiTutorClient(options: AiTutorClientOptions = {}) {
  return createVendorClient<paths>(aiTutorDefinition, options);
}

export type AiTutorClient = ReturnType<typeof createAiTutorClient>;
