import { describe, expect, it } from 'vitest';
import {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  backoffDelayMs,
  decodingFailed,
  failedBeforeSending,
  parseRetryAfterMs,
  RETRY_AFTER_CEILING_MS,
} from './retry-policy.js';

describe('backoffDelayMs', () => {
  it('draws uniformly below a ceiling that doubles each attempt (full jitter)', () => {
    expect(backoffDelayMs(0, () => 0)).toBe(0);
    expect(backoffDelayMs(0, () => 0.999_999)).toBe(BACKOFF_BASE_MS - 1);
    expect(backoffDelayMs(1, () => 0.5)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelayMs(3, () => 0.5)).toBe(4 * BACKOFF_BASE_MS);
  });

  it('never exceeds the cap', () => {
    expect(backoffDelayMs(30, () => 0.999_999)).toBeLessThan(BACKOFF_CAP_MS);
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');

  it.each([
    ['0', 0],
    ['30', 30_000],
    [' 2 ', 2_000],
    ['1.5', 1_500],
    ['Sun, 22 Nov 2026 12:00:10 GMT', 10_000],
    ['Sun, 22 Nov 2026 11:59:00 GMT', 0],
  ])('reads %j as %i ms', (value, ms) => {
    expect(parseRetryAfterMs(value, now)).toBe(ms);
  });

  it.each([null, undefined, '', 'soon', '-5', '1e9', '0x10', 'NaN', 'Infinity'])('ignores %j', (value) => {
    expect(parseRetryAfterMs(value, now)).toBeUndefined();
  });

  it.each([
    ['400 nines', '9'.repeat(400)],
    ['a century of seconds', '3155760000'],
    ['the year 9999', 'Fri, 31 Dec 9999 23:59:59 GMT'],
  ])('clamps %s to a day, never Infinity', (_, value) => {
    expect(parseRetryAfterMs(value, now)).toBe(RETRY_AFTER_CEILING_MS);
  });
});

describe('decodingFailed', () => {
  const bodyFailure = (code: string) =>
    new TypeError('terminated', { cause: Object.assign(new Error('bad data'), { code }) });

  it.each(['Z_DATA_ERROR', 'Z_BUF_ERROR', 'ERR__ERROR_FORMAT_PADDING_2'])(
    'is true for the decompressor’s %s',
    (code) => {
      expect(decodingFailed(bodyFailure(code))).toBe(true);
    },
  );

  it.each(['ECONNRESET', 'UND_ERR_SOCKET'])('is false for a connection’s %s', (code) => {
    expect(decodingFailed(bodyFailure(code))).toBe(false);
  });
});

describe('failedBeforeSending', () => {
  const fetchFailed = (code: string) =>
    new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });

  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])(
    'is true for %s',
    (code) => {
      expect(failedBeforeSending(fetchFailed(code))).toBe(true);
    },
  );

  it('looks inside the AggregateError of a happy-eyeballs connect', () => {
    const both = new AggregateError([
      Object.assign(new Error('a'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('b'), { code: 'ENETUNREACH' }),
    ]);
    expect(failedBeforeSending(new TypeError('fetch failed', { cause: both }))).toBe(true);
  });

  it.each(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'])('is false for %s, which can happen after sending', (code) => {
    expect(failedBeforeSending(fetchFailed(code))).toBe(false);
  });

  it('is false when nothing says why', () => {
    expect(failedBeforeSending(new TypeError('fetch failed'))).toBe(false);
  });
});
