// @workflow-clients/core/internal: what this repository's vendor packages build their clients
// and providers from. It follows no semver promise of its own: it changes with the vendor
// packages, which always depend on the core they were released with. Users import from
// @workflow-clients/core, or from a vendor package.

export type { AnswerShape, Shape } from './answer-shape.js';
export { otherRunThan } from './answered-run.js';
export { CHECK_ONLY, checkCall } from './check-only.js';
export { checkTimeoutMs } from './client-options.js';
export { readMessageOrError } from './error-body.js';
export { invalidInput, plainError } from './error-factory.js';
export { expectAnswer } from './expect-answer.js';
export {
  afterFailedRead,
  afterRead,
  type FollowPace,
  type FollowStep,
  failedPollPauseMs,
  startFollowing,
} from './follow-pace.js';
export { isRecord } from './is-record.js';
export { type Listing, type ListingOptions, runListing } from './paginate.js';
export { rateLimitFromHeaders } from './rate-limit.js';
export { credentialPattern, redactText } from './redact.js';
export { backoffDelayMs, type RetryPolicy } from './retry-policy.js';
export { runHandles } from './run-handle.js';
export { normalizeStatus, type StatusTable, type StatusTableFor } from './run-status.js';
export { streamedAnswer } from './streamed-answer.js';
export type {
  CredentialFormat,
  DeclaredHeaderName,
  RateLimitHeaders,
  VendorAuth,
  VendorDefinition,
  VendorInfo,
} from './vendor-definition.js';
export { type CallInit, createVendorClient, createVendorRuntime, type VendorRuntime } from './vendor-runtime.js';
export { pollingWaiter } from './wait-for-run.js';
export { settledOnlyWaiter } from './wait-without-polling.js';
