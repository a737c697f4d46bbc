// The error every call rejects with, and the shapes a caller annotates with, so that this package alone is enough.
export {
  isWorkflowApiError,
  type RunOptions,
  type WaitOptions,
  WorkflowApiError,
  type WorkflowErrorCode,
  type WorkflowRunStatus,
} from '@workflow-clients/core';
export {
  type AltostratClient,
  type AltostratClientOptions,
  altostratDefinition,
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
