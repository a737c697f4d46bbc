import { createVendorClient, type ClientOptions, type VendorDefinition } from '@workflow-clients/core';
import type { paths } from './generated/openapi.js';

/** Wiv's API as its spec describes it (`specs/wiv/openapi.yaml`). */
export const wivDefinition: VendorDefinition = {
  vendor: 'wiv',
  apiKeyEnvVar: 'WIV_API_KEY',
  defaultBaseUrl: 'https://api.wiv.ai',
  auth: { type: 'apiKeyHeader', header: 'X-API-KEY' },
  // No idempotency key: a run whose request may have reached Wiv is never retried.
  retryPolicy: {},
};

export type WivClientOptions = ClientOptions;

/**
 * A typed openapi-fetch client for Wiv. Non-2xx answers throw `WorkflowApiError`; bad ids,
 * credentials and bodies are refused before anything is sent.
 */
export function createWivClient(options: WivClientOptions = {}) {
  return createVendorClient<paths>(wivDefinition, options);
}

export type WivClient = ReturnType<typeof createWivClient>;
