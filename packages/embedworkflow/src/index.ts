export {
  createEmbedWorkflowClient,
  embedWorkflowDefinition,
  type EmbedWorkflowClient,
  type EmbedWorkflowClientOptions,
} from './embedworkflow-client.js';
export {
  createEmbedWorkflowProvider,
  embedWorkflowStatuses,
  type EmbedWorkflowExecution,
  type EmbedWorkflowProvider,
  type EmbedWorkflowExecutionWithStats,
  type EmbedWorkflowRun,
  type EmbedWorkflowRunState,
  type EmbedWorkflowRunOptions,
} from './embedworkflow-provider.js';
export type { components, operations, paths } from './generated/openapi.js';
