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
export { createWivClient, type WivClient, type WivClientOptions, wivDefinition } from './wiv-client.js';
export { createWivProvider, type WivProvider, type WivRun, type WivRunResponse } from './wiv-provider.js';
