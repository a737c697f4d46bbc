import { discard, keepAlive, untilAborted, watchAbort } from './abort-race.js';
import { BufferedAnswer } from './buffered-answer.js';
import { delay } from './delay.js';
import {
  abortedCall,
  type CallScope,
  type ErrorSource,
  errorFromAnswer,
  failedCall,
  unreadableAnswer,
} from './error-factory.js';
import { isWorkflowApiError } from './errors.js';
import { assertTransportSecurity } from './input-guards.js';
import { readCapped } from './read-capped.js';
import { backoffDelayMs, decodingFailed, isReplayable, type RetryPolicy, shouldRetry } from './retry-policy.js';
import type { StreamWatch } from './streamed-answer.js';

export type FetchLike = (request: Request) => Promise<Response>;

export interface TransportOptions {
  vendor: ErrorSource;
  fetch: FetchLike;
  timeoutMs: number;
  maxRetries: number;
  retryPolicy: RetryPolicy;
  allowInsecureHttp: boolean;
  /** The client's base URL, already checked: requests under it need no second look. */
  baseUrl: string;
  /** The client's credential, read lazily so that one set after the client was made is still scrubbed. */
  credentials: () => readonly string[];
  /** Injected by tests; Math.random otherwise. */
  random?: () => number;
}

/** What one call adds to the client's settings. */
export interface CallOverrides {
  /** The caller's signal: it aborts the call, the pauses between attempts, and a streamed body. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /**
   * Hands a 2xx over unread, for streaming answers (core's `streamedAnswer`, passed in so that
   * vendors that never stream do not carry it); the timeout then covers the headers only.
   */
  stream?: (response: Response, watch: StreamWatch) => Response;
  /** How long a streamed body may stay silent. */
  idleTimeoutMs?: number;
  /** Credentials this call carries besides the client's, such as a single-use stream token. */
  secrets?: readonly string[];
}

// Retry and the per-attempt timeout live in the `fetch` openapi-fetch is given rather than in a
// middleware: a middleware sees the request once and cannot re-send a body fetch has consumed.
export function createTransport(options: TransportOptions): (overrides?: CallOverrides) => FetchLike {
  return (overrides = {}) =>
    (request) =>
      send(options, request, overrides);
}

