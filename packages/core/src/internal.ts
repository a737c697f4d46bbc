// @workflow-clients/core/internal: what this repository's vendor packages build their clients
// and providers from. It follows no semver promise of its own: it changes with the vendor
// packages, which always depend on the core they were released with. Users import from
// @workflow-clients/core, or from a vendor package.
export { createVendorClient, createVendorRuntime, expectAnswer, type CallInit, type VendorRuntime } from './vendor-runtime.js';
export type { VendorDefinition, VendorInfo } from './vendor-definition.js';
export type { VendorAuth } from './middleware.js';
export type { CredentialFormat } from './input-guards.js';
export type { RetryPolicy } from './retry-policy.js';
export type { AnswerShape, Shape } from './answer-shape.js';
export { paginate, type Listing } from './paginate.js';
export { pollingWaiter } from './wait-for-run.js';
export { settledOnlyWaiter } from './wait-without-polling.js';
export { streamedAnswer } from './streamed-answer.js';
export { normalizeStatus, type StatusTable } from './run-status.js';
export { rateLimitFromHeaders } from './rate-limit.js';
export { checkTimeoutMs } from './client-options.js';
export { isRecord } from './is-record.js';
