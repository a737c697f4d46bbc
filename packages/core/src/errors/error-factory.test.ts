import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  abortedCall,
  brokenStream,
  type CallScope,
  clip,
  errorFromAnswer,
  failedCall,
  PREVIEW_CHARS,
  unexpectedAnswer,
  unreadableAnswer,
} from './error-factory.js';
import type { WorkflowApiError } from './workflow-api-error.js';

// The factory is the one place errors are built, so its promise is tested here for every way
// in: whatever echo of whichever credential an answer or a failure carries, placed anywhere,
// escaped any way, at any offset from the preview's cut, no rendering of the error holds any
// six characters of it in a row.

/** Every rendering a caller or a logger might make of an error. */
function renderings(error: WorkflowApiError): string[] {
  return [
    error.message,
    String(error.stack),
    JSON.stringify(error),
    String(error),
    inspect(error, { depth: 10, showHidden: true }),
    String(error.cause),
    inspect(error.cause, { depth: 10 }),
    JSON.stringify(error.body) ?? '',
    String(error.requestId),
  ];
}

function leaks(error: WorkflowApiError, secrets: readonly string[]): string[] {
  const texts = renderings(error);
  return secrets.flatMap((secret) =>
    Array.from({ length: Math.max(1, secret.length - 5) }, (_, start) => secret.slice(start, start + 6))
      // A fixed prefix (`pub_tok_`, a JWT's `eyJ`) is no secret; every run of the random part holds a digit.
      .filter((fragment) => /[0-9]/.test(fragment) && texts.some((text) => text.includes(fragment))),
  );
}

/**
 * Credentials as the vendors issue them (keys with the characters escaping changes, a JWT, a
 * stream token), made of upper-case letter, digit, other character triples, so that no run of
 * six of their characters can occur by chance in an error's own words.
 */
const triples = (min: number, max: number, others: string) =>
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ'),
        fc.constantFrom(...'23456789'),
        fc.constantFrom(...others),
      ),
      { minLength: min, maxLength: max },
    )
    .map((parts) => parts.flat().join(''));
const credential = fc.oneof(
  triples(4, 12, 'abcdefghjkmnpqrstuvwxyz/+=_.~-'),
  fc
    .tuple(
      triples(4, 8, 'abcdefghjkmnpqrstuvwxyz'),
      triples(4, 12, 'abcdefghjkmnpqrstuvwxyz'),
      triples(6, 12, 'abcdefghjkmnpqrstuvwxyz_-'),
    )
    .map(([header, payload, signature]) => `eyJ${header}.eyJ${payload}.${signature}`),
  triples(4, 10, 'abcdefghjkmnpqrstuvwxyz_-').map((token) => `pub_tok_${token}`),
);

const forms: Array<(secret: string) => string> = [
  (secret) => secret,
  (secret) => `Bearer ${secret}`,
  (secret) => JSON.stringify(secret).slice(1, -1).replaceAll('/', '\\/'),
  (secret) => [...secret].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  (secret) => encodeURIComponent(secret),
  (secret) => encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (byte) => byte.toLowerCase()),
  // A JWT's signature on its own: the one part of a JWT that is secret by itself.
  (secret) => (/^eyJ[^.]+\.eyJ[^.]+\./.test(secret) ? secret.split('.').at(-1)! : secret),
];

// Core knows no vendor by name: any slug and name will do, and any error reader, even one that throws.
const vendor = fc.record({
  slug: fc.stringMatching(/^[a-z]{2,12}$/),
  name: fc.constantFrom('Acme', 'Globex Corp', 'Initech'),
  readError: fc.constantFrom(
    undefined,
    (body: unknown) => (body as { message?: string }).message,
    () => {
      throw new Error('a reader that meets a body it did not expect');
    },
  ),
});

const scope = fc.record({
  vendor,
  read: fc.boolean(),
  replayable: fc.boolean(),
  idempotencyKey: fc.option(fc.uuid(), { nil: undefined }),
});

interface Echo {
  form: number;
  padding: number;
  where: 'jsonValue' | 'jsonKey' | 'text' | 'statusText' | 'requestId' | 'location' | 'causeMessage';
}

const echo = fc.record<Echo>({
  form: fc.integer({ min: 0, max: forms.length - 1 }),
  padding: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: PREVIEW_CHARS - 60, max: PREVIEW_CHARS + 10 })),
  where: fc.constantFrom('jsonValue', 'jsonKey', 'text', 'statusText', 'requestId', 'location', 'causeMessage'),
});

function build(kind: string, status: number, call: CallScope, shown: string, where: Echo['where']): WorkflowApiError {
  const text =
    where === 'jsonKey'
      ? `{"${shown}":1}`
      : where === 'jsonValue'
        ? `{"message":"${shown}","nested":{"deep":["${shown}"]}}`
        : where === 'text'
          ? `<pre>${shown}</pre>`
          : '{}';
  const headers = new Headers();
  if (where === 'requestId') headers.set('x-request-id', shown.replace(/[^\x20-\x7e]/g, ''));
  if (where === 'location')
    headers.set('location', `https://elsewhere.example/?k=${shown.replace(/[^\x20-\x7e]/g, '')}`);
  const statusText = where === 'statusText' ? shown : '';
  const cause = new TypeError(`fetch failed for ${shown}`, {
    cause: Object.assign(new Error(`socket ${shown}`), { code: 'ECONNRESET' }),
  });
  switch (kind) {
    case 'answer':
      return errorFromAnswer(call, { status, statusText, headers, text });
    case 'unexpected':
      return unexpectedAnswer(call, { status: 200, headers, text }, 'a body that is not JSON');
    case 'unreadable':
      return unreadableAnswer(call, { status, headers }, 'a body too large');
    case 'network':
      return failedCall(call, { cause });
    case 'aborted':
      return abortedCall(call, cause);
    default:
      return brokenStream(call, { receivedBytes: 3, cause });
  }
}

