export { aiTutorDefinition, createAiTutorClient, type AiTutorClient, type AiTutorClientOptions } from './aitutor-client.js';
export {
  createAiTutorProvider,
  type AiTutorOutput,
  type AiTutorProvider,
  type AiTutorRun,
  type AiTutorRunResponse,
} from './aitutor-provider.js';
export type { components, operations, paths } from './generated/openapi.js';
export type { AiTutorStreamOptions, AiTutorStreamToken, AiTutorTextStream } from './aitutor-stream.js';
