import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkflowClient, isWorkflowApiError, type RegisteredVendor } from 'workflow-clients';
import { echoOf, hostileFetch } from '../support/hostile-fetch.js';
import { renderings } from '../support/observe.js';
import { describeOperation, type OperationCase, operationCases } from '../support/operations.js';

// A server, a proxy or a debug endpoint that echoes what it was sent puts the credential in
// its answer: in a body that lacks what the spec promises, in an error body, in a header or
// a status text, escaped as JSON or percent-encoded, or placed so that a 200-character preview
// would cut it in half. Whatever the answer, no form of the error may show any of it.

/** Credentials with the characters that escaping changes (`/`, `+`, `=`), in each vendor's format. */
const credentials: Partial<Record<RegisteredVendor, string>> = {
  wiv: 'wivSECRET/key+0wiv1=',
  interactly: 'intSECRET/key+0int1=',
  embedworkflow: 'sk_live_embSECRET/key+0emb1=',
  aitutor: 'aitSECRET/key+0ait1=',
  altostrat: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbHRvU0VDUkVUIn0.altoSECRET/sig+0alt1=',
};
/** A vendor without a documented credential format (one `pnpm new-vendor` just added) gets this. */
const credentialOf = (vendor: RegisteredVendor) => credentials[vendor] ?? `${vendor}SECRET/key+0${vendor}1=`;

const STREAM_TOKEN = 'pub_tok_STREAMsecret0tok1';

/** Every run of 6 characters of a secret: finding any of them in an error means part of it leaked. */
function fragments(secret: string): string[] {
  return Array.from({ length: secret.length - 5 }, (_, start) => secret.slice(start, start + 6));
}

function leaksIn(error: unknown, secrets: readonly string[]): string[] {
  const texts = renderings(error);
  return secrets.flatMap((secret) =>
    fragments(secret).filter((fragment) => texts.some((text) => text.includes(fragment))),
  );
}

/** The forms an echo can take: as sent, inside a header value, JSON-escaped, percent-encoded. */
const forms: Record<string, (secret: string) => string> = {
  raw: (secret) => secret,
  bearer: (secret) => `Bearer ${secret}`,
  jsonEscapedSlashes: (secret) => secret.replaceAll('/', '\\/'),
  unicodeEscaped: (secret) =>
    [...secret].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
  percentEncoded: (secret) => encodeURIComponent(secret),
  percentEncodedLowerCase: (secret) =>
    encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (byte) => byte.toLowerCase()),
};

interface Echo {
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
  if (echo.where === 'requestId') headers['x-request-id'] = padded;
  if (echo.where === 'location') headers.location = `https://elsewhere.example/?key=${padded}`;
  if (echo.where === 'retryAfter') headers['retry-after'] = padded;
  const statusText = echo.where === 'statusText' ? padded.replace(/[^\x21-\x7e]/g, '') : '';
  return new Response(body, { status: echo.status, statusText, headers });
}

const echoes = fc.record<Echo>({
  status: fc.constantFrom(200, 201, 302, 400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503),
  form: fc.constantFrom(...(Object.keys(forms) as Array<keyof typeof forms>)),
  padding: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 150, max: 220 })),
  where: fc.constantFrom('jsonValue', 'jsonKey', 'text', 'statusText', 'requestId', 'location', 'retryAfter'),
});

/** What the client's hooks and logger were told during an attack: every event, every line. */
let observed: unknown[] = [];
const observers = {
  hooks: {
    onRequest: (event: unknown) => observed.push(event),
    onResponse: (event: unknown) => observed.push(event),
    onRetry: (event: unknown) => observed.push(event),
    onError: (event: unknown) => observed.push(event),
  },
  logger: { debug: (line: string) => observed.push(line) },
};

function leaksInObserved(secrets: readonly string[]): string[] {
  const texts = observed.flatMap((item) => [JSON.stringify(item), inspect(item, { depth: 10, showHidden: true })]);
  return secrets.flatMap((secret) =>
    fragments(secret).filter((fragment) => texts.some((text) => text.includes(fragment))),
  );
}

async function attack(operation: OperationCase, echo: Echo): Promise<unknown> {
  observed = [];
  const apiKey = credentialOf(operation.vendor);
  const secret = operation.operationId === 'streamWorkflow' ? STREAM_TOKEN : apiKey;
  const hostile = hostileFetch(operation.operationId, async (request) => answer(echo, secret, await echoOf(request)), {
    vendor: operation.vendor,
  });
  const fetch = async (request: Request) => {
    // The stream's token is a credential too: hand out a distinctive one, then attack its use.
    if (operation.operationId === 'streamWorkflow' && new URL(request.url).pathname === '/api/v1/token') {
      return Response.json({ success: true, token: STREAM_TOKEN, ttl: 60 });
    }
    return hostile.fetch(request);
  };
  // One retry where the answer allows it, so that retry events are attacked too.
  const client = createWorkflowClient({
    vendor: operation.vendor,
    apiKey,
    fetch,
    maxRetries: 1,
    ...observers,
  } as never) as never;
  return operation.call(client).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('an answer that echoes the credential never puts it in an error', () => {
  it.each(operationCases.map((operation) => [describeOperation(operation), operation] as const))(
    '%s: a 2xx that lacks the promised fields and echoes the request',
    async (_, operation) => {
      if (operation.operationId === 'streamWorkflow') return; // a 2xx stream is text, not an error
      const error = await attack(operation, { status: 200, form: 'raw', padding: 0, where: 'jsonValue' });
      expect(error).toMatchObject({ name: 'WorkflowApiError', code: 'unexpected_response', status: 200 });
      expect(leaksIn(error, [credentialOf(operation.vendor)])).toEqual([]);
    },
  );

  it.each(operationCases.map((operation) => [describeOperation(operation), operation] as const))(
    '%s: any status, any placement, any escaping, any offset from the preview cut',
    async (_, operation) => {
      await fc.assert(
        fc.asyncProperty(echoes, async (echo) => {
          if (operation.operationId === 'streamWorkflow' && echo.status < 300) return;
          const error = await attack(operation, echo);
          expect(isWorkflowApiError(error)).toBe(true);
          expect(leaksIn(error, [credentialOf(operation.vendor), STREAM_TOKEN])).toEqual([]);
          // Nor in what the hooks and the logger were told about the attempts.
          expect(observed.length).toBeGreaterThan(0);
          expect(leaksInObserved([credentialOf(operation.vendor), STREAM_TOKEN])).toEqual([]);
        }),
        { numRuns: 60 },
      );
    },
  );
});
