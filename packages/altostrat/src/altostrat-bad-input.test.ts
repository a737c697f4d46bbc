import { useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { describe, expect, it, vi } from 'vitest';
import { createAltostratProvider } from './index.js';

// DESIGN.md, Behaviour, as it applies to Altostrat: nothing is sent for bad input.
const mock = useWorkflowMockServer();
const altostratMock = mock.mocks.vendors.altostrat;
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.e30.altostrat-test';

async function expectRefused(run: (p: ReturnType<typeof createAltostratProvider>) => Promise<unknown>, message: RegExp, credentials: { apiKey?: string } = { apiKey: TOKEN }) {
  const fetch = vi.fn((request: Request) => globalThis.fetch(request));
  const error = await run(createAltostratProvider({ ...credentials, fetch })).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'WorkflowApiError', vendor: 'altostrat', code: 'invalid_input' });
  expect((error as Error).message).toMatch(message);
  expect(fetch).not.toHaveBeenCalled();
  expect(altostratMock.calls).toHaveLength(0);
}

describe('refused before sending', () => {
  it.each([
    ['', /empty/],
    ['.', /change which URL path/],
    ['..', /change which URL path/],
  ])('workflow id %j', async (id, message) => {
    await expectRefused((p) => p.run(id), message);
  });

  it.each(['not-a-uuid', '5f0c6a1e8a4b4f7e9d2a3b1c0e9f7a64', ''])('idempotency key %j, which is not a UUID', async (key) => {
    await expectRefused((p) => p.run('fl_1', {}, { idempotencyKey: key }), /not one/);
  });

  it('a missing token, naming ALTOSTRAT_API_KEY', async ({ onTestFinished }) => {
    vi.stubEnv('ALTOSTRAT_API_KEY', '');
    onTestFinished(() => vi.unstubAllEnvs());
    await expectRefused((p) => p.run('fl_1'), /ALTOSTRAT_API_KEY/, {});
  });

  it('a token with a control character, without quoting it', async () => {
    await expectRefused((p) => p.run('fl_1'), /control, space or non-ASCII/, { apiKey: `${TOKEN}\n` });
  });

  it('a context JSON cannot carry', async () => {
    await expectRefused((p) => p.run('fl_1', { big: 1n }), /"big" is a BigInt/);
  });
});

it('percent-encodes every other character of the workflow id', async () => {
  await createAltostratProvider({ apiKey: TOKEN }).run('fl/../x');
  expect(new URL(altostratMock.calls[0]!.url).pathname).toBe('/workflows/fl%2F..%2Fx/execute');
});
