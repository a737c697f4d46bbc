import { expectRefusedBeforeSending, useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { describe, it, vi } from 'vitest';
import { interactlySpec, type MockedOperations } from './generated/spec-document.js';
import { createInteractlyClient, createInteractlyProvider } from './index.js';

// The bad-input rules Interactly's spec adds to those every vendor keeps (tested once, over all
// vendors, in the repository's tests/bad-input): its ObjectId pattern, checked on every turn,
// its run ids and its versions. Each refusal sends nothing.
const mock = useWorkflowMockServer<'interactly', { interactly: MockedOperations }>({
  specs: { interactly: interactlySpec },
});
const interactlyMock = mock.mocks.vendors.interactly;

const API_KEY = 'interactly-test-key-0123456789';
const WORKFLOW_ID = '5eb7cf5a86d9755df3a6c593';
const RUN_ID = '6650f1c2a9e4b3d2c1f0e9a8';

function spiedProvider() {
  const fetch = vi.fn((request: Request) => globalThis.fetch(request));
  return { provider: createInteractlyProvider({ apiKey: API_KEY, maxRetries: 0, fetch }), fetch };
}

const expectRefused = (attempt: Promise<unknown>, fetch: unknown, message: RegExp) =>
  expectRefusedBeforeSending(attempt, { vendor: 'interactly', fetch, message, calls: interactlyMock.calls });

describe('workflow ids', () => {
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

  it('checks the pattern on the raw client too', async () => {
    const fetch = vi.fn((request: Request) => globalThis.fetch(request));
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

describe('a resumed turn', () => {
  const cyclic: Record<string, unknown> = { name: 'loop' };
  cyclic.self = cyclic;

  it.each([
    ['a BigInt', { amount: 10n }, /"amount" is a BigInt/],
    ['a cycle', cyclic, /circular/i],
  ])('refuses an input with %s, as the first turn does', async (_, input, message) => {
    const { provider, fetch } = spiedProvider();
    await expectRefused(provider.resume(WORKFLOW_ID, RUN_ID, input as Record<string, unknown>), fetch, message);
  });
});
