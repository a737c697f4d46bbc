import { wivSpec } from '@workflow-clients/msw';
import { expectRefusedBeforeSending, useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { describe, expect, it, vi } from 'vitest';
import { createWivClient, createWivProvider } from './index.js';

// DESIGN.md, Behaviour: bad input never reaches the network. Each case asserts the typed
// error and that neither the mock nor the caller's fetch saw a request.
const mock = useWorkflowMockServer();
const wivMock = mock.mocks.vendors.wiv;

const API_KEY = 'wiv-test-key-0123456789';

function spiedProvider(options: Parameters<typeof createWivProvider>[0] = {}) {
  const fetch = vi.fn((request: Request) => globalThis.fetch(request));
  const provider = createWivProvider({ apiKey: API_KEY, maxRetries: 0, fetch, ...options });
  return { provider, fetch };
}

const expectRefused = (attempt: Promise<unknown>, fetch: unknown, message: RegExp) =>
  expectRefusedBeforeSending(attempt, { vendor: 'wiv', fetch, message, calls: wivMock.calls });

describe('workflow ids', () => {
  it.each([
    ['', /empty/],
    ['.', /change which URL path/],
    ['..', /change which URL path/],
  ])('refuses %j', async (id, message) => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run(id), fetch, message);
  });

  it('refuses a lone surrogate, which cannot be percent-encoded', async () => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run('wf\uD800'), fetch, /well-formed Unicode/);
  });

  it('refuses a missing path parameter instead of sending a literal {workflow_id}', async () => {
    const fetch = vi.fn(globalThis.fetch);
    const client = createWivClient({ apiKey: API_KEY, fetch });
    // @ts-expect-error the path parameter is required
    await expectRefused(client.POST('/workflows/{workflow_id}/run', { body: { payload: {} } }), fetch, /workflow_id/);
  });

  it.each([
    ['a/b', 'a%2Fb'],
    ['../run', '..%2Frun'],
    ['wf 1?x=1#frag', 'wf%201%3Fx%3D1%23frag'],
    ["it's(*)!", 'it%27s%28%2A%29%21'],
    ['%2e%2e', '%252e%252e'],
    ['ünïcödé', '%C3%BCn%C3%AFc%C3%B6d%C3%A9'],
  ])('percent-encodes every other character of %j into one path segment', async (id, encoded) => {
    const { provider } = spiedProvider();
    await provider.run(id);
    const [call] = wivMock.calls;
    expect(new URL(call!.url).pathname).toBe(`/workflows/${encoded}/run`);
    expect(call?.pathParams.workflow_id).toBe(id);
  });
});

describe('credentials', () => {
  it('names the environment variable when no key is given', async ({ onTestFinished }) => {
    const previous = process.env.WIV_API_KEY;
    delete process.env.WIV_API_KEY;
    onTestFinished(() => {
      if (previous !== undefined) process.env.WIV_API_KEY = previous;
    });
    const fetch = vi.fn(globalThis.fetch);
    await expectRefused(createWivProvider({ fetch }).run('wf'), fetch, /WIV_API_KEY/);
  });

  it.each([
    ['a trailing newline', `${API_KEY}\n`],
    ['a carriage return and header', `${API_KEY}\r\nX-Evil: 1`],
    ['a NUL byte', `${API_KEY}\u0000`],
    ['a space inside it', 'wiv test key'],
    ['a non-ASCII character', `${API_KEY}é`],
  ])('refuses a key with %s without quoting it', async (_, apiKey) => {
    const { provider, fetch } = spiedProvider({ apiKey });
    const error = await provider.run('wf').catch((e: unknown) => e);
    await expectRefused(Promise.reject(error), fetch, /control, space or non-ASCII/);
    expect(String((error as Error).message)).not.toContain(API_KEY);
  });
});

describe('bodies JSON cannot carry', () => {
  const cyclic: Record<string, unknown> = { name: 'loop' };
  cyclic.self = cyclic;

  it.each([
    ['a BigInt', { amount: 10n }, /"amount" is a BigInt/],
    ['a cycle', cyclic, /circular/i],
    ['NaN', { ratio: Number.NaN }, /"ratio" is NaN/],
    ['Infinity', { limit: Number.POSITIVE_INFINITY }, /"limit" is Infinity/],
    ['a function', { callback: () => 1 }, /"callback" is a function/],
  ])('refuses %s', async (_, input, message) => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run('wf', input as Record<string, unknown>), fetch, message);
  });
});

describe('transport security', () => {
  // The spec's own 200 answer.
  const triggered = () => Response.json(wivSpec.paths['/workflows/{workflow_id}/run'].post.responses['200'].content['application/json'].examples.triggered.value);

  it('refuses plain http to a remote host when the client is made', () => {
    expect(() => spiedProvider({ baseUrl: 'http://api.wiv.ai' })).toThrow(expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(/plain http:\/\/ to api\.wiv\.ai/) }));
  });

  it('refuses other schemes when the client is made', () => {
    expect(() => spiedProvider({ baseUrl: 'ftp://api.wiv.ai' })).toThrow(expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(/the ftp: scheme/) }));
  });

  it('refuses plain http to a remote host given for one call', async () => {
    const { fetch } = spiedProvider();
    const client = createWivClient({ apiKey: API_KEY, fetch });
    await expectRefused(client.POST('/workflows/{workflow_id}/run', { baseUrl: 'http://api.wiv.ai', params: { path: { workflow_id: 'wf' } }, body: { payload: {} } }), fetch, /plain http:\/\/ to api\.wiv\.ai/);
  });

  it.each(['http://localhost:8080', 'http://127.0.0.1:8080', 'http://[::1]:8080'])(
    'allows plain http to loopback %s',
    async (baseUrl) => {
      const fetch = vi.fn(async () => triggered());
      const run = await createWivProvider({ apiKey: API_KEY, baseUrl, fetch }).run('wf');
      expect(run.runId).toBe('exec_abc123def456');
      expect(fetch).toHaveBeenCalledOnce();
    },
  );

  it('allows plain http to a remote host with allowInsecureHttp', async () => {
    const fetch = vi.fn(async () => triggered());
    await createWivProvider({ apiKey: API_KEY, baseUrl: 'http://api.wiv.ai', allowInsecureHttp: true, fetch }).run('wf');
    expect(fetch).toHaveBeenCalledOnce();
  });
});

describe('options', () => {
  it.each([
    [{ timeoutMs: 0 }, /timeoutMs/],
    [{ timeoutMs: Number.NaN }, /timeoutMs/],
    [{ maxRetries: -1 }, /maxRetries/],
    [{ maxRetries: 1.5 }, /maxRetries/],
  ])('refuses %j when the client is created', (options, message) => {
    expect(() => createWivProvider({ apiKey: API_KEY, ...options })).toThrow(message);
  });

  it('refuses a bad per-call timeout before sending', async () => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run('wf', {}, { timeoutMs: -5 }), fetch, /timeoutMs/);
  });
});
