import { WorkflowApiError, vendorName } from './errors.js';
import { assertTransportSecurity } from './input-guards.js';
import {
  MAX_RETRY_AFTER_MS,
  backoffDelayMs,
  failedBeforeSending,
  isReplayable,
  networkErrorCode,
  parseRetryAfterMs,
  type RetryPolicy,
} from './retry-policy.js';
import { bufferedResponse } from './buffered-body.js';
import { delay } from './delay.js';
import type { VendorSlug } from './vendors.js';

export type FetchLike = (request: Request) => Promise<Response>;

export interface TransportOptions {
  vendor: VendorSlug;
  fetch: FetchLike;
  timeoutMs: number;
  maxRetries: number;
  retryPolicy: RetryPolicy;
  allowInsecureHttp: boolean;
  /** Read lazily so a credential set after the client was made is still scrubbed. */
  secrets: () => readonly string[];
  /** Injected by tests; Math.random otherwise. */
  random?: () => number;
}

export interface AttemptOverrides {
  timeoutMs?: number;
  /** Leave the body unread, for streaming answers; the timeout then covers the headers only. */
  stream?: boolean;
}

// Retry and the per-attempt timeout live in the `fetch` openapi-fetch is given rather than in a
// middleware: a middleware sees the request once and cannot re-send a body fetch has consumed.
export function createTransport(options: TransportOptions): (overrides?: AttemptOverrides) => FetchLike {
  return (overrides = {}) =>
    (request) =>
      send(options, request, overrides);
}

