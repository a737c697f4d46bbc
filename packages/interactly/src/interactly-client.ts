import type { ClientOptions } from '@workflow-clients/core';
import { createVendorClient, type VendorDefinition } from '@workflow-clients/core/internal';
import type { Client } from 'openapi-fetch';
import type { paths } from './generated/openapi.js';
import { readInteractlyError } from './interactly-error.js';

// Replaced by this package's version when it is built; absent when run from source.
declare const __PACKAGE_VERSION__: string | undefined;
const PACKAGE_VERSION = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : undefined;

/** Interactly, as its spec describes it (`specs/interactly/openapi.yaml`): declared once, for the client and the provider. */
export const interactlyDefinition = {
  slug: 'interactly',
  name: 'Interactly',
  apiKeyEnvVar: 'INTERACTLY_API_KEY',
  // The only host Interactly documents is its QA environment (the spec's `server` decision).
  defaultBaseUrl: 'https://api-qa.interactly.ai',
  auth: { type: 'bearer' },
  // The spec's `WorkflowId` parameter: a MongoDB ObjectId, 24 lower-case hex digits.
  // `workflow_run_id` has none (the spec's `WorkflowRunId` decision): it must take back any
  // `run_id` a turn answered with.
  pathPatterns: { workflow_id: /^[0-9a-f]{24}$/ },
  // No idempotency key: a turn whose request may have reached Interactly is never retried.
  retryPolicy: {},
  readError: readInteractlyError,
  // A run takes turns, so it can be resumed and stopped, and read back, but nothing deduplicates a turn.
  capabilities: { resume: true, cancel: true, idempotency: false, getRun: true, settlesOnReturn: false },
  version: PACKAGE_VERSION,
} as const satisfies VendorDefinition;

export type InteractlyClientOptions = ClientOptions;
export type InteractlyClient = Client<paths, 'application/json'>;

/** A typed openapi-fetch client for Interactly: non-2xx answers throw `WorkflowApiError`; bad ids, credentials and bodies are refused unsent. */
export const createInteractlyClient = (options: InteractlyClientOptions = {}): InteractlyClient =>
  createVendorClient<paths>(interactlyDefinition, options);
