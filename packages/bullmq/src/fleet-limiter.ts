/** A vendor's limit on calls: at most `max` in any `durationMs`. */
export interface RateLimit {
  max: number;
  durationMs: number;
}

/** BullMQ's limiter: at most `max` jobs started per fixed window of `duration` ms, across every worker. */
export interface BullLimiter {
  max: number;
  duration: number;
}

/** The sub-windows a window is cut into, at most: see `fleetLimiter`. */
const MAX_SLICES = 10;

/**
 * With no limit given, a limiter all the same: BullMQ pauses the whole queue for a 429's
 * Retry-After only where a limiter is set, and without it each worker would go on alone.
 */
const UNLIMITED: BullLimiter = { max: 1_000_000, duration: 1_000 };

/**
 * BullMQ's limiter for a vendor's limit. Its windows are fixed, so a burst at the end of one and
 * another at the start of the next put up to twice the limit into one real second. Cut into
 * `slices` windows of `max / slices` each, the busiest real window holds at most
 * `max · (slices + 1) / slices`: 1.1 times the limit where `max` has 10 as a divisor. The number
 * of slices is the largest divisor of `max` up to 10, so that no slice rounds the rate down.
 */
export function fleetLimiter(limit: RateLimit | undefined): BullLimiter {
  if (!limit) return UNLIMITED;
  let slices = Math.min(MAX_SLICES, limit.max);
  while (limit.max % slices !== 0) slices -= 1;
  return { max: limit.max / slices, duration: Math.ceil(limit.durationMs / slices) };
}

/** The most calls a limiter lets into any real window of the limit's length. */
export function busiestWindow(limit: RateLimit): number {
  const { max, duration } = fleetLimiter(limit);
  return max * Math.ceil(limit.durationMs / duration + 1);
}