async function send(options: TransportOptions, request: Request, overrides: CallOverrides): Promise<Response> {
  const { vendor, retryPolicy, maxRetries } = options;
  if (!request.url.startsWith(`${options.baseUrl}/`))
    assertTransportSecurity(vendor, request.url, options.allowInsecureHttp);
  // The caller's signal is not given to openapi-fetch, whose Request would keep a listener on
  // it until garbage collection: one signal shared by thousands of calls would collect them all.
  const signal = overrides.signal ?? request.signal;
  const extra = overrides.secrets;
  const header = retryPolicy.idempotencyHeader ? request.headers.get(retryPolicy.idempotencyHeader) : null;
  const scope: CallScope = {
    vendor,
    credentials: extra?.length ? () => [...options.credentials(), ...extra] : options.credentials,
    read: request.method === 'GET' || request.method === 'HEAD',
    replayable: isReplayable(request, retryPolicy),
    ...(header ? { idempotencyKey: header } : {}),
    sent: false,
  };
  const attempt: Attempt = {
    // Read once, so that every attempt sends the same bytes: cheaper than cloning (a stream
    // tee) per attempt, which was the largest single cost of a call.
    body: request.body === null ? null : await request.arrayBuffer(),
    timeoutMs: overrides.timeoutMs ?? options.timeoutMs,
    stream: overrides.stream,
    idleTimeoutMs: overrides.idleTimeoutMs,
    signal,
  };
  const pause = (ms: number) => delay(ms, signal, () => abortedCall(scope, signal.reason));

  for (let tries = 0; ; tries++) {
    const mayRetry = tries < maxRetries;
    let response: Response;
    try {
      response = await attemptOnce(options, request, scope, attempt);
    } catch (failure) {
      if (!(mayRetry && isWorkflowApiError(failure) && shouldRetry(failure))) throw failure;
      await pause(backoffDelayMs(tries, options.random));
      continue;
    }
    if (response.ok) return response;
    // The error this answer makes says whether it may be retried: one rule, retry-policy's.
    const answer = response as BufferedAnswer;
    const error = errorFromAnswer(scope, {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
      text: answer.bufferedText,
    });
    if (!(mayRetry && shouldRetry(error))) throw error;
    await pause(error.retryAfterMs ?? backoffDelayMs(tries, options.random));
  }
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

interface Attempt {
  body: ArrayBuffer | null;
  timeoutMs: number;
  stream: CallOverrides['stream'];
  idleTimeoutMs: number | undefined;
  signal: AbortSignal;
}

async function attemptOnce(
  options: TransportOptions,
  request: Request,
  scope: CallScope,
  attempt: Attempt,
): Promise<Response> {
  const { signal: callerSignal, timeoutMs } = attempt;
  if (callerSignal.aborted) throw abortedCall(scope, callerSignal.reason);
  // One controller for the attempt, aborted by the timer or by the caller, rather than
  // AbortSignal.any: edge runtimes lack it, and the one listener is removed when the attempt ends.
  const controller = new AbortController();
  const signal = controller.signal;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const stopWatching = watchAbort(callerSignal, () => controller.abort(callerSignal.reason));
  let attemptRequest: Request | undefined;
  let answered: Response | undefined;
  let handedOver = false;
  try {
    // Redirects are not followed: a custom credential header (X-API-KEY) would be forwarded
    // to whatever host the redirect names. A 3xx surfaces as `unexpected_response`.
    attemptRequest = new Request(request, { body: attempt.body, signal, redirect: 'manual' });
    scope.sent = true;
    // Raced as well as signalled: Node's fetch can lose the link from a copied request's
    // signal once the copy is garbage collected (nodejs/undici#4068), and a fetch passed in
    // by the caller may ignore signals altogether. Either way the call must not hang.
    const response = await untilAborted(options.fetch(attemptRequest), signal);
    answered = response;
    if (response.status < 200 || response.status > 599) {
      // `new Response` refuses such a status, and HTTP gives it no meaning.
      discard(response.body);
      throw errorFromAnswer(scope, { status: response.status, headers: response.headers, text: '' });
    }
    if (attempt.stream && response.ok) {
      handedOver = true;
      // The body is read after this returns: the caller's abort must reach it until it ends,
      // through the request it was made from, which the release keeps reachable until then.
      return attempt.stream(response, {
        scope,
        signal: callerSignal,
        idleTimeoutMs: attempt.idleTimeoutMs,
        release: () => {
          stopWatching();
          keepAlive(attemptRequest);
        },
      });
    }
    // The body is read inside the same timeout, so a server that trickles it cannot hang the call.
    // Raced against the signal too, because not every fetch implementation aborts a body read.
    const bytes = NULL_BODY_STATUSES.has(response.status)
      ? new Uint8Array(0)
      : await untilAborted(readCapped(scope, response), signal);
    return new BufferedAnswer(bytes, response, scope);
  } catch (cause) {
    if (isWorkflowApiError(cause)) throw cause;
    if (callerSignal.aborted) throw abortedCall(scope, callerSignal.reason);
    if (timedOut) throw failedCall(scope, { timedOutAfterMs: timeoutMs });
    if (answered && decodingFailed(cause)) {
      const encoding = answered.headers.get('content-encoding') ?? 'none';
      throw unreadableAnswer(scope, answered, `a body that is not encoded as its Content-Encoding (${encoding}) says.`);
    }
    throw failedCall(scope, { cause });
  } finally {
    clearTimeout(timer);
    if (!handedOver) stopWatching();
    // Held until the attempt ends, which keeps the abort link inside it alive (see above).
    keepAlive(attemptRequest);
  }
}