async function send(options: TransportOptions, request: Request, overrides: AttemptOverrides): Promise<Response> {
  const { vendor, retryPolicy, maxRetries } = options;
  assertTransportSecurity(vendor, request.url, options.allowInsecureHttp);
  const timeoutMs = overrides.timeoutMs ?? options.timeoutMs;
  const replayable = isReplayable(request, retryPolicy);
  // Read once, so that every attempt sends the same bytes: cheaper than cloning (a stream tee)
  // per attempt, which was the largest single cost of a call.
  const body = request.body === null ? null : await request.arrayBuffer();

  for (let attempt = 0; ; attempt++) {
    const mayRetry = attempt < maxRetries;
    let response: Response;
    try {
      response = await attemptOnce(options, request, { body, timeoutMs, stream: overrides.stream ?? false, replayable });
    } catch (failure) {
      if (!(mayRetry && (failure as WorkflowApiError).retryable)) throw failure;
      await sleep(backoffDelayMs(attempt, options.random), request.signal, options);
      continue;
    }
    const retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'));
    const safeStatus = response.status === 429 || (replayable && response.status >= 500 && response.status <= 599);
    const waitable = retryAfterMs === undefined || retryAfterMs <= MAX_RETRY_AFTER_MS;
    if (!(mayRetry && safeStatus && waitable)) return response;
    discard(response.body);
    await sleep(retryAfterMs ?? backoffDelayMs(attempt, options.random), request.signal, options);
  }
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * The most this client reads of one answer. The vendors answer with small JSON documents;
 * anything past this is a misbehaving server or proxy, and reading it all would let it fill
 * the caller's memory.
 */
export const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

interface Attempt {
  body: ArrayBuffer | null;
  timeoutMs: number;
  stream: boolean;
  /** A replay of this request cannot start a second run (a read, or a request carrying the key the vendor deduplicates on), so any failure may be retried. */
  replayable: boolean;
}

async function attemptOnce(
  options: TransportOptions,
  request: Request,
  { body, timeoutMs, stream, replayable }: Attempt,
): Promise<Response> {
  const { vendor } = options;
  if (request.signal.aborted) throw abortedError(vendor, request.signal.reason, options);
  // One controller for the attempt, aborted by the timer or by the caller, rather than
  // AbortSignal.any: edge runtimes lack it, and the one listener is removed when the attempt ends.
  const attemptController = new AbortController();
  const signal = attemptController.signal;
  let timedOut = false;
  const timeout = setTimeout(() => {
    timedOut = true;
    attemptController.abort();
  }, timeoutMs);
  const onCallerAbort = () => attemptController.abort(request.signal.reason);
  request.signal.addEventListener('abort', onCallerAbort, { once: true });
  let attemptRequest: Request | undefined;
  let streaming = false;
  try {
    // Redirects are not followed: a custom credential header (X-API-KEY) would be forwarded
    // to whatever host the redirect names. A 3xx surfaces as `unexpected_response`.
    attemptRequest = new Request(request, { body, signal, redirect: 'manual' });
    // Raced as well as signalled: Node's fetch can lose the link from a copied request's
    // signal once the copy is garbage collected (nodejs/undici#4068), and a fetch passed in
    // by the caller may ignore signals altogether. Either way the call must not hang.
    const response = await untilAborted(options.fetch(attemptRequest), signal);
    if (stream) {
      // The body is read after this returns: the caller's abort must reach it until it ends,
      // through the request it was made from, which the release below keeps reachable
      // until then (see the copy's abort link above); after that the listener goes.
      streaming = true;
      return releaseWhenDone(response, () => {
        request.signal.removeEventListener('abort', onCallerAbort);
        keepAlive(attemptRequest);
      });
    }
    // The body is read inside the same timeout, so a server that trickles it cannot hang the call.
    // Raced against the signal too, because not every fetch implementation aborts a body read.
    const answer = NULL_BODY_STATUSES.has(response.status) ? null : await untilAborted(readCapped(options, response), signal);
    return bufferedResponse(answer, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch (cause) {
    if (cause instanceof WorkflowApiError) throw cause;
    if (request.signal.aborted) throw abortedError(vendor, request.signal.reason, options);
    if (timedOut) {
      throw new WorkflowApiError({
        vendor,
        code: 'timeout',
        message: `${vendorName(vendor)} did not answer within ${timeoutMs} ms.`,
        retryable: replayable,
        cause,
        secrets: options.secrets(),
      });
    }
    const code = networkErrorCode(cause);
    throw new WorkflowApiError({
      vendor,
      code: 'network',
      message: `Could not reach ${vendorName(vendor)}${code ? ` (${code})` : ''}: ${cause instanceof Error ? cause.message : String(cause)}`,
      retryable: replayable || failedBeforeSending(cause),
      cause,
      secrets: options.secrets(),
    });
  } finally {
    clearTimeout(timeout);
    if (!streaming) request.signal.removeEventListener('abort', onCallerAbort);
    // Held until the attempt ends, which keeps the abort link inside it alive (see above).
    keepAlive(attemptRequest);
  }
}

/** The response, with a body that calls `release` once it has been read to its end, failed or been cancelled. */
function releaseWhenDone(response: Response, release: () => void): Response {
  if (!response.body) {
    release();
    return response;
  }
  const reader = response.body.getReader();
  let released = false;
  const releaseOnce = () => {
    if (released) return;
    released = true;
    release();
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          releaseOnce();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        releaseOnce();
        controller.error(error);
      }
    },
    cancel(reason) {
      releaseOnce();
      return reader.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/**
 * Cancels a body without waiting: a cancel settles only when every branch of a teed stream
 * is cancelled, and a fetch that tees (MSW does) may never cancel its own branch.
 */
function discard(body: ReadableStream | null): void {
  void body?.cancel().catch(() => undefined);
}

/** Does nothing, visibly: a use of `value` the optimiser cannot drop, so it stays reachable until here. */
function keepAlive(value: unknown): void {
  if (value === keepAlive) throw new Error('unreachable');
}

/** The whole body, or `unexpected_response` once it is known to exceed MAX_RESPONSE_BYTES. */
async function readCapped(options: TransportOptions, response: Response): Promise<ArrayBuffer> {
  const tooLarge = (size: string) =>
    new WorkflowApiError({
      vendor: options.vendor,
      code: 'unexpected_response',
      status: response.status,
      message:
        `${vendorName(options.vendor)} answered ${response.status} with ${size}, more than the ` +
        `${MAX_RESPONSE_BYTES} bytes this client reads; the answer was discarded.`,
      secrets: options.secrets(),
    });
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > MAX_RESPONSE_BYTES) {
    discard(response.body);
    throw tooLarge(`${declared} bytes`);
  }
  // Counted as it arrives even when a length was declared: a fetch given to the client need
  // not hold the server to its Content-Length.
  if (!response.body) return new ArrayBuffer(0);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > MAX_RESPONSE_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge('a body that kept coming');
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole.buffer;
}

/** `work`, or a rejection with the signal's reason as soon as it aborts, whichever comes first. */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(signal.reason);
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([work, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

function abortedError(vendor: VendorSlug, reason: unknown, options: TransportOptions): WorkflowApiError {
  return new WorkflowApiError({
    vendor,
    code: 'aborted',
    message: `The call to ${vendorName(vendor)} was aborted by the caller.`,
    cause: reason,
    secrets: options.secrets(),
  });
}

function sleep(ms: number, signal: AbortSignal, options: TransportOptions): Promise<void> {
  return delay(ms, signal, () => abortedError(options.vendor, signal.reason, options));
}
