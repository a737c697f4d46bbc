export { VENDOR_NAMES, VENDOR_SLUGS, type VendorSlug } from './vendors.js';
export type {
  ClientOptions,
  ProviderCapabilities,
  RunOptions,
  WorkflowProvider,
  WaitOptions,
  WorkflowRun,
  WorkflowRunStatus,
} from './types.js';
export {
  DEFAULT_WAIT_INTERVAL_MS,
  DEFAULT_WAIT_TIMEOUT_MS,
  MAX_WAIT_INTERVAL_MS,
  isSettled,
  waitForRun,
} from './wait-for-run.js';
export {
  WorkflowApiError,
  errorCodeForStatus,
  isWorkflowApiError,
  type WorkflowApiErrorInit,
  type WorkflowErrorCode,
} from './errors.js';
export { normalizeStatus, type StatusTable } from './run-status.js';
export {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  MAX_RETRY_AFTER_MS,
  backoffDelayMs,
  failedBeforeSending,
  parseRetryAfterMs,
  type RetryPolicy,
} from './retry-policy.js';
export { checkRunInput, encodePathParam, serializeJsonBody, type CredentialFormat } from './input-guards.js';
export type { VendorAuth } from './middleware.js';
export {
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  createVendorClient,
  createVendorRuntime,
  type CallInit,
  type VendorDefinition,
  type VendorRuntime,
} from './vendor-client.js';
export { MAX_TIMEOUT_MS } from './delay.js';
export { MAX_RESPONSE_BYTES, untilAborted } from './transport.js';
export { expectPage, expectShape, isRecord } from './response-shape.js';
export { rateLimitFromHeaders } from './rate-limit.js';
