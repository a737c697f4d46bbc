import { abortedCall, type CallScope, type ErrorSource, errorFromAnswer } from '../errors/error-factory.js';
import { backoffDelayMs, isReadMethod, isReplayable, shouldRetry } from '../errors/retry-policy.js';
import { isWorkflowApiError, type WorkflowApiError } from '../errors/workflow-api-error.js';
import { assertTransportSecurity } from '../guards/input-guards.js';
import type { CallObserver } from '../hooks/call-observers.js';
import { delay } from '../utils/delay.js';
import type { RetryPolicy } from '../vendor/vendor-definition.js';
import { type AttemptPlan, attemptOnce, type Dispatch } from './attempt.js';
import type { BufferedAnswer } from './buffered-answer.js';
import { NEVER_ABORTED, type PreparedRequest, type TransportFetch } from './prepared-request.js';
import type { StreamWatch } from './streamed-answer.js';

export type FetchLike = (request: Request) => Promise<Response>;

export interface TransportOptions {
  vendor: ErrorSource;
  /** The caller's fetch; without one, `globalThis.fetch`, looked up per call (MSW patches it). */
  fetch: FetchLike | undefined;
  timeoutMs: number;
  /** Bounds each call as a whole, attempts and pauses together; unbounded when absent. */
  totalTimeoutMs?: number | undefined;
  maxRetries: number;
  retryPolicy: RetryPolicy;
  allowInsecureHttp: boolean;
  /** The client's base URL, already checked: requests under it need no second look. */
  baseUrl: string;
  /** The client's credential, read lazily so that one set after the client was made is still scrubbed. */
  credentials: () => readonly string[];
  /** Told about each attempt of each call (the client's hooks and logger); absent when nobody listens. */
  observe?: (call: {
    method: string;
    url: string;
    operation: string;
    credentials: () => readonly string[];
  }) => CallObserver;
  /** Injected by tests; Math.random otherwise. */
  random?: () => number;
}

