import type { ClientOptions } from '@workflow-clients/core';
import { createVendorClient, type VendorDefinition } from '@workflow-clients/core/internal';
import type { Client } from 'openapi-fetch';
import type { paths } from './generated/openapi.js';
import { specFacts } from './generated/spec-facts.js';
import { readWivError } from './wiv-error.js';

/** Wiv, as its spec describes it (`specs/wiv/openapi.yaml`): declared once, for the client and the provider. */
export const wivDefinition = {
  slug: 'wiv',
  name: 'Wiv',
  apiKeyEnvVar: 'WIV_API_KEY',
  // Read from the spec by `pnpm generate` (generated/spec-facts.ts), never copied by hand: a
  // regenerated spec moves the client with it.
  defaultBaseUrl: specFacts.defaultBaseUrl,
  auth: specFacts.auth,
  pathPatterns: specFacts.pathPatterns,
  publicPaths: specFacts.publicPaths,
  // No idempotency key: a run whose request may have reached Wiv is never retried.
  retryPolicy: {},
  readError: readWivError,
  // Wiv documents one endpoint: it starts a run, and nothing reads, resumes or cancels one.
  capabilities: { resume: false, cancel: false, idempotency: false, getRun: false, settlesOnReturn: false },
  version: __PACKAGE_VERSION__,
} as const satisfies VendorDefinition;

export type WivClientOptions = ClientOptions;
export type WivClient = Client<paths, 'application/json'>;

/** A typed openapi-fetch client for Wiv: non-2xx answers throw `WorkflowApiError`; bad ids, credentials and bodies are refused unsent. */
export const createWivClient = (options: WivClientOptions = {}): WivClient =>
  createVendorClient<paths>(wivDefinition, options);
