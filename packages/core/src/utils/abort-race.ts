interface Watchers {
  callbacks: Set<() => void>;
  fire: () => void;
}

const watched = new WeakMap<AbortSignal, Watchers>();

/**
 * Calls `callback` once `signal` aborts (at once, if it already has), and returns the function
 * that stops watching. However many calls watch one signal at a time (an application's
 * shutdown signal, passed to all of them), the signal carries one listener, removed with the
 * last watcher: thousands of calls in flight never trip Node's MaxListenersExceededWarning, and
 * none leaves a listener behind.
 */
export function watchAbort(signal: AbortSignal, callback: () => void): () => void {
  // An aborted signal fires no more events: a listener added now would wait for ever.
  if (signal.aborted) {
    callback();
    return () => {};
  }
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

/** One attempt's abort: see `abortRace`. */
export interface AbortRace {
  readonly signal: AbortSignal;
  abort(reason?: unknown): void;
  /** `work`, or a rejection with the abort's reason as soon as `abort` is called, whichever comes first. */
  race<T>(work: Promise<T>): Promise<T>;
}

/**
 * One attempt's abort: a controller whose signal goes to fetch, and a race that rejects as soon
 * as it is aborted. The race is settled by `abort` itself rather than by a listener on the
 * signal, so an attempt adds no listener, and fetch implementations that ignore their signal
 * (or lose it: nodejs/undici#4068) still cannot keep the attempt waiting.
 */
export function abortRace(): AbortRace {
  const controller = new AbortController();
  const { signal } = controller;
  let stopped: Promise<never> | undefined;
  let reject: ((reason: unknown) => void) | undefined;
  return {
    signal,
    abort(reason) {
      if (signal.aborted) return;
      controller.abort(reason);
      reject?.(signal.reason);
    },
    race(work) {
      if (signal.aborted) return Promise.reject(signal.reason);
      stopped ??= new Promise<never>((_, rejectStopped) => {
        reject = rejectStopped;
      });
      return Promise.race([work, stopped]);
    },
  };
}
