// The public API of @workflow-clients/core: the error every client throws, the types every
// provider shares, and the limits the README documents. What vendor packages need to build a
// client is in ./internal.ts, for this repository's packages only.

export {
  type CallEvent,
  type ClientHooks,
  DEBUG_ENV_VAR,
  type ErrorEvent,
  type Logger,
  type RequestEvent,
  type ResponseEvent,
  type RetryEvent,
} from './call-events.js';
export { MAX_TIMEOUT_MS } from './delay.js';
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
} from './errors.js';
export { MAX_WAIT_INTERVAL_MS } from './follow-pace.js';
export { MAX_JSON_DEPTH } from './json-text.js';
export type { RunListing } from './paginate.js';
export { MAX_RESPONSE_BYTES } from './read-capped.js';
export { MAX_RETRY_AFTER_MS, RETRY_AFTER_CEILING_MS } from './retry-policy.js';
export {
  type CancellableRunHandle,
  type RunHandle,
  type RunReference,
  readRunToken,
  type UpdateOptions,
} from './run-handle.js';
export { DEFAULT_IDLE_TIMEOUT_MS } from './streamed-answer.js';
export type {
  CallOptions,
  ClientOptions,
  NotOffered,
  ProviderCapabilities,
  RunOptions,
  WaitOptions,
  WorkflowProvider,
  WorkflowRun,
  WorkflowRunStatus,
} from './types.js';
export type { VendorInfo } from './vendor-definition.js';
export { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './vendor-runtime.js';
export { DEFAULT_WAIT_INTERVAL_MS, DEFAULT_WAIT_TIMEOUT_MS, isSettled } from './wait-without-polling.js';
