// Core's public API (the error every call rejects with, the option and run types, the limits),
// so that this package alone is enough.
export * from '@workflow-clients/core';
export type { components, operations, paths } from './generated/openapi.js';
export {
  createInteractlyClient,
  type InteractlyClient,
  type InteractlyClientOptions,
} from './interactly-client.js';
export {
  createInteractlyProvider,
  type InteractlyListQuery,
  type InteractlyProvider,
  type InteractlyRun,
  type InteractlyRunOptions,
  type InteractlyRunPage,
  type InteractlyRunRecord,
  type InteractlyRunResponse,
  type InteractlyRunState,
  interactlyStatuses,
} from './interactly-provider.js';
