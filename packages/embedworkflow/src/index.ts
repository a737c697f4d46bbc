// Core's public API (the error every call rejects with, the option and run types, the limits),
// so that this package alone is enough.
export * from '@workflow-clients/core';
export {
  createEmbedWorkflowClient,
  type EmbedWorkflowClient,
  type EmbedWorkflowClientOptions,
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
