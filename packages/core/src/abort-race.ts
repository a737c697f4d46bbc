interface Watchers {
  callbacks: Set<() => void>;
  fire: () => void;
}

const watched = new WeakMap<AbortSignal, Watchers>();

/**
 * Calls `callback` once `signal` aborts, and returns the function that stops watching. However
 * many calls watch one signal at a time (an application's shutdown signal, passed to all of
 * them), the signal carries one listener, removed with the last watcher: thousands of calls
 * in flight never trip Node's MaxListenersExceededWarning, and none leaves a listener behind.
 */
export function watchAbort(signal: AbortSignal, callback: () => void): () => void {
  let watchers = watched.get(signal);
  if (!watchers) {
    const callbacks = new Set<() => void>();
    const fire = () => {
      watched.delete(signal);
      for (const each of callbacks) each();
    };
    watchers = { callbacks, fire };
    watched.set(signal, watchers);
    signal.addEventListener('abort', fire, { once: true });
  }
  const { callbacks, fire } = watchers;
  // A Set holds a function once: a wrapper keeps two watches of one callback apart.
  const entry = () => callback();
  callbacks.add(entry);
  return () => {
    if (!callbacks.delete(entry) || callbacks.size > 0) return;
    signal.removeEventListener('abort', fire);
    if (watched.get(signal) === watchers) watched.delete(signal);
  };
}

/** `work`, or a rejection with the signal's reason as soon as it aborts, whichever comes first. */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(signal.reason);
  let stop = () => {};
  const aborted = new Promise<never>((_, reject) => {
    stop = watchAbort(signal, () => reject(signal.reason));
  });
  return Promise.race([work, aborted]).finally(stop);
}

/** Does nothing, visibly: a use of `value` the optimiser cannot drop, so it stays reachable until here. */
export function keepAlive(value: unknown): void {
  if (value === keepAlive) throw new Error('unreachable');
}

/**
 * Cancels a body without waiting: a cancel settles only when every branch of a teed stream
 * is cancelled, and a fetch that tees (MSW does) may never cancel its own branch.
 */
export function discard(body: ReadableStream | null): void {
  void body?.cancel().catch(() => undefined);
}
