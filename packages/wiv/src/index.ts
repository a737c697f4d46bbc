// Core's public API (the error every call rejects with, the option and run types, the limits),
// so that this package alone is enough.
export * from '@workflow-clients/core';
export type { components, operations, paths } from './generated/openapi.js';
export { createWivClient, type WivClient, type WivClientOptions } from './wiv-client.js';
export { createWivProvider, type WivProvider, type WivRun, type WivRunResponse } from './wiv-provider.js';
