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
  createEmbedWorkflowClient,
  type EmbedWorkflowClient,
  type EmbedWorkflowClientOptions,
  embedWorkflowDefinition,
} from './embedworkflow-client.js';
export {
  createEmbedWorkflowProvider,
  type EmbedWorkflowExecution,
  type EmbedWorkflowExecutionWithStats,
  type EmbedWorkflowProvider,
  type EmbedWorkflowRun,
  type EmbedWorkflowRunOptions,
  type EmbedWorkflowRunState,
  embedWorkflowStatuses,
} from './embedworkflow-provider.js';
export type { components, operations, paths } from './generated/openapi.js';
