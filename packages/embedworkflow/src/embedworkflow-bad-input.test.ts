import { inspect } from 'node:util';
import { expectRefusedBeforeSending, useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { describe, expect, it, vi } from 'vitest';
import { createEmbedWorkflowClient, createEmbedWorkflowProvider } from './index.js';

// DESIGN.md, Behaviour, as it applies to Embed Workflow: bad input never reaches the network.
// Each refusal asserts the typed error and that neither the mock nor the caller's fetch saw a request.
const mock = useWorkflowMockServer();
const embedMock = mock.mocks.vendors.embedworkflow;

const API_KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';

function spiedProvider(options: Parameters<typeof createEmbedWorkflowProvider>[0] = {}) {
  const fetch = vi.fn((request: Request) => globalThis.fetch(request));
  const provider = createEmbedWorkflowProvider({ apiKey: API_KEY, maxRetries: 0, fetch, ...options });
  return { provider, fetch };
}

const expectRefused = (attempt: Promise<unknown>, fetch: unknown, message: RegExp) =>
  expectRefusedBeforeSending(attempt, { vendor: 'embedworkflow', fetch, message, calls: embedMock.calls });

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
    await expectRefused(provider.run('6opb4\uD800'), fetch, /well-formed Unicode/);
  });

  it('refuses a missing path parameter instead of sending a literal {id}', async () => {
    const fetch = vi.fn((request: Request) => globalThis.fetch(request));
    const client = createEmbedWorkflowClient({ apiKey: API_KEY, fetch });
    // @ts-expect-error the path parameter is required
    await expectRefused(client.POST('/workflows/{id}/execute', { body: {} }), fetch, /`id`/);
  });

  // The spec sets no pattern (id_type allows several kinds of identifier), so each of the
  // reference's identifier shapes goes through; everything else is percent-encoded.
  it.each([
    ['6opb4', '6opb4'],
    ['0198c2e9-cc9f-7277-af8a-40c7ef19273a', '0198c2e9-cc9f-7277-af8a-40c7ef19273a'],
    ['workflow_15', 'workflow_15'],
    ['a/b', 'a%2Fb'],
    ['../execute', '..%2Fexecute'],
    ['wf 1?x=1#frag', 'wf%201%3Fx%3D1%23frag'],
    ['%2e%2e', '%252e%252e'],
    ['ünïcödé', '%C3%BCn%C3%AFc%C3%B6d%C3%A9'],
  ])('sends %j as exactly one path segment', async (id, encoded) => {
    const { provider } = spiedProvider();
    await provider.run(id);
    const [call] = embedMock.calls;
    expect(new URL(call!.url).pathname).toBe(`/api/v1/workflows/${encoded}/execute`);
    expect(call?.pathParams.id).toBe(id);
  });
});

describe('credentials', () => {
  it('names EMBEDWORKFLOW_API_KEY when no key is given', async () => {
    vi.stubEnv('EMBEDWORKFLOW_API_KEY', '');
    const fetch = vi.fn((request: Request) => globalThis.fetch(request));
    await expectRefused(createEmbedWorkflowProvider({ fetch }).run('6opb4'), fetch, /EMBEDWORKFLOW_API_KEY/);
  });

  it.each([
    ['a publishable live key', 'pk_live_51HqLyjWDarjtT1zdp7dc'],
    ['a publishable test key', 'pk_test_51HqLyjWDarjtT1zdp7dc'],
    ['an unknown environment', 'sk_prod_51HqLyjWDarjtT1zdp7dc'],
    ['no prefix at all', '51HqLyjWDarjtT1zdp7dc'],
  ])('refuses %s as not a secret key, without quoting it', async (_, apiKey) => {
    const { provider, fetch } = spiedProvider({ apiKey });
    const error = await expectRefused(
      provider.run('6opb4'),
      fetch,
      /not a secret key \(sk_test_… or sk_live_…\); publishable pk_ keys cannot execute workflows/,
    );
    expect(error.message).not.toContain(apiKey);
    expect(JSON.stringify(error)).not.toContain(apiKey);
    expect(inspect(error)).not.toContain(apiKey);
  });

  it('refuses a bare sk_live_ prefix with nothing after it', async () => {
    const { provider, fetch } = spiedProvider({ apiKey: 'sk_live_' });
    await expectRefused(provider.run('6opb4'), fetch, /not a secret key/);
  });

  it.each([
    ['a trailing newline', `${API_KEY}\n`],
    ['a carriage return and header', `${API_KEY}\r\nX-Evil: 1`],
    ['a NUL byte', `${API_KEY}\u0000`],
    ['a leading space', ` ${API_KEY}`],
    ['a space inside', 'sk_test_4eC39 HqLyjWDarjtT1zdp7dc'],
    ['a non-ASCII character', `${API_KEY}é`],
  ])('refuses a key with %s without quoting it', async (_, apiKey) => {
    const { provider, fetch } = spiedProvider({ apiKey });
    const error = await expectRefused(provider.run('6opb4'), fetch, /control, space or non-ASCII/);
    expect(error.message).not.toContain(API_KEY);
    expect(inspect(error)).not.toContain(API_KEY);
  });
});

describe('execution data JSON cannot carry', () => {
  const cyclic: Record<string, unknown> = { name: 'loop' };
  cyclic.self = cyclic;

  it.each([
    ['a BigInt', { amount: 10n }, /"amount" is a BigInt/],
    ['a cycle', cyclic, /circular/i],
    ['NaN', { ratio: Number.NaN }, /"ratio" is NaN/],
    ['Infinity', { limit: Number.NEGATIVE_INFINITY }, /"limit" is -Infinity/],
    ['a function', { callback: () => 1 }, /"callback" is a function/],
    ['a symbol', { tag: Symbol('x') }, /"tag" is a symbol/],
  ])('refuses %s', async (_, input, message) => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run('6opb4', input as Record<string, unknown>), fetch, message);
  });
});

describe('transport and options', () => {
  it('refuses an idempotency key rather than silently ignoring it', async () => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run('6opb4', {}, { idempotencyKey: 'key-1' }), fetch, /idempotencyKey/);
  });

  it('refuses a bad per-call timeout before sending', async () => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run('6opb4', {}, { timeoutMs: 0 }), fetch, /timeoutMs/);
  });
});
