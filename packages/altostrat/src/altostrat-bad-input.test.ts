import { expectRefusedBeforeSending, useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { describe, expect, it, vi } from 'vitest';
import { altostratSpec, type MockedOperations } from './generated/spec-document.js';
import { createAltostratClient, createAltostratProvider } from './index.js';

// The bad-input rules Altostrat's spec adds to those every vendor keeps (tested once, over all
// vendors, in the repository's tests/bad-input): its fl_ id prefix, UUID idempotency keys and
// the bearer token's syntax. Each refusal sends nothing.
const mock = useWorkflowMockServer<'altostrat', { altostrat: MockedOperations }>({
  specs: { altostrat: altostratSpec },
});
const altostratMock = mock.mocks.vendors.altostrat;

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfMTIzIn0.c2lnbmF0dXJl';
const WORKFLOW = 'fl_a1b2c3d4e5f6g7h8';

function spiedProvider(options: Parameters<typeof createAltostratProvider>[0] = {}) {
  const fetch = vi.fn((request: Request) => globalThis.fetch(request));
  const provider = createAltostratProvider({ apiKey: TOKEN, maxRetries: 0, fetch, ...options });
  return { provider, fetch };
}

const expectRefused = (attempt: Promise<unknown>, fetch: unknown, message: RegExp) =>
  expectRefusedBeforeSending(attempt, { vendor: 'altostrat', fetch, message, calls: altostratMock.calls });

describe('workflow ids', () => {
  it.each([
    ['another prefix', 'wf_a1b2c3d4e5f6g7h8'],
    ['no prefix', 'a1b2c3d4e5f6g7h8'],
    ['the bare prefix', 'fl_'],
    ['an upper-case prefix', 'FL_a1b2c3d4e5f6g7h8'],
  ])('refuses %s, which breaks the spec’s fl_ pattern', async (_, id) => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run(id), fetch, /workflowId` must match \^fl_\.\+/);
  });

  it('accepts ids of another length', async () => {
    await spiedProvider().provider.run('fl_01h3j4k5l6m7n8p9q0r1s2t3u4');
    expect(altostratMock.calls[0]?.pathParams.workflowId).toBe('fl_01h3j4k5l6m7n8p9q0r1s2t3u4');
  });

  // The reference states only the `fl_` prefix; what follows it is the vendor's to judge, so
  // an id the examples would not suggest is sent, percent-encoded, and answered by Altostrat.
  it.each([
    ['a run id', 'fl_run_a1b2c3d4e5f6g7h8', '/workflows/fl_run_a1b2c3d4e5f6g7h8/execute'],
    ['a log id', 'fl_log_a1b2c3d4e5f6g7h8', '/workflows/fl_log_a1b2c3d4e5f6g7h8/execute'],
    ['a slash', 'fl_a1b2/../x', '/workflows/fl_a1b2%2F..%2Fx/execute'],
    ['a space', 'fl_a1b2 c3d4', '/workflows/fl_a1b2%20c3d4/execute'],
  ])('sends %s after the prefix, percent-encoded', async (_, id, pathname) => {
    await spiedProvider().provider.run(id);
    expect(new URL(altostratMock.calls[0]!.url).pathname).toBe(pathname);
  });

  it('refuses a bad id on the raw client too', async () => {
    const fetch = vi.fn(globalThis.fetch);
    const client = createAltostratClient({ apiKey: TOKEN, fetch });
    const call = client.POST('/workflows/{workflowId}/execute', {
      params: { path: { workflowId: 'run_1' } },
      body: {},
    });
    await expectRefused(call, fetch, /must match/);
  });
});

describe('idempotency keys', () => {
  it.each([
    ['a word', 'retry-me'],
    ['a UUID without hyphens', '5f0c6a1e8a4b4f7e9d2a3b1c0e9f7a64'],
    ['a URN', 'urn:uuid:5f0c6a1e-8a4b-4f7e-9d2a-3b1c0e9f7a64'],
    ['a braced UUID', '{5f0c6a1e-8a4b-4f7e-9d2a-3b1c0e9f7a64}'],
    ['a UUID with a trailing newline', '5f0c6a1e-8a4b-4f7e-9d2a-3b1c0e9f7a64\n'],
    ['an empty string', ''],
  ])('refuses %s, since the spec types the key as a UUID', async (_, idempotencyKey) => {
    const { provider, fetch } = spiedProvider();
    const error = await expectRefused(
      provider.run(WORKFLOW, {}, { idempotencyKey }),
      fetch,
      /idempotency keys are UUIDs/,
    );
    expect(error.message).toContain(JSON.stringify(idempotencyKey));
  });

  it('refuses a key that is not a string, from untyped callers', async () => {
    const { provider, fetch } = spiedProvider();
    const options = { idempotencyKey: 42 } as unknown as { idempotencyKey: string };
    await expectRefused(provider.run(WORKFLOW, {}, options), fetch, /got number/);
  });
});

describe('credentials', () => {
  it.each([['its Bearer prefix', `Bearer ${TOKEN}`]])(
    'refuses a token with %s without quoting it',
    async (_, apiKey) => {
      const { provider, fetch } = spiedProvider({ apiKey });
      const error = await expectRefused(provider.run(WORKFLOW), fetch, /control, space or non-ASCII/);
      expect(error.message).not.toContain(TOKEN);
      expect(JSON.stringify(error)).not.toContain(TOKEN);
    },
  );

  it.each([
    ['the quotes it had in a JSON file', `"${TOKEN}"`],
    ['a comma-joined second token', `${TOKEN},${TOKEN}`],
  ])('refuses a token pasted with %s, which breaks RFC 6750’s token syntax', async (_, apiKey) => {
    const { provider, fetch } = spiedProvider({ apiKey });
    const error = await expectRefused(provider.run(WORKFLOW), fetch, /not a bearer token .* without "Bearer "/);
    expect(error.message).not.toContain(TOKEN);
  });
});
