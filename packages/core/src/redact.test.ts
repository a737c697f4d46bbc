import { describe, expect, it } from 'vitest';
import { credentialForms, redactText, redactValue } from './redact.js';

describe('credentialForms', () => {
  it('lists the key as sent, JSON-escaped, percent-encoded in either case, and a JWT signature alone', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl/c2lnbmF0dXJl+x=';
    expect(credentialForms(['ab/c+d=efgh'])).toEqual(
      expect.arrayContaining(['ab/c+d=efgh', 'ab\\/c+d=efgh', 'ab%2Fc%2Bd%3Defgh', 'ab%2fc%2bd%3defgh']),
    );
    expect(credentialForms(['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl'])).toContain(
      'c2lnbmF0dXJlc2lnbmF0dXJl',
    );
    expect(credentialForms([jwt])[0]!.length).toBeGreaterThanOrEqual(credentialForms([jwt]).at(-1)!.length);
  });
});

describe('redaction of short credentials', () => {
  it('redacts a short key only where it stands alone, so messages stay readable', () => {
    const forms = credentialForms(['k']);
    expect(redactText('This request breaks the spec: key k rejected ("k"), header Bearer k', forms)).toBe(
      'This request breaks the spec: key [REDACTED] rejected ("[REDACTED]"), header Bearer [REDACTED]',
    );
    expect(redactValue({ detail: 'bad key k', k: 'kk' }, forms)).toEqual({
      detail: 'bad key [REDACTED]',
      '[REDACTED]': 'kk',
    });
  });

  it('redacts a key of 8 characters or more wherever it appears, even inside a longer token', () => {
    expect(redactText('token xSECRET123x echoed', credentialForms(['SECRET123']))).toBe('token x[REDACTED]x echoed');
  });
});

describe('redactValue', () => {
  it('copies keys as data, so __proto__ never becomes the prototype', () => {
    const copy = redactValue(JSON.parse('{"__proto__":{"x":1},"constructor":{"prototype":{"y":2}}}'), []) as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'constructor']);
  });
});
