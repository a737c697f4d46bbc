import { createAiTutorProvider } from '@workflow-clients/aitutor';
import { createAltostratProvider } from '@workflow-clients/altostrat';
import { createEmbedWorkflowProvider } from '@workflow-clients/embedworkflow';
import { createInteractlyProvider } from '@workflow-clients/interactly';
import { createWivProvider } from '@workflow-clients/wiv';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ClientOptions, createWorkflowClient, type RegisteredVendor, vendors } from 'workflow-clients';
import { providerFor, untypedClient } from '../support/clients.js';
import { vendorCases } from '../support/vendor-cases.js';

// Options are checked when the client is made: a typo, a base URL that would send requests
// somewhere else, or a header `fetch` would refuse is `invalid_input` there and then, with
// nothing sent and nothing secret echoed; a good option reaches every request.

const WORKFLOW = (vendor: RegisteredVendor) => vendorCases[vendor].workflowId;

/** Headers the HTTP stack writes itself: fetch takes them, then hangs on them or fails mid-request. */
const TRANSPORT_HEADERS = [
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'proxy-connection',
  'upgrade',
  'expect',
  'te',
  'trailer',
];

function make(vendor: RegisteredVendor, options: Record<string, unknown>) {
  const fetch = vi.fn(async () => new Response('{}', { status: 599 }));
  const attempt = () => untypedClient(vendor, { apiKey: vendorCases[vendor].apiKey, fetch, maxRetries: 0, ...options });
  return { attempt, fetch };
}

