import { inspect } from 'node:util';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { tracingHooks } from '@workflow-clients/otel';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { type ClientHooks, DEBUG_ENV_VAR, isWorkflowApiError, type RegisteredVendor } from 'workflow-clients';
import { callOperation } from '../support/clients.js';
import { echoOf, hostileFetch } from '../support/hostile-fetch.js';
import { renderings } from '../support/observe.js';
import { describeOperation, type OperationCase, operationCases } from '../support/operations.js';

// A server, a proxy or a debug endpoint that echoes what it was sent puts the credential in
// its answer: in a body that lacks what the spec promises, in an error body, in a header or
// a status text, escaped as JSON, percent-encoded as a URL, a query or a form writes it, as HTML,
// or placed so that a 200-character preview would cut it in half. Whatever the answer, no form
// of the error, and nothing the hooks, the logger, the debug output or a trace's spans are
// told, may show any of it. The credentials themselves are drawn at random, from every visible
// character a header can carry; AI Tutor's stream token, which its server chooses, from the whole
// printable range of Unicode.

const STREAM_TOKEN = 'pub_tok_STREAMsecret0tok1';

/** Every run of 6 characters of a secret: finding any of them in an error means part of it leaked. */
function fragments(secret: string): string[] {
  return Array.from({ length: secret.length - 5 }, (_, start) => secret.slice(start, start + 6));
}

/**
 * The fragments of the secrets found in the texts. A random secret can hold six characters that
 * any message holds ("operty" of "property"): a fragment is a leak only if the same attack made
 * with other credentials (`baseline`) does not show it too.
 */
function leaksIn(error: unknown, secrets: readonly string[], baseline: readonly string[] = []): string[] {
  return leaksInTexts(renderings(error), secrets, baseline);
}

function leaksInTexts(texts: readonly string[], secrets: readonly string[], baseline: readonly string[]): string[] {
  return secrets.flatMap((secret) =>
    fragments(secret).filter(
      (fragment) => texts.some((text) => text.includes(fragment)) && !baseline.some((text) => text.includes(fragment)),
    ),
  );
}

/** Each UTF-16 unit of a text as a JSON `\\uXXXX` escape, in the given case. */
const unicodeEscaped = (secret: string, upper = false) =>
  [...secret]
    .flatMap((char) => Array.from({ length: char.length }, (_, index) => char.charCodeAt(index)))
    .map((unit) => `\\u${unit.toString(16).padStart(4, '0')}`)
    .map((escaped) => (upper ? escaped.toUpperCase().replace('\\U', '\\u') : escaped))
    .join('');
/** RFC 3986: everything but the unreserved characters percent-encoded, in the given case of hex. */
const rfc3986 = (secret: string, upper: boolean) =>
  encodeURIComponent(secret)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%[0-9A-F]{2}/g, (byte) => (upper ? byte : byte.toLowerCase()));

