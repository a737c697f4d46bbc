// Core's public API (the error every call rejects with, the option and run types, the limits),
// so that this package alone is enough.
export * from '@workflow-clients/core';
export {
  type AiTutorClient,
  type AiTutorClientOptions,
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
