import { inspect } from 'node:util';
import { expectRefusedBeforeSending, useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { describe, expect, it, vi } from 'vitest';
import { type RegisteredVendor, vendors } from 'workflow-clients';
import { providerFor, untypedClient } from '../support/clients.js';
import { vendorCases } from '../support/vendor-cases.js';

// The bad-input rules every vendor keeps, tested once over all of them: a refused call throws
// `invalid_input` and sends nothing (neither the caller's fetch nor the spec-backed mock sees a
// request), and a refused credential is never quoted. Each vendor package tests only the rules
// its own spec adds (id patterns, credential formats, idempotency key shapes).
const mock = useWorkflowMockServer();

function harness(vendor: RegisteredVendor) {
  const { apiKey } = vendorCases[vendor];
  function spied(options: Record<string, unknown> = {}) {
    const fetch = vi.fn((request: Request) => globalThis.fetch(request));
    const provider = untypedClient(vendor, { apiKey, maxRetries: 0, fetch, ...options });
    return { provider, fetch };
  }
  const expectRefused = (attempt: Promise<unknown>, fetch: unknown, message: RegExp) =>
    expectRefusedBeforeSending(attempt, { vendor, fetch, message, calls: mock.mocks.vendors[vendor].calls });
  return { spied, expectRefused };
}

const patternOf = (vendor: RegisteredVendor) =>
  vendorCases[vendor].raw.definition.pathPatterns?.[vendorCases[vendor].raw.param];

describe.each(vendors)('%s', (vendor) => {
  const { apiKey, workflowId } = vendorCases[vendor];
  const { raw } = vendorCases[vendor];
  const envVar = raw.definition.apiKeyEnvVar;
  const { spied, expectRefused } = harness(vendor);

  describe('workflow ids', () => {
    it.each([
      ['', /empty/],
      ['.', /change which URL path/],
      ['..', /change which URL path/],
    ])('refuses %j, which would change which URL path is called', async (id, message) => {
      const { provider, fetch } = spied();
      await expectRefused(provider.run(id), fetch, message);
    });

    it('refuses an id with a lone surrogate', async () => {
      const { provider, fetch } = spied();
      const id = `${workflowId}\uD800`;
      // A pattern that refuses the id says so first; one that admits it (Altostrat's states only a prefix) leaves it to the Unicode check.
      await expectRefused(
        provider.run(id),
        fetch,
        patternOf(vendor)?.test(id) === false ? /must match/ : /well-formed Unicode/,
      );
    });

    it('refuses a missing path parameter on the raw client, instead of sending a literal placeholder', async () => {
      const fetch = vi.fn((request: Request) => globalThis.fetch(request));
      const client = raw.client({ apiKey, fetch });
      await expectRefused(client.POST(raw.path, { body: raw.body }), fetch, new RegExp(raw.param));
    });

    it('checks the id on the raw client as on the provider', async () => {
      const fetch = vi.fn((request: Request) => globalThis.fetch(request));
      const client = raw.client({ apiKey, fetch });
      await expectRefused(
        client.POST(raw.path, { params: { path: { [raw.param]: '..' } }, body: raw.body }),
        fetch,
        /change which URL path/,
      );
    });
  });

  describe('credentials', () => {
    it.each([
      ['unset', undefined],
      ['empty', ''],
    ])('names the environment variable when no key is given and it is %s', async (_, value) => {
      vi.stubEnv(envVar, value);
      const fetch = vi.fn((request: Request) => globalThis.fetch(request));
      const provider = providerFor(vendor, { fetch });
      await expectRefused(provider.run(workflowId), fetch, new RegExp(envVar));
    });

    it.each([
      ['a trailing newline', `${apiKey}\n`],
      ['a carriage return and a header', `${apiKey}\r\nX-Evil: 1`],
      ['a NUL byte', `${apiKey}\u0000`],
      ['a leading space', ` ${apiKey}`],
      ['a non-ASCII character', `${apiKey}é`],
    ])('refuses a key with %s, without quoting it', async (_, badKey) => {
      const { provider, fetch } = spied({ apiKey: badKey });
      const error = await expectRefused(provider.run(workflowId), fetch, /control, space or non-ASCII/);
      for (const rendering of [error.message, JSON.stringify(error), inspect(error)])
        expect(rendering).not.toContain(apiKey);
    });
  });

  describe('inputs JSON cannot carry', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;

    it.each([
      ['a BigInt', { amount: 10n }, /"amount" is a BigInt/],
      ['a cycle', cyclic, /circular/i],
      ['NaN', { ratio: Number.NaN }, /"ratio" is NaN/],
      ['Infinity', { limit: Number.POSITIVE_INFINITY }, /"limit" is Infinity/],
      ['-Infinity', { limit: Number.NEGATIVE_INFINITY }, /"limit" is -Infinity/],
      ['a function', { callback: () => 1 }, /"callback" is a function/],
      ['a symbol', { tag: Symbol('x') }, /"tag" is a symbol/],
    ])('refuses %s', async (_, input, message) => {
      const { provider, fetch } = spied();
      await expectRefused(provider.run(workflowId, input as Record<string, unknown>), fetch, message);
    });
  });

  describe('call options', () => {
    it.each([0, -5, Number.NaN])('refuses a per-call timeout of %s', async (timeoutMs) => {
      const { provider, fetch } = spied();
      await expectRefused(provider.run(workflowId, {}, { timeoutMs }), fetch, /timeoutMs/);
    });
  });

  describe('client options', () => {
    it.each([
      [{ timeoutMs: 0 }, /timeoutMs/],
      [{ timeoutMs: Number.NaN }, /timeoutMs/],
      [{ maxRetries: -1 }, /maxRetries/],
      [{ maxRetries: 1.5 }, /maxRetries/],
    ])('refuses %j when the client is made', (options, message) => {
      expect(() => spied(options)).toThrow(
        expect.objectContaining({ code: 'invalid_input', vendor, message: expect.stringMatching(message) }),
      );
    });
  });

  describe('transport security', () => {
    it('refuses plain http to a remote host when the client is made', () => {
      expect(() => spied({ baseUrl: 'http://api.example.com' })).toThrow(
        expect.objectContaining({
          code: 'invalid_input',
          message: expect.stringMatching(/plain http:\/\/ to api\.example\.com/),
        }),
      );
    });

    it('refuses other schemes when the client is made', () => {
      expect(() => spied({ baseUrl: 'ftp://api.example.com' })).toThrow(
        expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(/the ftp: scheme/) }),
      );
    });

    it('refuses plain http to a remote host given for one call on the raw client', async () => {
      const fetch = vi.fn((request: Request) => globalThis.fetch(request));
      const client = raw.client({ apiKey, fetch });
      const call = client.POST(raw.path, {
        baseUrl: 'http://api.example.com',
        params: { path: { [raw.param]: workflowId } },
        body: raw.body,
      });
      await expectRefused(call, fetch, /plain http:\/\/ to api\.example\.com/);
    });

    it.each(['http://127.0.0.1:8080', 'http://[::1]:8080'])('sends plain http to loopback %s', async (baseUrl) => {
      const fetch = vi.fn(async () => new Response(null, { status: 500 }));
      const error = await spied({ baseUrl, fetch })
        .provider.run(workflowId)
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'server_error', status: 500 });
      expect(fetch).toHaveBeenCalledOnce();
    });

    it.each(['http://localhost:8080', 'http://x.localhost:8080'])(
      'refuses plain http to %s: a name is not an address, and a resolver may answer with any',
      async (baseUrl) => {
        const fetch = vi.fn(async () => new Response(null, { status: 500 }));
        expect(() => spied({ baseUrl, fetch })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
        expect(fetch).not.toHaveBeenCalled();
      },
    );

    it('sends plain http to a remote host with allowInsecureHttp', async () => {
      const fetch = vi.fn(async () => new Response(null, { status: 500 }));
      const error = await spied({ baseUrl: 'http://api.example.com', allowInsecureHttp: true, fetch })
        .provider.run(workflowId)
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'server_error', status: 500 });
      expect(fetch).toHaveBeenCalledOnce();
    });
  });
});

