import { abortedCall, brokenStream, type CallScope, settleCall } from '../errors/error-factory.js';
import type { WorkflowApiError } from '../errors/workflow-api-error.js';
import { untilAborted } from '../utils/abort-race.js';
import { rememberScope, safeStatusText } from './buffered-answer.js';

/** How long a stream may stay silent before it is closed, unless the call says otherwise. */
export const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

const IDLE = Symbol('idle');
const DEADLINE = Symbol('deadline');

export interface StreamWatch {
  scope: CallScope;
  /** The caller's signal, when there is one: it still stops the stream while it is read. */
  signal: AbortSignal | undefined;
  /** DEFAULT_IDLE_TIMEOUT_MS when not given. */
  idleTimeoutMs: number | undefined;
  /** The call's deadline (`totalTimeoutMs`), on `performance.now()`'s clock: the stream must end by then. */
  deadline?: { at: number; totalMs: number } | undefined;
  /** Called once, when the body has been read to its end, has failed, or was cancelled. */
  release(): void;
}

/**
 * A streamed 2xx answer, handed over unread. Its body fails with a `WorkflowApiError` when the
 * caller aborts (`aborted`), when the server falls silent for `idleTimeoutMs` or the call's
 * deadline passes (`timeout`, and the connection is closed), or when the connection is cut
 * (`network`). The call is settled when the body ends, fails or is cancelled.
 */
export function streamedAnswer(response: Response, watch: StreamWatch): Response {
  const { scope, signal, deadline } = watch;
  const idleTimeoutMs = watch.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  let released = false;
  const release = (error?: WorkflowApiError) => {
    if (released) return;
    released = true;
    watch.release();
    settleCall(scope, error);
  };
  if (!response.body) {
    release();
    return rememberScope(response, scope);
  }
  const reader = response.body.getReader();
  let received = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let idle: ReturnType<typeof setTimeout> | undefined;
      try {
        const left = deadline ? deadline.at - performance.now() : Number.POSITIVE_INFINITY;
        const silence = new Promise<never>((_, reject) => {
          idle = setTimeout(
            () => reject(left <= idleTimeoutMs ? DEADLINE : IDLE),
            Math.max(0, Math.min(idleTimeoutMs, left)),
          );
        });
        // Raced against the caller's signal too: not every fetch (MSW's, for one) aborts a body.
        const step = await Promise.race([untilAborted(reader.read(), signal), silence]);
        if (step.done) {
          release();
          controller.close();
          return;
        }
        received += step.value.byteLength;
        controller.enqueue(step.value);
      } catch (cause) {
        const error = signal?.aborted
          ? abortedCall(scope, signal.reason, `The ${scope.vendor.name} stream`)
          : cause === IDLE
            ? brokenStream(scope, { idleMs: idleTimeoutMs })
            : cause === DEADLINE && deadline
              ? brokenStream(scope, { totalMs: deadline.totalMs })
              : brokenStream(scope, { receivedBytes: received, cause });
        release(error);
        // Closes the connection, so a silent server does not keep the socket.
        void reader.cancel().catch(() => undefined);
        controller.error(error);
      } finally {
        clearTimeout(idle);
      }
    },
    cancel(reason) {
      // The caller stopped reading: the call itself went well.
      release();
      return reader.cancel(reason);
    },
  });
  const statusText = safeStatusText(response.statusText);
  return rememberScope(new Response(body, { status: response.status, statusText, headers: response.headers }), scope);
}
