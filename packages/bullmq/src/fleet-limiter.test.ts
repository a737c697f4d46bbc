import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { busiestWindow, fleetLimiter } from './fleet-limiter.js';

describe('fleetLimiter', () => {
  it('cuts a limit into up to ten windows, so a real second holds at most 1.1 times it where ten divides it', () => {
    expect(fleetLimiter({ max: 40, durationMs: 1_000 })).toEqual({ max: 4, duration: 100 });
    expect(busiestWindow({ max: 40, durationMs: 1_000 })).toBe(44);
    expect(fleetLimiter({ max: 7, durationMs: 1_000 })).toEqual({ max: 1, duration: 143 });
  });

  it('never lets more than the limit through per its own duration, and at most twice it through any real window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 3_600_000 }), (max, durationMs) => {
        const limiter = fleetLimiter({ max, durationMs });
        expect(Number.isInteger(limiter.max) && limiter.max >= 1).toBe(true);
        // The rate it keeps is at most the vendor's: max per durationMs.
        expect(limiter.max / limiter.duration).toBeLessThanOrEqual(max / durationMs);
        expect(busiestWindow({ max, durationMs })).toBeLessThanOrEqual(2 * max);
      }),
    );
  });

  it('still sets a limiter without a limit, so that a 429 pauses every worker', () => {
    expect(fleetLimiter(undefined).max).toBeGreaterThan(0);
  });
});