describe.each(vendors.filter((vendor) => !patternOf(vendor)))('%s, whose spec sets no id pattern', (vendor) => {
  const { raw } = vendorCases[vendor];
  const { spied } = harness(vendor);
  // Where the spec sets no pattern, an id is never refused for its characters: each is
  // percent-encoded into exactly one path segment.
  it.each([
    ['a/b', 'a%2Fb'],
    ['../run', '..%2Frun'],
    ['wf 1?x=1#frag', 'wf%201%3Fx%3D1%23frag'],
    ["it's(*)!", 'it%27s%28%2A%29%21'],
    ['%2e%2e', '%252e%252e'],
    ['ünïcödé', '%C3%BCn%C3%AFc%C3%B6d%C3%A9'],
  ])('sends %j as one path segment', async (id, encoded) => {
    const { provider } = spied();
    await provider.run(id);
    const [call] = mock.mocks.vendors[vendor].calls;
    expect(new URL(call!.url).pathname).toBe(raw.path.replace(`{${raw.param}}`, encoded));
    expect(call?.pathParams[raw.param]).toBe(id);
  });
});

describe.each(vendors.filter((vendor) => !vendorCases[vendor].idempotent))(
  '%s, which does not deduplicate runs',
  (vendor) => {
    const { workflowId } = vendorCases[vendor];
    const { spied, expectRefused } = harness(vendor);

    // Silently dropping the key would promise a safety the vendor does not give.
    it('refuses an idempotency key, which the vendor would ignore', async () => {
      const { provider, fetch } = spied();
      await expectRefused(provider.run(workflowId, {}, { idempotencyKey: 'key-1' }), fetch, /idempotency/i);
    });
  },
);
