import type { ClientOptions } from '@workflow-clients/core';
import {
  createVendorClient,
  type DeclaredHeaderName,
  type RateLimitHeaders,
  type VendorDefinition,
} from '@workflow-clients/core/internal';
import type { Client } from 'openapi-fetch';
import { readAiTutorError } from './aitutor-error.js';
import type { operations, paths } from './generated/openapi.js';
import { specFacts } from './generated/spec-facts.js';

/** AI Tutor, as its spec describes it (`specs/aitutor/openapi.yaml`): declared once, for the client and the provider. */
export const aiTutorDefinition = {
  slug: 'aitutor',
  name: 'AI Tutor',
  apiKeyEnvVar: 'AITUTOR_API_KEY',
  // Read from the spec by `pnpm generate` (generated/spec-facts.ts), never copied by hand: a
  // regenerated spec moves the client with it.
  defaultBaseUrl: specFacts.defaultBaseUrl,
  auth: specFacts.auth,
  pathPatterns: specFacts.pathPatterns,
  publicPaths: specFacts.publicPaths,
  // A run is synchronous and may take up to 300 s before the answer starts, so the default
  // 60 s would abandon runs that are still working (and spending credits).
  defaultTimeoutMs: 310_000,
  // No idempotency key: a run that may have started (and spent credits) is never retried.
  retryPolicy: {},
  // Declared on a run's answer: a header the spec renames stops compiling here, naming itself.
  rateLimitHeaders: {
    limit: 'x-ratelimit-limit',
    remaining: 'x-ratelimit-remaining',
  } satisfies RateLimitHeaders<DeclaredHeaderName<operations['runWorkflow']['responses'][200]>>,
  readError: readAiTutorError,
  // A run is finished when it returns: there is nothing to read back, resume or cancel.
  capabilities: { resume: false, cancel: false, idempotency: false, getRun: false, settlesOnReturn: true },
  version: __PACKAGE_VERSION__,
} as const satisfies VendorDefinition;

export type AiTutorClientOptions = ClientOptions;
export type AiTutorClient = Client<paths, 'application/json'>;

/** A typed openapi-fetch client for AI Tutor: non-2xx answers throw `WorkflowApiError`; bad ids, credentials and bodies are refused unsent. */
export const createAiTutorClient = (options: AiTutorClientOptions = {}): AiTutorClient =>
  createVendorClient<paths>(aiTutorDefinition, options);
