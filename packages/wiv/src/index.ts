export type { components, operations, paths } from './generated/openapi.js';
export { createWivClient, type WivClient, type WivClientOptions, wivDefinition } from './wiv-client.js';
export { createWivProvider, type WivProvider, type WivRun, type WivRunResponse } from './wiv-provider.js';
