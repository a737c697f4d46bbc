import type { ClientOptions } from '@workflow-clients/core';
import {
  createVendorClient,
  type DeclaredHeaderName,
  type RateLimitHeaders,
  type VendorDefinition,
} from '@workflow-clients/core/internal';
import type { Client } from 'openapi-fetch';
import { readAltostratError } from './altostrat-error.js';
import type { operations, paths } from './generated/openapi.js';
import { specFacts } from './generated/spec-facts.js';

/** Altostrat, as its spec describes it (`specs/altostrat/openapi.yaml`): declared once, for the client and the provider. */
export const altostratDefinition = {
  slug: 'altostrat',
  name: 'Altostrat',
  apiKeyEnvVar: 'ALTOSTRAT_API_KEY',
  // Read from the spec by `pnpm generate` (generated/spec-facts.ts), never copied by hand: a
  // regenerated spec moves the client with it.
  defaultBaseUrl: specFacts.defaultBaseUrl,
  auth: specFacts.auth,
  pathPatterns: specFacts.pathPatterns,
  publicPaths: specFacts.publicPaths,
  // The spec's `altostratJwt` decision: RFC 6750's token syntax, not the JWT's inner shape.
  credentialFormat: {
    pattern: /^[A-Za-z0-9\-._~+/]+=*$/,
    description: 'a bearer token (letters, digits and -._~+/ only); pass the JWT alone, without "Bearer "',
  },
  // Altostrat answers a repeated Idempotency-Key with the original result, so a request
  // carrying one may be replayed after a 5xx, a timeout or a reset without running the
  // workflow twice; a replay answered with the original 5xx is reported as that error.
  retryPolicy: { idempotencyHeader: 'Idempotency-Key' },
  // Declared on both answers a run is read from: a header the spec renames or drops from either
  // stops compiling here, naming itself.
  rateLimitHeaders: {
    limit: 'X-RateLimit-Limit',
    remaining: 'X-RateLimit-Remaining',
  } satisfies RateLimitHeaders<
    DeclaredHeaderName<operations['executeWorkflow']['responses'][202]> &
      DeclaredHeaderName<operations['getWorkflowRun']['responses'][200]>
  >,
  readError: readAltostratError,
  // Runs are queued and read back, deduplicated by key; the API cannot resume or cancel one.
  capabilities: {
    resume: false,
    cancel: false,
    idempotency: true,
    // The spec's `Idempotency-Key`: a repeat within 24 hours is answered with the first result.
    idempotencyWindowMs: 86_400_000,
    getRun: true,
    settlesOnReturn: false,
  },
  version: __PACKAGE_VERSION__,
} as const satisfies VendorDefinition;

export type AltostratClientOptions = ClientOptions;
export type AltostratClient = Client<paths, 'application/json'>;

/** A typed openapi-fetch client for Altostrat: non-2xx answers throw `WorkflowApiError`; bad ids, credentials and bodies are refused unsent. */
export const createAltostratClient = (options: AltostratClientOptions = {}): AltostratClient =>
  createVendorClient<paths>(altostratDefinition, options);
