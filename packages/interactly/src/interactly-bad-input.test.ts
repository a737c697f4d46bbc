import { expectRefusedBeforeSending, useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { describe, expect, it, vi } from 'vitest';
import { createInteractlyClient, createInteractlyProvider } from './index.js';

// DESIGN.md, Behaviour: bad input never reaches the network. Each case asserts the typed
// error and that neither the mock nor the caller's fetch saw a request.
const mock = useWorkflowMockServer();
const interactlyMock = mock.mocks.vendors.interactly;

const API_KEY = 'interactly-test-key-0123456789';
const WORKFLOW_ID = '5eb7cf5a86d9755df3a6c593';
const RUN_ID = '6650f1c2a9e4b3d2c1f0e9a8';

function spiedProvider(options: Parameters<typeof createInteractlyProvider>[0] = {}) {
  const fetch = vi.fn((request: Request) => globalThis.fetch(request));
  const provider = createInteractlyProvider({ apiKey: API_KEY, maxRetries: 0, fetch, ...options });
  return { provider, fetch };
}

const expectRefused = (attempt: Promise<unknown>, fetch: unknown, message: RegExp) =>
  expectRefusedBeforeSending(attempt, { vendor: 'interactly', fetch, message, calls: interactlyMock.calls });

describe('workflow ids', () => {
  it.each([
    ['', /empty/],
    ['.', /change which URL path/],
    ['..', /change which URL path/],
  ])('refuses %j', async (id, message) => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run(id), fetch, message);
  });

  it.each([
    ['too short', 'abc'],
    ['upper-case hex', WORKFLOW_ID.toUpperCase()],
    ['25 characters', `${WORKFLOW_ID}0`],
    ['23 characters', WORKFLOW_ID.slice(1)],
    ['a non-hex letter', `${WORKFLOW_ID.slice(0, 23)}g`],
    ['a path in disguise', `../${WORKFLOW_ID.slice(3)}`],
    ['a trailing newline', `${WORKFLOW_ID}\n`],
  ])('refuses an id that breaks the 24-hex pattern: %s', async (_, id) => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run(id), fetch, /workflow_id.*must match/);
  });

  it('checks the id on every turn, not only the first', async () => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.resume('abc', RUN_ID, {}), fetch, /must match/);
    await expectRefused(provider.cancel(WORKFLOW_ID.toUpperCase(), RUN_ID), fetch, /must match/);
  });

  it('refuses a missing path parameter on the raw client', async () => {
    const fetch = vi.fn(globalThis.fetch);
    const client = createInteractlyClient({ apiKey: API_KEY, fetch });
    await expectRefused(
      // @ts-expect-error the path parameter is required
      client.POST('/workflows/v1/workflows/{workflow_id}/execute', { body: { run_input: { command: 'start' } } }),
      fetch,
      /workflow_id/,
    );
  });

  it('refuses a bad id on the raw client too', async () => {
    const fetch = vi.fn(globalThis.fetch);
    const client = createInteractlyClient({ apiKey: API_KEY, fetch });
    const attempt = client.POST('/workflows/v1/workflows/{workflow_id}/execute', {
      params: { path: { workflow_id: 'not-an-object-id' } },
      body: { run_input: { command: 'start' } },
    });
    await expectRefused(attempt, fetch, /must match/);
  });
});

describe('run ids', () => {
  it('refuses an empty run id on resume and cancel', async () => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.resume(WORKFLOW_ID, '', { a: 1 }), fetch, /runId/);
    await expectRefused(provider.cancel(WORKFLOW_ID, ''), fetch, /runId/);
  });
});

describe('versions', () => {
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])('refuses version %s', async (version) => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run(WORKFLOW_ID, {}, { version }), fetch, /`version` must be a whole number/);
  });
});

describe('credentials', () => {
  it('names the environment variable when no key is given', async ({ onTestFinished }) => {
    const previous = process.env.INTERACTLY_API_KEY;
    delete process.env.INTERACTLY_API_KEY;
    onTestFinished(() => {
      if (previous !== undefined) process.env.INTERACTLY_API_KEY = previous;
    });
    const fetch = vi.fn(globalThis.fetch);
    await expectRefused(createInteractlyProvider({ fetch }).run(WORKFLOW_ID), fetch, /INTERACTLY_API_KEY/);
  });

  it.each([
    ['a trailing newline', `${API_KEY}\n`],
    ['a carriage return and header', `${API_KEY}\r\nX-Evil: 1`],
    ['a NUL byte', `${API_KEY}\u0000`],
    ['a non-ASCII character', `${API_KEY}é`],
  ])('refuses a key with %s without quoting it', async (_, apiKey) => {
    const { provider, fetch } = spiedProvider({ apiKey });
    const error = await provider.run(WORKFLOW_ID).catch((e: unknown) => e);
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
    ['a function', { callback: () => 1 }, /"callback" is a function/],
  ])('refuses %s on the first turn and on resume', async (_, input, message) => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run(WORKFLOW_ID, input as Record<string, unknown>), fetch, message);
    await expectRefused(provider.resume(WORKFLOW_ID, RUN_ID, input as Record<string, unknown>), fetch, message);
  });
});

describe('options', () => {
  it('refuses an idempotency key, which Interactly would ignore', async () => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.run(WORKFLOW_ID, {}, { idempotencyKey: 'k' }), fetch, /idempotency/);
  });

});
