export {
  altostratDefinition,
  createAltostratClient,
  type AltostratClient,
  type AltostratClientOptions,
} from './altostrat-client.js';
export {
  altostratStatuses,
  createAltostratProvider,
  type AltostratProvider,
  type AltostratRun,
  type AltostratRunOptions,
  type AltostratRunPage,
  type AltostratRunResponse,
} from './altostrat-provider.js';
export type { components, operations, paths } from './generated/openapi.js';
