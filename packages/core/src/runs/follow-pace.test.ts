import { describe, expect, it } from 'vitest';
import { WorkflowApiError } from '../errors/workflow-api-error.js';
import { afterFailedRead, afterRead, MAX_WAIT_INTERVAL_MS, startFollowing } from './follow-pace.js';

const failure = (code: 'rate_limited' | 'server_error' | 'not_found', retryAfterMs?: number) =>
  new WorkflowApiError({
    vendor: 'acme',
    code,
    message: code,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });

/** The pauses of a follow whose reads all find the run unsettled. */
function pauses(seen: boolean, reads: number): number[] {
  let { pace, pauseMs } = startFollowing(1_000, seen);
  const taken = [pauseMs];
  for (let read = 0; read < reads; read++) {
    ({ pace, pauseMs } = afterRead(pace, {}));
    taken.push(pauseMs);
  }
  return taken;
}

describe('the pace of a follow', () => {
  it('reads a run already seen after the interval, then 1.5 times longer each time, up to 30 s', () => {
    expect(pauses(true, 4)).toEqual([1_000, 1_500, 2_250, 3_375, 5_062.5]);
    expect(Math.max(...pauses(true, 20))).toBe(MAX_WAIT_INTERVAL_MS);
  });

  it('reads a run known only by its ids at once, then after the interval', () => {
    expect(pauses(false, 3)).toEqual([0, 1_000, 1_500, 2_250]);
  });

  it('doubles the pause once the rate limit reports nothing remaining', () => {
    const { pace } = startFollowing(1_000, true);
    expect(afterRead(pace, { rateLimit: { remaining: 0 } }).pauseMs).toBe(2_000);
  });

  it('waits out a 429 or a 5xx for its Retry-After, or backs off with jitter, and ends at any other error', () => {
    const { pace } = startFollowing(1_000, true);
    expect(afterFailedRead(pace, failure('rate_limited', 5_000), 60_000)?.pauseMs).toBe(5_000);
    expect(afterFailedRead(pace, failure('server_error'), 60_000, () => 0)).toEqual({
      pace: { ...pace, failures: 1 },
      pauseMs: 1_000,
    });
    expect(afterFailedRead(pace, failure('rate_limited', 90_000), 60_000)).toBeUndefined();
    expect(afterFailedRead(pace, failure('not_found'), 60_000)).toBeUndefined();
    expect(afterFailedRead(pace, new Error('not ours'), 60_000)).toBeUndefined();
  });
});
