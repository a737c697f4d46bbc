// Core's public API (the error every call rejects with, the option and run types, the limits),
// so that this package alone is enough.
export * from '@workflow-clients/core';
export {
  type AltostratClient,
  type AltostratClientOptions,
  createAltostratClient,
} from './altostrat-client.js';
export {
  type AltostratProvider,
  type AltostratRun,
  type AltostratRunOptions,
  type AltostratRunPage,
  type AltostratRunResponse,
  altostratStatuses,
  createAltostratProvider,
} from './altostrat-provider.js';
export type { components, operations, paths } from './generated/openapi.js';
