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
