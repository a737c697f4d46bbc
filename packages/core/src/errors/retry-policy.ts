import type { RetryPolicy } from '../vendor/vendor-definition.js';

/**
 * Retries must never run a workflow twice. What is retried, and why it is safe:
 *  - `429`: the vendor refused the request before running anything.
 *  - A connection that failed before the request was sent (refused, DNS, unreachable).
 *  - Only where the vendor deduplicates by idempotency key and the request carries one:
 *    `5xx`, timeouts and connections reset after sending, replayed with the same key.
 *
 *  - Reads (`GET`, `HEAD`): fetching a run's status twice cannot run anything twice, so
 *    their `5xx`, timeouts and resets are retried like a deduplicated request's.
 *
 * Never retried: any other `4xx`, a `5xx`/timeout/reset without an idempotency key (the
 * workflow may already be running), a caller's abort, and input refused before sending.
 */

/** Longest `Retry-After` waited for; a longer one is surfaced to the caller instead. */
export const MAX_RETRY_AFTER_MS = 60_000;
/**
 * The longest `Retry-After` believed: one day. A longer one (400 digits of seconds, the year
 * 9999) is read as this, so `retryAfterMs` is always a number a timer or a scheduler can hold.
 */
export const RETRY_AFTER_CEILING_MS = 86_400_000;
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 20_000;

/** Exponential backoff with full jitter: a uniform draw from [0, min(cap, base * 2^attempt)). */
export function backoffDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/**
 * Reads `Retry-After` as seconds or as an HTTP date, at most RETRY_AFTER_CEILING_MS; undefined
 * when absent or unreadable (a negative number, a word, hexadecimal, an exponent).
 */
export function parseRetryAfterMs(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(text)) ms = Math.round(Number(text) * 1000);
  else {
    // An HTTP date always names its month; Date.parse alone would read "-5" as a year.
    if (!/[a-z]{3}/i.test(text)) return undefined;
    const date = Date.parse(text);
    if (Number.isNaN(date)) return undefined;
    ms = Math.max(0, date - now);
  }
  return Number.isFinite(ms) ? Math.min(ms, RETRY_AFTER_CEILING_MS) : RETRY_AFTER_CEILING_MS;
}

/**
 * What a failure says about repeating the call:
 *  - `refused`: the vendor turned the request down (4xx); nothing started, and the same call fails again.
 *  - `throttled`: a 429; nothing started, and the same call may succeed later.
 *  - `unsent`: the request never left this machine; nothing started.
 *  - `transient`: a 5xx, a timeout or a reset after sending; the run may be under way.
 *  - `delivered`: the vendor answered 2xx or 3xx, but not as promised; the run may be under way.
 */
export type Outcome = 'refused' | 'throttled' | 'unsent' | 'transient' | 'delivered';

/** What repeating a failed request may do: the call it was part of. */
export interface Repeat {
  /** The request only reads (GET, HEAD). */
  read: boolean;
  /** Repeating the request cannot start a second run (see isReplayable). */
  replayable: boolean;
  /** The request was handed to `fetch`; false when it failed before. */
  sent?: boolean;
}

/**
 * The one retry rule: whether repeating the same call (with its idempotency key, where it
 * carries one) cannot start a second run and may succeed (`retryable`), and whether the run
 * may already be under way at a vendor that would not deduplicate a repeat (`mayHaveStarted`).
 * The transport retries exactly what this calls retryable; errors carry both answers.
 */
export function repeatability(request: Repeat, outcome: Outcome): { retryable: boolean; mayHaveStarted: boolean } {
  if (outcome === 'refused') return { retryable: false, mayHaveStarted: false };
  if (outcome === 'throttled' || outcome === 'unsent') return { retryable: true, mayHaveStarted: false };
  // Only a request that asks the vendor to act, and that it would not deduplicate, may have started twice.
  const mayHaveStarted = !request.read && !request.replayable && request.sent !== false;
  return { retryable: outcome === 'transient' && request.replayable, mayHaveStarted };
}

/** How an answer's status bears on repeating the request. */
export function outcomeOfStatus(status: number): Outcome {
  if (status === 429) return 'throttled';
  // 408: the server gave up waiting for the request, which may or may not have been processed.
  if ((status >= 500 && status <= 599) || status === 408) return 'transient';
  if (status >= 400 && status < 500) return 'refused';
  return 'delivered';
}

/** Whether the transport tries again after this error: retryable, and not asked to wait longer than it waits. */
export function shouldRetry(error: { retryable: boolean; retryAfterMs?: number }): boolean {
  return error.retryable && (error.retryAfterMs === undefined || error.retryAfterMs <= MAX_RETRY_AFTER_MS);
}

/** True for a method that only reads (`GET`, `HEAD`): sending it twice cannot run anything twice. */
export function isReadMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

/**
 * True when sending `request` again cannot start a second run: a read (GET, HEAD), or a request
 * carrying the key the vendor deduplicates on.
 */
export function isReplayable(request: Pick<Request, 'method' | 'headers'>, policy: RetryPolicy): boolean {
  if (isReadMethod(request.method)) return true;
  const header = policy.idempotencyHeader;
  return header !== undefined && Boolean(request.headers.get(header));
}

// Error codes that prove no connection was made, so the request never left this machine.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCodes(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 4) return [];
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof code === 'string' ? [code] : [];
  const nested = Array.isArray(errors) ? errors.flatMap((e) => errorCodes(e, depth + 1)) : [];
  return [...own, ...errorCodes(cause, depth + 1), ...nested];
}

/** True when a fetch failure shows the request was never sent. */
export function failedBeforeSending(error: unknown): boolean {
  const codes = errorCodes(error);
  return codes.length > 0 && codes.every((code) => NOT_SENT_CODES.has(code));
}

/** True when a body could not be decompressed as its Content-Encoding said (zlib, brotli or zstd). */
export function decodingFailed(error: unknown): boolean {
  return errorCodes(error).some((code) => /^Z_|^ERR__ERROR_|BROTLI|ZSTD/.test(code));
}

/** The most telling error code in a fetch failure's cause chain, for messages. */
export function networkErrorCode(error: unknown): string | undefined {
  const codes = errorCodes(error);
  return codes.at(-1);
}
