import type { ClientOptions } from '@workflow-clients/core';
import { createVendorClient, type VendorDefinition } from '@workflow-clients/core/internal';
import type { Client } from 'openapi-fetch';
import { readEmbedWorkflowError } from './embedworkflow-error.js';
import type { paths } from './generated/openapi.js';
import { specFacts } from './generated/spec-facts.js';

/** Embed Workflow, as its spec describes it (`specs/embedworkflow/openapi.yaml`): declared once, for the client and the provider. */
export const embedWorkflowDefinition = {
  slug: 'embedworkflow',
  name: 'Embed Workflow',
  apiKeyEnvVar: 'EMBEDWORKFLOW_API_KEY',
  // Read from the spec by `pnpm generate` (generated/spec-facts.ts), never copied by hand: a
  // regenerated spec moves the client with it.
  defaultBaseUrl: specFacts.defaultBaseUrl,
  auth: specFacts.auth,
  pathPatterns: specFacts.pathPatterns,
  publicPaths: specFacts.publicPaths,
  // The spec's security scheme: only secret keys execute workflows. Refusing a publishable
  // key here turns a certain 401 into an error that says what is wrong.
  credentialFormat: {
    pattern: /^sk_(test|live)_\S+$/,
    description: 'a secret key (sk_test_… or sk_live_…); publishable pk_ keys cannot execute workflows',
  },
  // The idempotency header's name is not documented (the spec's `idempotency` decision), so
  // nothing that may have reached Embed Workflow is retried.
  retryPolicy: {},
  readError: readEmbedWorkflowError,
  // An execution can be read back, but not resumed or cancelled through the API.
  capabilities: { resume: false, cancel: false, idempotency: false, getRun: true, settlesOnReturn: false },
  version: __PACKAGE_VERSION__,
} as const satisfies VendorDefinition;

export type EmbedWorkflowClientOptions = ClientOptions;
export type EmbedWorkflowClient = Client<paths, 'application/json'>;

/** A typed openapi-fetch client for Embed Workflow: non-2xx answers throw `WorkflowApiError`; bad ids, credentials and bodies are refused unsent. */
export const createEmbedWorkflowClient = (options: EmbedWorkflowClientOptions = {}): EmbedWorkflowClient =>
  createVendorClient<paths>(embedWorkflowDefinition, options);
