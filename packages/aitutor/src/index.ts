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
  type AiTutorClient,
  type AiTutorClientOptions,
  aiTutorDefinition,
  createAiTutorClient,
} from './aitutor-client.js';
export {
  type AiTutorOutput,
  type AiTutorProvider,
  type AiTutorRun,
  type AiTutorRunResponse,
  createAiTutorProvider,
} from './aitutor-provider.js';
export type { AiTutorStreamOptions, AiTutorStreamToken, AiTutorTextStream } from './aitutor-stream.js';
export type { components, operations, paths } from './generated/openapi.js';
