// @workflow-clients/core/internal: what this repository's vendor packages build their clients
// and providers from. It follows no semver promise of its own: it changes with the vendor
// packages, which always depend on the core they were released with. Users import from
// @workflow-clients/core, or from a vendor package.

export { checkCall } from './client/check-only.js';
export { checkTimeoutMs } from './client/client-options.js';
export { type Listing, type ListingOptions, runListing } from './client/paginate.js';
export { type CallInit, createVendorClient, createVendorRuntime, type VendorRuntime } from './client/vendor-runtime.js';
export { invalidInput, plainError } from './errors/error-factory.js';
export { backoffDelayMs } from './errors/retry-policy.js';
export { CHECK_ONLY } from './guards/own-options.js';
export { expectAnswer } from './http/expect-answer.js';
export { streamedAnswer } from './http/streamed-answer.js';
export {
  afterFailedRead,
  afterRead,
  type FollowPace,
  type FollowStep,
  failedPollPauseMs,
  startFollowing,
} from './runs/follow-pace.js';
export { runHandles } from './runs/run-handle.js';
export { pollingWaiter } from './runs/wait-for-run.js';
export { settledOnlyWaiter } from './runs/wait-without-polling.js';
export { isRecord } from './utils/is-record.js';
export { credentialPattern, redactText } from './utils/redact.js';
export type { AnswerShape, Shape } from './vendor/answer-shape.js';
export { otherRunThan } from './vendor/answered-run.js';
export { readMessageOrError } from './vendor/error-body.js';
export { rateLimitFromHeaders } from './vendor/rate-limit.js';
export { normalizeStatus, type StatusTable, type StatusTableFor } from './vendor/run-status.js';
export type {
  CredentialFormat,
  DeclaredHeaderName,
  RateLimitHeaders,
  RetryPolicy,
  VendorAuth,
  VendorDefinition,
  VendorInfo,
} from './vendor/vendor-definition.js';
