export { createWivClient, wivDefinition, type WivClient, type WivClientOptions } from './wiv-client.js';
export { createWivProvider, type WivProvider, type WivRun, type WivRunResponse } from './wiv-provider.js';
export type { components, operations, paths } from './generated/openapi.js';
