import { createVendorClient, type ClientOptions, type VendorDefinition } from '@workflow-clients/core';
import type { paths } from './generated/openapi.js';

/** Altostrat's API as its spec describes it (`specs/altostrat/openapi.yaml`). */
export const altostratDefinition: VendorDefinition = {
  vendor: 'altostrat',
  apiKeyEnvVar: 'ALTOSTRAT_API_KEY',
  defaultBaseUrl: 'https://v1.api.altostrat.io',
  auth: { type: 'bearer' },
  // Altostrat answers a repeated Idempotency-Key with the original run, so a request that
  // carries one may be retried after a 5xx, a timeout or a reset.
  retryPolicy: { idempotencyHeader: 'Idempotency-Key' },
};

export type AltostratClientOptions = ClientOptions;

/**
 * A typed openapi-fetch client for Altostrat. Non-2xx answers throw `WorkflowApiError`; bad
 * ids, credentials and bodies are refused before anything is sent.
 */
export function createAltostratClient(options: AltostratClientOptions = {}) {
  return createVendorClient<paths>(altostratDefinition, options);
}

export type AltostratClient = ReturnType<typeof createAltostratClient>;
