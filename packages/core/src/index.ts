// The public API of @workflow-clients/core: the error every client throws, the types every
// provider shares, and the limits the README documents. What vendor packages need to build a
// client is in ./internal.ts, for this repository's packages only.

export type { ClientOptions } from './client/client-options.js';
export type { RunListing } from './client/paginate.js';
export { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './client/vendor-runtime.js';
export { MAX_RETRY_AFTER_MS, RETRY_AFTER_CEILING_MS } from './errors/retry-policy.js';
export {
  AbortedError,
  ConflictError,
  errorCodeForStatus,
  ForbiddenError,
  InvalidInputError,
  isWorkflowApiError,
  NetworkError,
  NotFoundError,
  NotSupportedError,
  PaymentRequiredError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  UnexpectedResponseError,
  ValidationFailedError,
  WorkflowApiError,
  type WorkflowApiErrorByCode,
  type WorkflowApiErrorFor,
  type WorkflowApiErrorInit,
  type WorkflowErrorCode,
} from './errors/workflow-api-error.js';
export {
  type CallEvent,
  type ClientHooks,
  DEBUG_ENV_VAR,
  type ErrorEvent,
  type Logger,
  type RequestEvent,
  type ResponseEvent,
  type RetryEvent,
} from './hooks/call-events.js';
export { MAX_RESPONSE_BYTES } from './http/read-capped.js';
export { DEFAULT_IDLE_TIMEOUT_MS } from './http/streamed-answer.js';
export { MAX_WAIT_INTERVAL_MS } from './runs/follow-pace.js';
export {
  type CancellableRunHandle,
  type RunHandle,
  type RunReference,
  readRunToken,
  type UpdateOptions,
} from './runs/run-handle.js';
export { DEFAULT_WAIT_INTERVAL_MS, DEFAULT_WAIT_TIMEOUT_MS, isSettled } from './runs/wait-without-polling.js';
export { MAX_TIMEOUT_MS } from './utils/delay.js';
export { MAX_JSON_DEPTH } from './utils/json-text.js';
export type {
  CallOptions,
  NotOffered,
  ProviderCapabilities,
  RunOptions,
  WaitOptions,
  WorkflowProvider,
  WorkflowRun,
  WorkflowRunStatus,
} from './vendor/provider.js';
export type { VendorInfo } from './vendor/vendor-definition.js';
