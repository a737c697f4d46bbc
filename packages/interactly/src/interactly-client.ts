import type { ClientOptions } from '@workflow-clients/core';
import { createVendorClient, type VendorDefinition } from '@workflow-clients/core/internal';
import type { Client } from 'openapi-fetch';
import type { paths } from './generated/openapi.js';
import { specFacts } from './generated/spec-facts.js';
import { readInteractlyError } from './interactly-error.js';

/** Interactly, as its spec describes it (`specs/interactly/openapi.yaml`): declared once, for the client and the provider. */
export const interactlyDefinition = {
  slug: 'interactly',
  name: 'Interactly',
  apiKeyEnvVar: 'INTERACTLY_API_KEY',
  // Read from the spec by `pnpm generate` (generated/spec-facts.ts), never copied by hand: a
  // regenerated spec moves the client with it.
  defaultBaseUrl: specFacts.defaultBaseUrl,
  auth: specFacts.auth,
  pathPatterns: specFacts.pathPatterns,
  publicPaths: specFacts.publicPaths,
  // No idempotency key: a turn whose request may have reached Interactly is never retried.
  retryPolicy: {},
  readError: readInteractlyError,
  // A run takes turns, so it can be resumed and stopped, and read back, but nothing deduplicates a turn.
  capabilities: { resume: true, cancel: true, idempotency: false, getRun: true, settlesOnReturn: false },
  version: __PACKAGE_VERSION__,
} as const satisfies VendorDefinition;

export type InteractlyClientOptions = ClientOptions;
export type InteractlyClient = Client<paths, 'application/json'>;

/** A typed openapi-fetch client for Interactly: non-2xx answers throw `WorkflowApiError`; bad ids, credentials and bodies are refused unsent. */
export const createInteractlyClient = (options: InteractlyClientOptions = {}): InteractlyClient =>
  createVendorClient<paths>(interactlyDefinition, options);
