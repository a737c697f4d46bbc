import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertCredential,
  assertTransportSecurity,
  checkRunInput,
  createGuardedPathSerializer,
  encodePathParam,
  isLoopback,
  serializeJsonBody,
} from './input-guards.js';

// The guards every request passes before it exists. The suites over all vendors (tests/bad-input)
// prove that each vendor's calls go through them and send nothing when refused; these prove the
// rules themselves, over inputs too many to send.
const vendor = { slug: 'acme', name: 'Acme' };

const refusal = (attempt: () => unknown) => {
  try {
    attempt();
  } catch (error) {
    expect(error).toMatchObject({ name: 'WorkflowApiError', code: 'invalid_input', vendor: 'acme', retryable: false });
    return error as Error;
  }
  throw new Error('expected invalid_input, nothing was thrown');
};

describe('assertCredential', () => {
  it('returns a credential of visible ASCII as it is', () => {
    expect(assertCredential(vendor, 'key-0123_ABC.~', 'ACME_API_KEY')).toBe('key-0123_ABC.~');
  });

  it.each([undefined, ''])('names the environment variable when the credential is %j', (apiKey) => {
    expect(refusal(() => assertCredential(vendor, apiKey, 'ACME_API_KEY')).message).toMatch(
      /pass `apiKey` or set the ACME_API_KEY/,
    );
  });

  it('refuses any credential holding a character a header cannot carry, without quoting it', () => {
    const secret = 'S3CRETvalue';
    const unsafe = fc
      .oneof(fc.integer({ min: 0, max: 0x20 }), fc.integer({ min: 0x7f, max: 0xffff }))
      .map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.nat({ max: secret.length }), unsafe, (at, character) => {
        const apiKey = secret.slice(0, at) + character + secret.slice(at);
        const error = refusal(() => assertCredential(vendor, apiKey, 'ACME_API_KEY'));
        expect(error.message).toMatch(/control, space or non-ASCII/);
        for (const rendering of [error.message, JSON.stringify(error), inspect(error)])
          expect(rendering).not.toContain(secret.slice(0, 6));
      }),
    );
  });

  it('refuses a credential outside the documented format, naming the format and not the value', () => {
    const format = { pattern: /^sk_(test|live)_\w+$/, description: 'a secret key (sk_test_… or sk_live_…)' };
    expect(assertCredential(vendor, 'sk_live_abc', 'ACME_API_KEY', format)).toBe('sk_live_abc');
    const error = refusal(() => assertCredential(vendor, 'pk_live_abcdef', 'ACME_API_KEY', format));
    expect(error.message).toBe('The Acme credential is not a secret key (sk_test_… or sk_live_…), so it was not sent.');
  });
});

describe('encodePathParam', () => {
  it('encodes every character but the RFC 3986 unreserved ones, so a value is exactly one segment', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1 }).filter((text) => text !== '.' && text !== '..'),
        (text) => {
          const encoded = encodePathParam(vendor, 'id', text);
          expect(encoded).toMatch(/^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})+$/);
          expect(decodeURIComponent(encoded)).toBe(text);
        },
      ),
    );
  });

  it('leaves a number as its digits', () => {
    expect(encodePathParam(vendor, 'version', 12)).toBe('12');
  });

  it.each([
    [undefined, /`id` must be a string, got undefined/],
    [null, /`id` must be a string, got null/],
    [{}, /`id` must be a string, got object/],
    ['', /`id` is empty/],
    ['.', /`id` cannot be "\.": it would change which URL path is called/],
    ['..', /`id` cannot be "\.\."/],
    ['a\uD800', /`id` is not well-formed Unicode/],
  ])('refuses %j', (value, message) => {
    expect(refusal(() => encodePathParam(vendor, 'id', value)).message).toMatch(message);
  });

  it('checks the pattern before encoding, quoting at most 80 characters of the value', () => {
    expect(encodePathParam(vendor, 'id', 'fl_abc', /^fl_[a-z]+$/)).toBe('fl_abc');
    const error = refusal(() => encodePathParam(vendor, 'id', `x${'y'.repeat(500)}`, /^fl_[a-z]+$/));
    expect(error.message).toMatch(/^`id` must match \^fl_\[a-z\]\+\$, got "xy+"\.$/);
    expect(error.message.length).toBeLessThan(140);
  });
});