function refusal(vendor: RegisteredVendor, options: Record<string, unknown>): Error {
  const { attempt, fetch } = make(vendor, options);
  let thrown: unknown;
  try {
    attempt();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toMatchObject({ name: 'WorkflowApiError', code: 'invalid_input', vendor });
  expect(fetch).not.toHaveBeenCalled();
  return thrown as Error;
}

describe.each(vendors)('%s: options', (vendor) => {
  it.each([
    ['baseURL', 'baseUrl'],
    ['baseurl', 'baseUrl'],
    ['timeout', 'timeoutMs'],
    ['retries', 'maxRetries'],
    ['maxRetry', 'maxRetries'],
    ['apikey', 'apiKey'],
    ['api_key', 'apiKey'],
    ['header', 'headers'],
    ['allowInsecureHTTP', 'allowInsecureHttp'],
  ])('refuses the unknown key %s, naming %s', (typo, meant) => {
    expect(refusal(vendor, { [typo]: 'x' }).message).toContain(`\`${meant}\``);
  });

  it('refuses a key nothing resembles, listing the known ones', () => {
    expect(refusal(vendor, { colour: 'blue' }).message).toMatch(/`colour`.*`apiKey`.*`baseUrl`/);
  });

  it('refuses a base URL that carries credentials, without echoing them', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/),
        fc.stringMatching(/^[A-Za-z0-9._~!$&'()*+,;=-]{6,20}$/),
        (user, password) => {
          const error = refusal(vendor, { baseUrl: `https://${user}:${password}@api.example.com` });
          expect(error.message).not.toContain(password);
          expect(JSON.stringify(error)).not.toContain(password);
        },
      ),
      { numRuns: 25 },
    );
    refusal(vendor, { baseUrl: 'https://only-a-user@api.example.com' });
  });

  it.each([
    ['a query', 'https://api.example.com/v1?token=abc'],
    ['an empty query', 'https://api.example.com/v1?'],
    ['a fragment', 'https://api.example.com/v1#section'],
    ['a leading space', ' https://api.example.com'],
    ['a trailing newline', 'https://api.example.com\n'],
    ['a tab inside', 'https://api.exa\tmple.com'],
    ['a doubled slash in the path', 'https://api.example.com//v1'],
    ['a backslash', 'https:\\\\api.example.com\\v1'],
    ['a dot segment', 'https://api.example.com/v1/../v2'],
    ['an encoded dot segment', 'https://api.example.com/v1/%2e%2e/v2'],
    ['the ftp scheme', 'ftp://api.example.com'],
    ['a file URL', 'file:///etc/passwd'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['plain http to a remote host', 'http://api.example.com'],
    ['a relative path', '/v1'],
    ['a number', 42],
  ])('refuses a base URL with %s', (_, baseUrl) => {
    refusal(vendor, { baseUrl });
  });

  it.each([
    'https://api.example.com/',
    'https://api.example.com///',
    'https://api.example.com/base/',
    'https://api.example.com/base//',
  ])('normalises the trailing slashes of %s', async (baseUrl) => {
    const seen: string[] = [];
    const fetch = async (request: Request) => {
      seen.push(request.url);
      return new Response('{}', { status: 404 });
    };
    const client = providerFor(vendor, {
      apiKey: vendorCases[vendor].apiKey,
      baseUrl,
      fetch,
      maxRetries: 0,
    });
    await client.run(WORKFLOW(vendor)).catch(() => undefined);
    const prefix = baseUrl.replace(/\/+$/, '');
    expect(seen[0]).toMatch(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^/]`));
  });

  it('refuses every header name or value that fetch would refuse, naming the header and never echoing the value', () => {
    const name = fc.oneof(
      fc.string({ minLength: 0, maxLength: 12 }),
      fc.constantFrom('x-ok', 'x bad', 'x:bad', 'x\r\nbad', '', 'é'),
    );
    // Every value starts with a marker, so finding the marker in a message means the value was echoed.
    const value = fc
      .oneof(
        fc.string({ maxLength: 16 }),
        fc.constantFrom('ok', 'a\r\nInjected: 1', 'nul\u0000byte', '€uro', 'line\nbreak', '\u{1F600}'),
      )
      .map((text) => `VALUE-${text}`);
    fc.assert(
      fc.property(name, value, (headerName, headerValue) => {
        if (/^(authorization|x-api-key|idempotency-key)$/i.test(headerName)) return;
        if (TRANSPORT_HEADERS.includes(headerName.toLowerCase())) return;
        let acceptedByFetch = true;
        try {
          new Headers([[headerName, headerValue]]);
        } catch {
          acceptedByFetch = false;
        }
        const { attempt } = make(vendor, { headers: { [headerName]: headerValue } });
        if (acceptedByFetch) {
          expect(attempt).not.toThrow();
          return;
        }
        const error = refusal(vendor, { headers: { [headerName]: headerValue } });
        expect(error.message).toContain(JSON.stringify(headerName).slice(0, 20));
        expect(error.message).not.toContain('VALUE-');
      }),
      { numRuns: 200 },
    );
  });

  it('sends every header it accepted, on every request', async () => {
    const seen: Headers[] = [];
    const fetch = async (request: Request) => {
      seen.push(request.headers);
      return new Response('{}', { status: 404 });
    };
    const client = providerFor(vendor, {
      apiKey: vendorCases[vendor].apiKey,
      fetch,
      maxRetries: 0,
      headers: { 'X-Tenant': 'acme', 'x-trace': ' padded ' },
    });
    await client.run(WORKFLOW(vendor)).catch(() => undefined);
    expect(seen[0]?.get('x-tenant')).toBe('acme');
    expect(seen[0]?.get('x-trace')).toBe('padded');
  });

  it.each([
    ['Content-Length', '5'],
    ['content-length', '0'],
    ['Transfer-Encoding', 'chunked'],
    ['Expect', '100-continue'],
    ['Keep-Alive', 'timeout=5'],
    ['Upgrade', 'websocket'],
    ['Connection', 'close'],
    ['TE', 'trailers'],
  ])('refuses %s, which the HTTP stack writes itself, when the client is made', (name, value) => {
    refusal(vendor, { headers: { [name]: value } });
  });

  it('takes headers in every form fetch takes them: Headers, a Map, pairs', async () => {
    const forms: ClientOptions['headers'][] = [
      new Headers({ 'X-Tenant': 'acme' }),
      new Map([['X-Tenant', 'acme']]),
      [['X-Tenant', 'acme']],
    ];
    for (const headers of forms) {
      const seen: Headers[] = [];
      const fetch = async (request: Request) => {
        seen.push(request.headers);
        return new Response('{}', { status: 404 });
      };
      const client = providerFor(vendor, {
        apiKey: vendorCases[vendor].apiKey,
        fetch,
        maxRetries: 0,
        headers,
      });
      await client.run(WORKFLOW(vendor)).catch(() => undefined);
      expect(seen[0]?.get('x-tenant')).toBe('acme');
    }
  });

  it('refuses headers that are not an object of strings, or pairs of them', () => {
    refusal(vendor, { headers: 'x-a: 1' });
    refusal(vendor, { headers: [['x-a', '1', 'x-b']] });
    refusal(vendor, { headers: ['x-a'] });
    refusal(vendor, { headers: { 'x-a': 1 } });
    refusal(vendor, { headers: new Map([['x-a', 1]]) });
  });

  it('refuses the credential and idempotency headers in `headers`: the credential goes in `apiKey`', () => {
    for (const name of ['Authorization', 'X-API-KEY', 'Idempotency-Key']) {
      const error = refusal(vendor, { headers: { [name]: 'Bearer header-secret-value' } });
      expect(error.message).not.toContain('header-secret-value');
    }
  });
});

describe('a vendor package given options that are not an object', () => {
  const factories = {
    wiv: createWivProvider,
    interactly: createInteractlyProvider,
    embedworkflow: createEmbedWorkflowProvider,
    aitutor: createAiTutorProvider,
    altostrat: createAltostratProvider,
  };
  it.each(Object.entries(factories))('%s: refuses them with invalid_input', (vendor, factory) => {
    for (const options of [null, 'key', 42, [], () => ({})]) {
      expect(() => (factory as (options: unknown) => unknown)(options)).toThrow(
        expect.objectContaining({ name: 'WorkflowApiError', code: 'invalid_input', vendor }),
      );
    }
  });
});

describe('createWorkflowClient without options', () => {
  it('throws a TypeError that names the vendors, not a destructuring error', () => {
    for (const call of [
      () => (createWorkflowClient as unknown as () => unknown)(),
      // @ts-expect-error why: `No overload matches this call` (null: a JavaScript caller's mistake)
      () => createWorkflowClient(null),
      // @ts-expect-error why: `No overload matches this call` (a string: a JavaScript caller's mistake)
      () => createWorkflowClient('wiv'),
    ]) {
      expect(call).toThrow(TypeError);
      expect(call).toThrow(/createWorkflowClient.*\{ vendor \}.*wiv/);
    }
  });
});

describe('a polluted Object.prototype', () => {
  /** What a library that pollutes Object.prototype could set there to steer a client's calls. */
  const pollution: Record<string, unknown> = {
    baseUrl: 'https://attacker.example',
    allowInsecureHttp: true,
    fetch: () => Promise.reject(new Error('the attacker’s fetch')),
    Request: class {},
    middleware: [{ onRequest: () => Promise.reject(new Error('the attacker’s middleware')) }],
    querySerializer: () => 'stolen=1',
    pathSerializer: () => '/stolen',
    idempotencyKey: '00000000-0000-4000-8000-000000000000',
    hooks: { onRequest: () => Promise.reject(new Error('the attacker’s hook')) },
    signal: AbortSignal.abort(),
  };
  const prototype = Object.prototype as Record<string, unknown>;
  const clean = () => {
    for (const name of Object.keys(pollution)) delete prototype[name];
  };
  afterEach(clean);

  it.each(vendors)('%s: steers no request of a client made without those options', async (vendor) => {
    const seen: Request[] = [];
    const fetch = async (request: Request) => {
      seen.push(request);
      return new Response('{}', { status: 404 });
    };
    for (const [name, value] of Object.entries(pollution))
      Object.defineProperty(prototype, name, { value, enumerable: true, configurable: true, writable: true });
    let error: unknown;
    try {
      const client = createWorkflowClient({ vendor, apiKey: vendorCases[vendor].apiKey, fetch, maxRetries: 0 }) as {
        run(id: string, input: object, options: object): Promise<unknown>;
      };
      error = await client.run(WORKFLOW(vendor), {}, {}).catch((caught: unknown) => caught);
    } finally {
      clean();
    }
    expect(error).toMatchObject({ name: 'WorkflowApiError', code: 'not_found' });
    expect(seen).toHaveLength(1);
    const url = new URL(seen[0]!.url);
    expect(url.origin).not.toBe('https://attacker.example');
    expect(url.search).not.toContain('stolen');
    expect(url.pathname).not.toBe('/stolen');
    expect(seen[0]!.headers.get('idempotency-key')).not.toBe(pollution.idempotencyKey);
  });
});
