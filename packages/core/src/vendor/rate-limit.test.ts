import { describe, expect, it } from 'vitest';
import { rateLimitFromHeaders } from './rate-limit.js';

const names = { limit: 'X-RateLimit-Limit', remaining: 'X-RateLimit-Remaining' };

describe('rateLimitFromHeaders', () => {
  it('reads the headers the vendor names, whatever their case on the wire', () => {
    const headers = new Headers({ 'x-ratelimit-limit': '60', 'X-RATELIMIT-REMAINING': '0' });
    expect(rateLimitFromHeaders(headers, names)).toEqual({ limit: 60, remaining: 0 });
  });

  it('reads nothing from headers of other names', () => {
    const headers = new Headers({ 'x-rate-limit-limit': '60', 'ratelimit-remaining': '5' });
    expect(rateLimitFromHeaders(headers, names)).toBeUndefined();
  });

  it.each(['', ' ', '-1', '1.5', '1e3', '0x10', 'NaN', '99999999999999999999'])(
    'leaves a garbled count %j out rather than report NaN',
    (value) => {
      expect(
        rateLimitFromHeaders(new Headers({ 'x-ratelimit-limit': value, 'x-ratelimit-remaining': '7' }), names),
      ).toEqual({ remaining: 7 });
    },
  );
});