describe('every error the factory builds from an answer that echoes a credential', () => {
  it('holds no six characters of it in a row, in any rendering, field or cause', () => {
    fc.assert(
      fc.property(
        credential,
        credential,
        scope,
        echo,
        fc.constantFrom('answer', 'unexpected', 'unreadable', 'network', 'aborted', 'stream'),
        fc.constantFrom(200, 302, 400, 401, 404, 422, 429, 500, 503, 999),
        (key, token, callScope, { form, padding, where }, kind, status) => {
          const shown = `${'x'.repeat(padding)}${forms[form]!(key)}`;
          const call: CallScope = { ...callScope, credentials: () => [key, token] };
          const error = build(kind, status, call, shown, where);
          expect(leaks(error, [key])).toEqual([]);
          const tokenError = build(kind, status, call, `${'y'.repeat(padding)}${forms[form]!(token)}`, where);
          expect(leaks(tokenError, [token])).toEqual([]);
        },
      ),
      { numRuns: 1_000 },
    );
    // A bound for a loaded machine, not a measurement: the property takes about a second.
  }, 60_000);
});

describe('errors built from answers', () => {
  const acme = { slug: 'acme', name: 'Acme', readError: (body: unknown) => (body as { message?: string }).message };
  const call: CallScope = { vendor: acme, credentials: () => ['acmeSECRETkey0123'], read: false, replayable: false };

  it('map the status to a code, parse the body, and read the request id and Retry-After', () => {
    const error = errorFromAnswer(call, {
      status: 429,
      statusText: 'Too Many Requests',
      headers: new Headers({ 'x-request-id': 'req-1', 'retry-after': '7' }),
      text: '{"message":"slow down"}',
    });
    expect(error).toMatchObject({
      code: 'rate_limited',
      status: 429,
      requestId: 'req-1',
      retryAfterMs: 7_000,
      body: { message: 'slow down' },
      retryable: true,
      mayHaveStarted: false,
    });
    expect(error.message).toBe('Acme answered 429 Too Many Requests (rate_limited): slow down [request id req-1]');
    expect(error.vendor).toBe('acme');
  });

  it('say a 5xx to a run the vendor does not deduplicate may have started it, and is not retryable', () => {
    expect(errorFromAnswer(call, { status: 503, headers: new Headers(), text: '' })).toMatchObject({
      code: 'server_error',
      retryable: false,
      mayHaveStarted: true,
    });
    expect(
      errorFromAnswer({ ...call, read: true, replayable: true }, { status: 503, headers: new Headers(), text: '' }),
    ).toMatchObject({ retryable: true, mayHaveStarted: false });
  });

  it('carry the idempotency key the call sent, so that repeating with it is safe', () => {
    const keyed: CallScope = { ...call, replayable: true, idempotencyKey: '1b4e28ba-2fa1-11d2-883f-0016d3cca427' };
    expect(failedCall(keyed, { timedOutAfterMs: 10 })).toMatchObject({
      code: 'timeout',
      retryable: true,
      mayHaveStarted: false,
      idempotencyKey: keyed.idempotencyKey,
    });
  });

  it('keep a body key named __proto__ as data, never as the prototype', () => {
    const error = errorFromAnswer(call, {
      status: 400,
      headers: new Headers(),
      text: '{"__proto__":{"polluted":1},"message":"no"}',
    });
    expect(Object.getPrototypeOf(error.body)).toBe(Object.prototype);
    expect((error.body as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(error.body, '__proto__')?.value).toEqual({ polluted: 1 });
  });

  it('keep a body nested past the depth limit as text, cut short, never recursing into it', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const error = errorFromAnswer(call, { status: 404, headers: new Headers(), text: deep });
    expect(error).toMatchObject({ code: 'not_found' });
    expect(typeof error.body).toBe('string');
    expect(() => JSON.stringify(error)).not.toThrow();
  });

  it('take their reason from the vendor’s own error reader, and none from one that throws', () => {
    const answer = { status: 404, headers: new Headers(), text: '{"message":"no such workflow","detail":"ignored"}' };
    expect(errorFromAnswer(call, answer).message).toBe('Acme answered 404 (not_found): no such workflow');
    const throwing = {
      ...acme,
      readError: () => {
        throw new TypeError('unexpected');
      },
    };
    expect(errorFromAnswer({ ...call, vendor: throwing }, answer).message).toBe('Acme answered 404 (not_found)');
    expect(
      errorFromAnswer({ ...call, vendor: { slug: 'x', name: 'X' } }, { ...answer, text: 'Gateway says no' }).message,
    ).toBe('X answered 404 (not_found): Gateway says no');
  });

  it('call a status HTTP does not define unexpected_response', () => {
    expect(errorFromAnswer(call, { status: 999, headers: new Headers(), text: '' })).toMatchObject({
      code: 'unexpected_response',
      status: 999,
    });
  });
});

describe('clip', () => {
  it('never splits a surrogate pair', () => {
    expect(clip('ab\u{1F600}cd', 3)).toBe('ab');
    expect(clip('abc', 3)).toBe('abc');
  });
});
