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
export { MAX_WAIT_INTERVAL_MS, waitForRun } from './wait-for-run.js';
export { DEFAULT_WAIT_INTERVAL_MS, DEFAULT_WAIT_TIMEOUT_MS, isSettled, waitWithoutPolling } from './wait-without-polling.js';
export {
  WorkflowApiError,
  errorCodeForStatus,
  isWorkflowApiError,
  type WorkflowApiErrorInit,
  type WorkflowErrorCode,
} from './errors.js';
export { invalidInput } from './error-factory.js';
export { normalizeStatus, type StatusTable } from './run-status.js';
export {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  MAX_RETRY_AFTER_MS,
  RETRY_AFTER_CEILING_MS,
  backoffDelayMs,
  failedBeforeSending,
  parseRetryAfterMs,
  type RetryPolicy,
} from './retry-policy.js';
export { checkRunInput, encodePathParam, serializeJsonBody, type CredentialFormat } from './input-guards.js';
export { checkTimeoutMs } from './client-options.js';
export type { VendorAuth } from './middleware.js';
export {
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  createVendorClient,
  createVendorRuntime,
  expectAnswer,
  type CallInit,
  type VendorDefinition,
  type VendorRuntime,
} from './vendor-client.js';
export type { AnswerShape, Shape } from './answer-shape.js';
export { paginate, type Listing } from './paginate.js';
export { MAX_TIMEOUT_MS } from './delay.js';
export { MAX_RESPONSE_BYTES } from './read-capped.js';
export { DEFAULT_IDLE_TIMEOUT_MS, streamedAnswer } from './streamed-answer.js';
export { MAX_JSON_DEPTH } from './json-text.js';
export { isRecord } from './is-record.js';
export { rateLimitFromHeaders } from './rate-limit.js';
