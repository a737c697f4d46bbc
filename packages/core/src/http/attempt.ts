import { abortedCall, type CallScope, errorFromAnswer, failedCall, unreadableAnswer } from '../errors/error-factory.js';
import { decodingFailed } from '../errors/retry-policy.js';
import { isWorkflowApiError } from '../errors/workflow-api-error.js';
import { abortRace, watchAbort } from '../utils/abort-race.js';
import { discard, keepAlive } from '../utils/body-release.js';
import { bufferAnswer } from './buffered-answer.js';
import { readCapped } from './read-capped.js';
import type { StreamWatch } from './streamed-answer.js';

/** Hands the request to fetch once, with this attempt's signal; returns what it sent, and the answer. */
export type Dispatch = (signal: AbortSignal) => { sent: unknown; answer: Promise<Response> };

/** What every attempt of one call shares. */
export interface AttemptPlan {
  scope: CallScope;
  dispatch: Dispatch;
  /** Each attempt's own bound. */
  timeoutMs: number;
  /** The call's deadline (`totalTimeoutMs`), on `performance.now()`'s clock, where it has one. */
  deadline: { at: number; totalMs: number } | undefined;
  /** The caller's signal, when there is one. */
  signal: AbortSignal | undefined;
  /** Hands a 2xx over unread (see CallOverrides.stream). */
  stream: ((response: Response, watch: StreamWatch) => Response) | undefined;
  idleTimeoutMs: number | undefined;
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const EMPTY = new Uint8Array(0);
const ignore = () => {};

/**
 * One attempt: the request sent, and its answer read in full (or handed over, when streamed),
 * all inside the timeout; every failure becomes a `WorkflowApiError`. An answer that is not a
 * 2xx is returned, not thrown: whether it is retried is the caller's decision.
 */
export async function attemptOnce(plan: AttemptPlan): Promise<Response> {
  const { scope, signal: callerSignal, timeoutMs, deadline } = plan;
  if (callerSignal?.aborted) throw abortedCall(scope, callerSignal.reason);
  const race = abortRace();
  let timedOut = false;
  const left = deadline ? deadline.at - performance.now() : Number.POSITIVE_INFINITY;
  // The call's deadline cuts the attempt short where it comes first.
  const byDeadline = deadline !== undefined && left < timeoutMs;
  const timer = setTimeout(
    () => {
      timedOut = true;
      race.abort();
    },
    Math.max(0, Math.min(timeoutMs, left)),
  );
  const stopWatching = callerSignal ? watchAbort(callerSignal, () => race.abort(callerSignal.reason)) : ignore;
  let sent: unknown;
  let answered: Response | undefined;
  let handedOver = false;
  try {
    const dispatched = plan.dispatch(race.signal);
    sent = dispatched.sent;
    scope.sent = true;
    const response = await race.race(dispatched.answer);
    answered = response;
    scope.status = response.status;
    if (response.status < 200 || response.status > 599) {
      // `new Response` refuses such a status, and HTTP gives it no meaning.
      discard(response.body);
      throw errorFromAnswer(scope, { status: response.status, headers: response.headers, text: '' });
    }
    if (plan.stream && response.ok) {
      handedOver = true;
      // The body is read after this returns: the caller's abort must still reach it until it ends.
      return plan.stream(response, {
        scope,
        signal: callerSignal,
        idleTimeoutMs: plan.idleTimeoutMs,
        deadline,
        release: () => {
          stopWatching();
          keepAlive(sent);
        },
      });
    }
    // The body is read inside the same timeout, so a server that trickles it cannot hang the call,
    // and raced, because not every fetch implementation aborts a body read.
    const bytes = NULL_BODY_STATUSES.has(response.status) ? EMPTY : await race.race(readCapped(scope, response));
    return bufferAnswer(bytes, response, scope);
  } catch (cause) {
    if (isWorkflowApiError(cause)) throw cause;
    if (callerSignal?.aborted) throw abortedCall(scope, callerSignal.reason);
    if (timedOut)
      throw failedCall(
        scope,
        byDeadline && deadline ? { timedOutAfterMs: deadline.totalMs, whole: true } : { timedOutAfterMs: timeoutMs },
      );
    if (answered && decodingFailed(cause)) {
      const encoding = answered.headers.get('content-encoding') ?? 'none';
      throw unreadableAnswer(scope, answered, `a body that is not encoded as its Content-Encoding (${encoding}) says.`);
    }
    throw failedCall(scope, { cause });
  } finally {
    clearTimeout(timer);
    if (!handedOver) stopWatching();
    // What was handed to fetch stays reachable until the attempt ends, and with it the link from
    // this attempt's signal to the fetch (see nodejs/undici#4068).
    keepAlive(sent);
  }
}
