export { createWorkflowClient, vendors, type WorkflowClientOptions } from './create-workflow-client.js';
export type { ProviderByVendor, RegisteredVendor } from './vendor-registry.js';
export * from '@workflow-clients/core';
