export {
  createInteractlyClient,
  interactlyDefinition,
  type InteractlyClient,
  type InteractlyClientOptions,
} from './interactly-client.js';
export {
  createInteractlyProvider,
  interactlyStatuses,
  type InteractlyProvider,
  type InteractlyRun,
  type InteractlyRunOptions,
  type InteractlyListQuery,
  type InteractlyRunPage,
  type InteractlyRunRecord,
  type InteractlyRunResponse,
  type InteractlyRunState,
} from './interactly-provider.js';
export type { components, operations, paths } from './generated/openapi.js';