describe('createGuardedPathSerializer', () => {
  const serialize = createGuardedPathSerializer(vendor, { run: /^r\d+$/ });

  it('fills every parameter of a template, each encoded and checked against its own pattern', () => {
    expect(serialize('/w/{workflow}/runs/{run}', { workflow: 'a/b', run: 'r1' })).toBe('/w/a%2Fb/runs/r1');
    expect(refusal(() => serialize('/w/{workflow}/runs/{run}', { workflow: 'a', run: 'x' })).message).toMatch(
      /`run` must match/,
    );
  });

  it('refuses a missing parameter instead of leaving {name} in the URL', () => {
    expect(refusal(() => serialize('/w/{workflow}/runs/{run}', { workflow: 'a' })).message).toMatch(
      /`run` must be a string, got undefined/,
    );
  });

  it('leaves a path without parameters as it is', () => {
    expect(serialize('/workflows', {})).toBe('/workflows');
  });
});

describe('checkRunInput', () => {
  it('takes an object as it is, and no input as {}', () => {
    const input = { a: 1 };
    expect(checkRunInput(vendor, input)).toBe(input);
    expect(checkRunInput(vendor, undefined)).toEqual({});
  });

  it.each([
    [null, 'null'],
    ['text', 'string'],
    [42, 'number'],
    [[1], 'an array'],
    [new Map(), 'a Map'],
    [new Set(), 'a Set'],
  ])('refuses %j, naming what it got', (input, kind) => {
    expect(refusal(() => checkRunInput(vendor, input)).message).toBe(
      `The input must be an object of named values, got ${kind}.`,
    );
  });
});

describe('serializeJsonBody', () => {
  it('writes what JSON carries exactly as JSON.stringify does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(serializeJsonBody(vendor, value)).toBe(JSON.stringify(value));
      }),
    );
  });

  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;

  it.each([
    [{ deep: { amount: 1n } }, /"amount" is a BigInt/],
    [{ list: [1, Number.NaN] }, /"1" is NaN/],
    [{ limit: Number.NEGATIVE_INFINITY }, /"limit" is -Infinity/],
    [{ callback: () => 1 }, /"callback" is a function/],
    [{ tag: Symbol('s') }, /"tag" is a symbol/],
    [{ lookup: new Map([['a', 1]]) }, /"lookup" is a Map \(use an object\)/],
    [{ tags: new Set([1]) }, /"tags" is a Set \(use an array\)/],
    [10n, /the body is a BigInt/],
    [cyclic, /circular/i],
    [undefined, /it encodes to nothing/],
  ])('refuses %s, naming the value', (body, message) => {
    const error = refusal(() => serializeJsonBody(vendor, body));
    expect(error.message).toMatch(/^The input cannot be sent as JSON: /);
    expect(error.message).toMatch(message);
  });
});

describe('isLoopback', () => {
  it.each(['127.0.0.1', '127.255.0.9', '[::1]', '::1', '[::ffff:7f00:1]', '::ffff:127.0.0.1'])(
    'counts %s as loopback',
    (host) => {
      expect(isLoopback(host)).toBe(true);
    },
  );

  it.each([
    'localhost',
    'LOCALHOST',
    'x.localhost',
    'example.com',
    'localhost.example.com',
    '128.0.0.1',
    '10.0.0.1',
    '0.0.0.0',
    '[::2]',
    '[::ffff:8000:1]',
    '127.0.0.1.nip.io',
  ])('does not count %s, whatever a resolver would answer for it', (host) => {
    expect(isLoopback(host)).toBe(false);
  });
});

describe('assertTransportSecurity', () => {
  it('allows https anywhere, and plain http to loopback or when allowed', () => {
    expect(() => assertTransportSecurity(vendor, 'https://api.example.com', false)).not.toThrow();
    expect(() => assertTransportSecurity(vendor, 'http://127.0.0.1:8080/v1', false)).not.toThrow();
    expect(() => assertTransportSecurity(vendor, 'http://api.example.com', true)).not.toThrow();
  });

  it.each([
    ['http://api.example.com', false, /The base URL is plain http:\/\/ to api\.example\.com/],
    ['ftp://api.example.com', true, /The base URL uses the ftp: scheme/],
    ['javascript:alert(1)', true, /The base URL uses the javascript: scheme/],
    ['not a url', true, /not a valid absolute URL/],
  ])('refuses %s (allowInsecureHttp: %s)', (url, allowInsecureHttp, message) => {
    expect(refusal(() => assertTransportSecurity(vendor, url, allowInsecureHttp)).message).toMatch(message);
  });
});
