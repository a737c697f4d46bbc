export {
  type LoopbackMockServer,
  type LoopbackMockServerOptions,
  type LoopbackRequest,
  startLoopbackMockServer,
} from './loopback-server.js';
export {
  setupWorkflowMockServer,
  type UnhandledRequests,
  type WorkflowMockServer,
  type WorkflowMockServerOptions,
} from './mock-server.js';
