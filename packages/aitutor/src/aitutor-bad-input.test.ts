import { useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { describe, expect, it, vi } from 'vitest';
import { createAiTutorProvider } from './index.js';

// DESIGN.md, Behaviour, as it applies to AI Tutor: nothing is sent for bad input.
const mock = useWorkflowMockServer();
const API_KEY = 'aitutor-secret-0123456789';

async function expectRefused(run: (p: ReturnType<typeof createAiTutorProvider>) => Promise<unknown>, message: RegExp, credentials: { apiKey?: string } = { apiKey: API_KEY }) {
  const fetch = vi.fn((request: Request) => globalThis.fetch(request));
  const error = await run(createAiTutorProvider({ ...credentials, fetch })).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'WorkflowApiError', vendor: 'aitutor', code: 'invalid_input' });
  expect((error as Error).message).toMatch(message);
  expect(fetch).not.toHaveBeenCalled();
  expect(mock.mocks.vendors.aitutor.calls).toHaveLength(0);
}

describe('refused before sending', () => {
  it.each([
    ['', /empty/],
    ['.', /change which URL path/],
    ['..', /change which URL path/],
  ])('workflow id %j', async (id, message) => {
    await expectRefused((p) => p.run(id, {}), message);
  });

  it('a missing key, naming AITUTOR_API_KEY', async () => {
    vi.stubEnv('AITUTOR_API_KEY', '');
    await expectRefused((p) => p.run('wf_abc123', {}), /AITUTOR_API_KEY/, {});
  });

  it('a key with a control character, without quoting it', async () => {
    await expectRefused((p) => p.run('wf_abc123', {}), /control, space or non-ASCII/, { apiKey: `${API_KEY}\r` });
  });

  it('variables JSON cannot carry', async () => {
    const loop: Record<string, unknown> = {};
    loop.loop = loop;
    await expectRefused((p) => p.run('wf_abc123', loop), /circular/i);
  });
});
