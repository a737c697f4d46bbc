import { watchAbort } from './abort-race.js';

/** The longest a JavaScript timer can wait: 2^31 - 1 ms. A longer delay would fire at once. */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * Resolves after `ms`, or rejects with `aborted()` as soon as the signal aborts, leaving no
 * timer or listener behind either way. Used for the pause between retries and between polls.
 */
export function delay(ms: number, signal: AbortSignal | undefined, aborted: () => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    let stop = () => {};
    const timer = setTimeout(() => {
      stop();
      resolve();
    }, ms);
    if (signal) {
      stop = watchAbort(signal, () => {
        clearTimeout(timer);
        reject(aborted());
      });
    }
  });
}