/** What one call adds to the client's settings. */
export interface CallOverrides {
  /** The caller's signal: it aborts the call, the pauses between attempts, and a streamed body. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Bounds this call as a whole, attempts and pauses together. */
  totalTimeoutMs?: number;
  /**
   * Overrides the client's retries for this call: 0 for a request whose credential works once
   * (AI Tutor's stream token), which a retry would send again.
   */
  maxRetries?: number;
  /**
   * The caller checks a 2xx itself (`expectAnswer`) and settles the call (see `CallScope.settle`);
   * otherwise the answer-check middleware does, once it has read the body as JSON.
   */
  answerCheckedByCaller?: boolean;
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
export function createTransport(options: TransportOptions): (overrides?: CallOverrides) => TransportFetch {
  return (given = {}) => {
    // Read as own properties only: an override left out must not be found on a polluted prototype.
    const overrides: CallOverrides = Object.assign(Object.create(null), given);
    return (request) => send(options, request, overrides);
  };
}

/** The retry loop: attempts until one answers with a 2xx, or until the retry policy says stop. */
async function send(
  options: TransportOptions,
  request: Request | PreparedRequest,
  overrides: CallOverrides,
): Promise<Response> {
  const { vendor, retryPolicy } = options;
  const maxRetries = overrides.maxRetries ?? options.maxRetries;
  const totalMs = overrides.totalTimeoutMs ?? options.totalTimeoutMs;
  const deadline = totalMs === undefined ? undefined : { at: performance.now() + totalMs, totalMs };
  if (!request.url.startsWith(`${options.baseUrl}/`))
    assertTransportSecurity(vendor, request.url, options.allowInsecureHttp);
  // The caller's signal is not given to openapi-fetch, whose Request would keep a listener on
  // it until garbage collection: one signal shared by thousands of calls would collect them all.
  const given = overrides.signal ?? request.signal;
  const signal = given === NEVER_ABORTED ? undefined : given;
  const extra = overrides.secrets;
  const header = retryPolicy.idempotencyHeader ? request.headers.get(retryPolicy.idempotencyHeader) : null;
  const scope: CallScope = {
    vendor,
    credentials: extra?.length ? () => [...options.credentials(), ...extra] : options.credentials,
    read: isReadMethod(request.method),
    replayable: isReplayable(request, retryPolicy),
    ...(header ? { idempotencyKey: header } : {}),
    ...(overrides.answerCheckedByCaller ? { answerCheckedByCaller: true } : {}),
    sent: false,
  };
  const plan: AttemptPlan = {
    scope,
    dispatch: await dispatcher(request, options.fetch),
    timeoutMs: overrides.timeoutMs ?? options.timeoutMs,
    deadline,
    signal,
    stream: overrides.stream,
    idleTimeoutMs: overrides.idleTimeoutMs,
  };
  const observer = options.observe?.({
    method: request.method,
    url: request.url,
    operation: `${request.method} ${('operation' in request && request.operation) || new URL(request.url).pathname}`,
    credentials: scope.credentials,
  });
  let attempt = 0;
  let startedAt = 0;
  const elapsed = () => performance.now() - startedAt;
  // A call ends, for its observers, with exactly one event: the error it fails with, or its 2xx
  // once that has been accepted (checked, or for a stream read to its end: see CallScope.settle).
  let ended = false;
  const end = (error?: WorkflowApiError) => {
    if (ended) return;
    ended = true;
    if (error) observer?.failed(attempt, error, elapsed());
    else observer?.response(attempt, scope.status ?? 200, elapsed());
  };
  if (observer) scope.settle = end;
  const fail = (error: WorkflowApiError) => {
    end(error);
    return error;
  };
  const pause = async (ms: number, error: WorkflowApiError) => {
    // A pause that would outlast the call's deadline is not taken: the call fails with what asked for it.
    if (deadline && performance.now() + ms >= deadline.at) throw fail(error);
    observer?.retry(attempt, ms, error, elapsed());
    await delay(ms, signal, () => fail(abortedCall(scope, signal?.reason)));
  };

  for (let tries = 0; ; tries++) {
    const mayRetry = tries < maxRetries;
    attempt = tries + 1;
    if (observer) {
      startedAt = performance.now();
      observer.request(attempt);
    }
    let response: Response;
    try {
      response = await attemptOnce(plan);
    } catch (failure) {
      if (!isWorkflowApiError(failure)) throw failure;
      if (!(mayRetry && shouldRetry(failure))) throw fail(failure);
      await pause(backoffDelayMs(tries, options.random), failure);
      continue;
    }
    if (response.ok) {
      // Raw client calls are settled by the answer-check middleware, provider calls by expectAnswer.
      return response;
    }
    observer?.response(attempt, response.status, elapsed());
    // The error this answer makes says whether it may be retried: one rule, retry-policy's.
    const answer = response as BufferedAnswer;
    const error = errorFromAnswer(scope, {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
      text: answer.bufferedText,
    });
    if (!(mayRetry && shouldRetry(error))) throw fail(error);
    await pause(error.retryAfterMs ?? backoffDelayMs(tries, options.random), error);
  }
}

/**
 * How each attempt hands the request to fetch, sending the same bytes every time. The default
 * fetch is given `(url, init)`: a `Request` built here would only be copied by fetch into
 * another. A fetch passed in by the caller is promised one `Request`, built per attempt.
 */
async function dispatcher(request: Request | PreparedRequest, fetch: FetchLike | undefined): Promise<Dispatch> {
  if (request instanceof Request) {
    // A middleware returned its own Request: its body is read once, so that a retry can resend it.
    const body = request.body === null ? null : await request.arrayBuffer();
    const send = fetch ?? ((copy: Request) => globalThis.fetch(copy));
    return (signal) => {
      const copy = new Request(request, { body, signal, redirect: 'manual' });
      return { sent: copy, answer: send(copy) };
    };
  }
  // A stream can be read only once; every other body openapi-fetch serialises can be sent again.
  const payload = request.payload;
  const body = payload instanceof ReadableStream ? await new Response(payload).arrayBuffer() : payload;
  // One init for every attempt: fetch and Request copy what they need from it before they return.
  const init = request.fetchInit(body, NEVER_ABORTED);
  if (fetch) {
    return (signal) => {
      init.signal = signal;
      const copy = new Request(request.url, init);
      return { sent: copy, answer: fetch(copy) };
    };
  }
  return (signal) => {
    init.signal = signal;
    return { sent: init, answer: globalThis.fetch(request.url, init) };
  };
}
