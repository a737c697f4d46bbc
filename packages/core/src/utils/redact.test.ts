import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialPattern, REDACTED, redactText, redactValue } from './redact.js';

/** RFC 3986's unreserved characters stay; everything else is percent-encoded, in the given case. */
const rfc3986 = (text: string, upper = true) =>
  encodeURIComponent(text)
    .replace(/[!'()*~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%[0-9A-F]{2}/g, (byte) => (upper ? byte : byte.toLowerCase()));
const jsonUnicode = (text: string, upper: boolean) =>
  [...text]
    .flatMap((char) => Array.from({ length: char.length }, (_, index) => char.charCodeAt(index)))
    .map((unit) => {
      const hex = unit.toString(16).padStart(4, '0');
      return `\\u${upper ? hex.toUpperCase() : hex}`;
    })
    .join('');

/** The ways a credential reaches an answer, a URL, a form body, a log or a header. */
const encoders: Record<string, (secret: string) => string> = {
  asSent: (secret) => secret,
  encodeURIComponent,
  urlSearchParams: (secret) => new URLSearchParams({ k: secret }).toString().slice(2),
  rfc3986Upper: (secret) => rfc3986(secret),
  rfc3986Lower: (secret) => rfc3986(secret, false),
  everyCharPercentEncoded: (secret) =>
    [...new TextEncoder().encode(secret)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''),
  jsonStringify: (secret) => JSON.stringify(secret).slice(1, -1),
  jsonEscapedSlashes: (secret) => JSON.stringify(secret).slice(1, -1).replaceAll('/', '\\/'),
  jsonUnicodeUpper: (secret) => jsonUnicode(secret, true),
  jsonUnicodeLower: (secret) => jsonUnicode(secret, false),
  htmlEscaped: (secret) =>
    secret.replace(
      /[&<>"']/g,
      (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
    ),
};
const encoderNames = Object.keys(encoders);

/** Any printable character, from ASCII to beyond the BMP, spaces and symbols included. */
const printable = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0xa0, max: 0xd7ff }),
  fc.integer({ min: 0xe000, max: 0xfffd }),
  fc.integer({ min: 0x10000, max: 0x10ffff }),
);
const secretOf = fc
  .array(printable, { minLength: 8, maxLength: 40 })
  .map((codes) => String.fromCodePoint(...codes))
  .filter((secret) => secret.trim() === secret);

/** Each character in a form of its own choosing: what a sloppy or a hostile encoder writes. */
const mixed = (secret: string, choices: readonly number[]) =>
  [...secret]
    .map((char, index) => encoders[encoderNames[choices[index % choices.length]! % encoderNames.length]!]!(char))
    .join('');

describe('redactText', () => {
  it('removes a credential in every form a URL, a form body, JSON, HTML or a header can carry it', () => {
    fc.assert(
      fc.property(
        secretOf,
        fc.constantFrom(...encoderNames),
        fc.string(),
        fc.string(),
        (secret, encoder, before, after) => {
          const form = encoders[encoder]!(secret);
          const redacted = redactText(`${before}<${form}>${after}`, credentialPattern([secret]));
          expect(redacted).toContain(`<${REDACTED}>`);
          expect(redacted).not.toContain(form);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('removes a credential written in a mix of forms, a form per character', () => {
    fc.assert(
      fc.property(secretOf, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (secret, choices) => {
        const form = mixed(secret, choices);
        expect(redactText(`x ${form} y`, credentialPattern([secret]))).toBe(`x ${REDACTED} y`);
      }),
      { numRuns: 300 },
    );
  });

  it('redacts a JWT signature on its own, and the longest credential first', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl';
    expect(redactText('sig c2lnbmF0dXJlc2lnbmF0dXJl', credentialPattern([jwt]))).toBe(`sig ${REDACTED}`);
    expect(redactText(`a ${jwt} b`, credentialPattern([jwt]))).toBe(`a ${REDACTED} b`);
    expect(redactText('keySECRETkey99', credentialPattern(['SECRETkey', 'keySECRETkey99']))).toBe(REDACTED);
  });

  it('redacts a short key only where it stands alone, so messages stay readable', () => {
    const pattern = credentialPattern(['k']);
    expect(redactText('This request breaks the spec: key k rejected ("k"), header Bearer k', pattern)).toBe(
      'This request breaks the spec: key [REDACTED] rejected ("[REDACTED]"), header Bearer [REDACTED]',
    );
    expect(redactText('token xSECRET123x echoed', credentialPattern(['SECRET123']))).toBe('token x[REDACTED]x echoed');
  });

  it('redacts a credential too long to match character by character in its usual encodings', () => {
    const token = `${'t/k+n '.repeat(400)}end`;
    const pattern = credentialPattern([token]);
    for (const encoder of ['asSent', 'encodeURIComponent', 'urlSearchParams', 'jsonStringify', 'jsonEscapedSlashes']) {
      expect(redactText(`<${encoders[encoder]!(token)}>`, pattern)).toBe(`<${REDACTED}>`);
    }
  });

  it('leaves text as it is when there is no credential', () => {
    expect(credentialPattern([])).toBeNull();
    expect(credentialPattern(['', undefined as unknown as string])).toBeNull();
    expect(redactText('nothing to hide', null)).toBe('nothing to hide');
  });
});

describe('redactValue', () => {
  it('redacts keys and values, and keeps __proto__ keys as data', () => {
    expect(redactValue({ detail: 'bad key k', k: 'kk' }, credentialPattern(['k']))).toEqual({
      detail: 'bad key [REDACTED]',
      '[REDACTED]': 'kk',
    });
    const copy = redactValue(JSON.parse('{"__proto__":{"x":1},"constructor":{"prototype":{"y":2}}}'), null) as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'constructor']);
  });
});
