import { expectRefusedBeforeSending, useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { describe, expect, it, vi } from 'vitest';
import { createAiTutorClient, createAiTutorProvider } from './index.js';

// DESIGN.md, Behaviour, as it applies to AI Tutor: bad input never reaches the network. Each
// case asserts the typed error and that neither the caller's fetch nor the mock saw a request.
const mock = useWorkflowMockServer();
const aiTutorMock = mock.mocks.vendors.aitutor;

const API_KEY = 'aitutor-secret-0123456789';

function spiedProvider(options: Parameters<typeof createAiTutorProvider>[0] = {}) {
  const fetch = vi.fn((request: Request) => globalThis.fetch(request));
  return { provider: createAiTutorProvider({ apiKey: API_KEY, maxRetries: 0, fetch, ...options }), fetch };
}

const expectRefused = (attempt: Promise<unknown>, fetch: unknown, message: RegExp) =>
  expectRefusedBeforeSending(attempt, { vendor: 'aitutor', fetch, message, calls: aiTutorMock.calls });

describe('workflow ids', () => {
  it.each([
    ['', /`workflow_id` is empty/],
    ['.', /change which URL path/],
    ['..', /change which URL path/],
    ['wf\uD800', /well-formed Unicode/],
  ])('refuses %j', async (id, message) => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run(id, { story: 's' }), fetch, message);
  });

  it('refuses a missing path parameter instead of sending a literal {workflow_id}', async () => {
    const fetch = vi.fn(globalThis.fetch);
    const client = createAiTutorClient({ apiKey: API_KEY, fetch });
    // @ts-expect-error the path parameter is required
    await expectRefused(client.POST('/api/v1/run/{workflow_id}', { body: { story: 's' } }), fetch, /workflow_id/);
  });

  // The spec sets no pattern (its `WorkflowId` decision), so no other id is refused: each is
  // percent-encoded into exactly one path segment.
  it.each([
    ['wf/../stream', 'wf%2F..%2Fstream'],
    ['wf 1?token=x#y', 'wf%201%3Ftoken%3Dx%23y'],
    ['%2e%2e', '%252e%252e'],
  ])('sends %j as one path segment', async (id, encoded) => {
    const { provider } = spiedProvider();
    await provider.run(id);
    const [call] = aiTutorMock.calls;
    expect(new URL(call!.url).pathname).toBe(`/api/v1/run/${encoded}`);
    expect(call?.pathParams.workflow_id).toBe(id);
  });
});

describe('credentials', () => {
  it('names AITUTOR_API_KEY when no key is given', async () => {
    vi.stubEnv('AITUTOR_API_KEY', undefined);
    const fetch = vi.fn(globalThis.fetch);
    await expectRefused(createAiTutorProvider({ fetch }).run('wf_abc123'), fetch, /AITUTOR_API_KEY/);
  });

  it('treats an empty AITUTOR_API_KEY as missing', async () => {
    vi.stubEnv('AITUTOR_API_KEY', '');
    const fetch = vi.fn(globalThis.fetch);
    await expectRefused(createAiTutorProvider({ fetch }).run('wf_abc123'), fetch, /AITUTOR_API_KEY/);
  });

  it.each([
    ['a trailing newline', `${API_KEY}\n`],
    ['a carriage return and a header', `${API_KEY}\r\nX-Evil: 1`],
    ['a NUL byte', `${API_KEY}\u0000`],
    ['a non-ASCII character', `${API_KEY}é`],
  ])('refuses a key with %s without quoting it', async (_, apiKey) => {
    const { provider, fetch } = spiedProvider({ apiKey });
    const error = await expectRefused(provider.run('wf_abc123'), fetch, /control, space or non-ASCII/);
    expect(error.message).not.toContain(API_KEY);
    expect(JSON.stringify(error)).not.toContain(API_KEY);
  });
});

describe('variables JSON cannot carry', () => {
  const cyclic: Record<string, unknown> = { story: 'loop' };
  cyclic.self = cyclic;

  it.each([
    ['a BigInt', { tokens: 10n }, /"tokens" is a BigInt/],
    ['a cycle', cyclic, /circular/i],
    ['NaN', { temperature: Number.NaN }, /"temperature" is NaN/],
    ['Infinity', { limit: Number.POSITIVE_INFINITY }, /"limit" is Infinity/],
    ['a function', { story: () => 'text' }, /"story" is a function/],
    ['a symbol', { story: Symbol('s') }, /"story" is a symbol/],
  ])('refuses %s', async (_, input, message) => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run('wf_abc123', input as Record<string, unknown>), fetch, message);
  });
});

describe('options the vendor cannot honour', () => {
  it('refuses an idempotency key, which AI Tutor would ignore', async () => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run('wf_abc123', {}, { idempotencyKey: 'run-1' }), fetch, /idempotency/);
  });

  it('refuses a bad per-call timeout', async () => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run('wf_abc123', {}, { timeoutMs: 0 }), fetch, /timeoutMs/);
  });

});