/** The forms an echo can take: as sent, inside a header value, JSON-escaped, percent-encoded every way, as HTML. */
const forms: Record<string, (secret: string) => string> = {
  raw: (secret) => secret,
  bearer: (secret) => `Bearer ${secret}`,
  jsonEscaped: (secret) => JSON.stringify(secret).slice(1, -1),
  jsonEscapedSlashes: (secret) => JSON.stringify(secret).slice(1, -1).replaceAll('/', '\\/'),
  unicodeEscaped: (secret) => unicodeEscaped(secret),
  unicodeEscapedUpperCase: (secret) => unicodeEscaped(secret, true),
  percentEncoded: (secret) => encodeURIComponent(secret),
  percentEncodedLowerCase: (secret) =>
    encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (byte) => byte.toLowerCase()),
  urlSearchParams: (secret) => new URLSearchParams({ k: secret }).toString().slice(2),
  rfc3986: (secret) => rfc3986(secret, true),
  rfc3986LowerCase: (secret) => rfc3986(secret, false),
  html: (secret) => secret.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`),
  mixed: (secret) =>
    [...secret].map((char, index) => [encodeURIComponent, unicodeEscaped, (c: string) => c][index % 3]!(char)).join(''),
};

/** A credential in the vendor's documented format, of visible ASCII only, as a header carries it. */
const visible = fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code));
const credentialOf: Record<string, fc.Arbitrary<string>> = {
  embedworkflow: fc
    .tuple(fc.constantFrom('sk_live_', 'sk_test_'), fc.string({ unit: visible, minLength: 8, maxLength: 40 }))
    .map(([prefix, rest]) => prefix + rest),
  altostrat: fc.stringMatching(/^[A-Za-z0-9\-._~+/]{12,60}=*$/),
};
const anyCredential = fc.string({ unit: visible, minLength: 12, maxLength: 60 });
/** A token the server chooses: any printable character, spaces and symbols included, far beyond ASCII. */
const printable = fc
  .oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0xa0, max: 0xd7ff }),
    fc.integer({ min: 0xe000, max: 0xfffd }),
    fc.integer({ min: 0x10000, max: 0x10ffff }),
  )
  .map((code) => String.fromCodePoint(code));
const streamTokenOf = fc
  .string({ unit: printable, minLength: 12, maxLength: 40 })
  .filter((token) => token.trim() === token);

interface Echo {
  apiKey: string;
  streamToken: string;
  /** How the attempts are watched: hooks and a logger, or the environment's debug output to stderr. */
  watcher: 'hooks and logger' | 'debug output';
  status: number;
  form: keyof typeof forms;
  /** Characters before the secret, so that it lands across any preview cut. */
  padding: number;
  where: 'jsonValue' | 'jsonKey' | 'text' | 'statusText' | 'requestId' | 'location' | 'retryAfter';
}

function answer(echo: Echo, secret: string, request: Awaited<ReturnType<typeof echoOf>>): Response {
  const shown = forms[echo.form]!(secret);
  const padded = `${'x'.repeat(echo.padding)}${shown}`;
  const headers: Record<string, string> = { 'content-type': echo.where === 'text' ? 'text/html' : 'application/json' };
  let body: string;
  if (echo.where === 'jsonKey') body = `{"${padded}":{"echo":${JSON.stringify(request)}}}`;
  else if (echo.where === 'text') body = `<html><body><pre>${padded}</pre></body></html>`;
  // Raw JSON text, so that escaped forms reach the client escaped.
  else body = `{"message":"${padded}","error":"${padded}","detail":"${padded}","echo":${JSON.stringify(request)}}`;
  // A header carries Latin-1 only: a form with anything else goes percent-encoded there.
  const inHeader = /^[\x20-\x7e\xa0-\xff]*$/.test(padded) ? padded : encodeURIComponent(padded);
  if (echo.where === 'requestId') headers['x-request-id'] = inHeader;
  if (echo.where === 'location') headers.location = `https://elsewhere.example/?key=${inHeader}`;
  if (echo.where === 'retryAfter') headers['retry-after'] = inHeader;
  // A status text carries visible ASCII: a form with anything else goes percent-encoded there.
  const statusText =
    echo.where !== 'statusText' ? '' : /^[\x21-\x7e]*$/.test(padded) ? padded : encodeURIComponent(padded);
  return new Response(body, { status: echo.status, statusText, headers });
}

const echoesFor = (vendor: RegisteredVendor) =>
  fc.record<Echo>({
    apiKey: credentialOf[vendor] ?? anyCredential,
    streamToken: streamTokenOf,
    watcher: fc.constantFrom('hooks and logger', 'debug output'),
    status: fc.constantFrom(200, 201, 302, 400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503),
    form: fc.constantFrom(...(Object.keys(forms) as Array<keyof typeof forms>)),
    padding: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 150, max: 220 })),
    where: fc.constantFrom('jsonValue', 'jsonKey', 'text', 'statusText', 'requestId', 'location', 'retryAfter'),
  });

/**
 * What was told about the attempts during an attack: every hook event, every log line, every
 * line of debug output, and every span a trace of the calls exported.
 */
let observed: unknown[] = [];
const exporter = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer('attack');

function watchersOf(watcher: Echo['watcher']): { hooks: ClientHooks; logger?: { debug(line: string): void } } {
  const traced = tracingHooks({ tracer });
  const record =
    <Name extends keyof ClientHooks>(name: Name) =>
    (event: Parameters<NonNullable<ClientHooks[Name]>>[0]) => {
      observed.push(event);
      (traced[name] as (event: unknown) => void)(event);
    };
  const hooks = {
    onRequest: record('onRequest'),
    onResponse: record('onResponse'),
    onRetry: record('onRetry'),
    onError: record('onError'),
  };
  return watcher === 'hooks and logger' ? { hooks, logger: { debug: (line) => observed.push(line) } } : { hooks };
}

/** Everything the last attack told its hooks, logger, debug output and spans, as text. */
function observedTexts(): string[] {
  const spans = exporter
    .getFinishedSpans()
    .map((span) => ({ name: span.name, attributes: span.attributes, events: span.events, status: span.status }));
  return [...observed, ...spans].flatMap((item) => [
    JSON.stringify(item),
    inspect(item, { depth: 10, showHidden: true }),
  ]);
}

