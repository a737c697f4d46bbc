// The error every call rejects with, and the shapes a caller annotates with, so that this package alone is enough.
export {
  isWorkflowApiError,
  type RunOptions,
  type WaitOptions,
  WorkflowApiError,
  type WorkflowErrorCode,
  type WorkflowRunStatus,
} from '@workflow-clients/core';
export type { components, operations, paths } from './generated/openapi.js';
export {
  createInteractlyClient,
  type InteractlyClient,
  type InteractlyClientOptions,
  interactlyDefinition,
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