async function attack(operation: OperationCase, echo: Echo): Promise<unknown> {
  observed = [];
  exporter.reset();
  const { apiKey, streamToken } = echo;
  const secret = operation.operationId === 'streamWorkflow' ? streamToken : apiKey;
  const hostile = hostileFetch(operation.operationId, async (request) => answer(echo, secret, await echoOf(request)), {
    vendor: operation.vendor,
  });
  const fetch = async (request: Request) => {
    // The stream's token is a credential too: hand out a distinctive one, then attack its use.
    if (operation.operationId === 'streamWorkflow' && new URL(request.url).pathname === '/api/v1/token') {
      return Response.json({ success: true, token: streamToken, ttl: 60 });
    }
    return hostile.fetch(request);
  };
  const stderr = vi.spyOn(console, 'error').mockImplementation((line: unknown) => {
    observed.push(String(line));
  });
  vi.stubEnv(DEBUG_ENV_VAR, echo.watcher === 'debug output' ? '1' : '');
  try {
    // One retry where the answer allows it, so that retry events are attacked too.
    return await callOperation(operation, { apiKey, fetch, maxRetries: 1, ...watchersOf(echo.watcher) }).then(
      () => undefined,
      (error: unknown) => error,
    );
  } finally {
    stderr.mockRestore();
    vi.unstubAllEnvs();
  }
}

/** The fixed credentials of the examples below: characters that escaping changes (`/`, `+`, `=`). */
const fixedCredentials: Partial<Record<RegisteredVendor, string>> = {
  wiv: 'wivSECRET/key+0wiv1=',
  interactly: 'intSECRET/key+0int1=',
  embedworkflow: 'sk_live_embSECRET/key+0emb1=',
  aitutor: 'aitSECRET/key+0ait1=',
  altostrat: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbHRvU0VDUkVUIn0.altoSECRET/sig+0alt1=',
};
// A vendor added later gets one of the same shape; not its slug whole, which every error names.
const fixedCredentialOf = (vendor: RegisteredVendor) =>
  fixedCredentials[vendor] ?? `${vendor.slice(0, 3)}SECRET/key+0${vendor.slice(0, 3)}1=`;

describe('an answer that echoes the credential never puts it in an error', () => {
  it.each(operationCases.map((operation) => [describeOperation(operation), operation] as const))(
    '%s: a 2xx that lacks the promised fields and echoes the request',
    async (_, operation) => {
      if (operation.operationId === 'streamWorkflow') return; // a 2xx stream is text, not an error
      const apiKey = fixedCredentialOf(operation.vendor);
      const error = await attack(operation, {
        apiKey,
        streamToken: STREAM_TOKEN,
        watcher: 'hooks and logger',
        status: 200,
        form: 'raw',
        padding: 0,
        where: 'jsonValue',
      });
      expect(error).toMatchObject({ name: 'WorkflowApiError', code: 'unexpected_response', status: 200 });
      expect(leaksIn(error, [apiKey])).toEqual([]);
    },
  );

  it.each(operationCases.map((operation) => [describeOperation(operation), operation] as const))(
    '%s: any credential, any status, any placement, any encoding, any offset from the preview cut',
    async (_, operation) => {
      await fc.assert(
        fc.asyncProperty(echoesFor(operation.vendor), async (echo) => {
          if (operation.operationId === 'streamWorkflow' && echo.status < 300) return;
          // The same attack with the fixed credentials first: what it shows is the messages' own words.
          const control = { ...echo, apiKey: fixedCredentialOf(operation.vendor), streamToken: STREAM_TOKEN };
          const baseline = [...renderings(await attack(operation, control)), ...observedTexts()];
          const error = await attack(operation, echo);
          const secrets = operation.vendor === 'aitutor' ? [echo.apiKey, echo.streamToken] : [echo.apiKey];
          expect(isWorkflowApiError(error)).toBe(true);
          expect(leaksIn(error, secrets, baseline)).toEqual([]);
          // Nor in what the hooks, the logger, the debug output and the spans were told.
          expect(observed.length).toBeGreaterThan(0);
          expect(exporter.getFinishedSpans().length).toBeGreaterThan(0);
          expect(leaksInTexts(observedTexts(), secrets, baseline)).toEqual([]);
        }),
        { numRuns: 40 },
      );
    },
  );
});
