import { inspect } from 'node:util';
import { expectRefusedBeforeSending, useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { describe, expect, it, vi } from 'vitest';
import { embedworkflowSpec, type MockedOperations } from './generated/spec-document.js';
import { createEmbedWorkflowProvider } from './index.js';

// The bad-input rules Embed Workflow's spec adds to those every vendor keeps (tested once, over
// all vendors, in the repository's tests/bad-input): the secret key's documented shape, and the
// identifier shapes its reference names, which go through unrefused. Each refusal sends nothing.
const mock = useWorkflowMockServer<'embedworkflow', { embedworkflow: MockedOperations }>({
  specs: { embedworkflow: embedworkflowSpec },
});
const embedMock = mock.mocks.vendors.embedworkflow;

const API_KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';

function spiedProvider(options: Parameters<typeof createEmbedWorkflowProvider>[0] = {}) {
  const fetch = vi.fn((request: Request) => globalThis.fetch(request));
  const provider = createEmbedWorkflowProvider({ apiKey: API_KEY, maxRetries: 0, fetch, ...options });
  return { provider, fetch };
}

const expectRefused = (attempt: Promise<unknown>, fetch: unknown, message: RegExp) =>
  expectRefusedBeforeSending(attempt, { vendor: 'embedworkflow', fetch, message, calls: embedMock.calls });

describe('credentials', () => {
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
});

// The spec sets no pattern (id_type allows several kinds of identifier): each of the
// reference's identifier shapes goes through as it is.
describe('workflow ids', () => {
  it.each(['6opb4', '0198c2e9-cc9f-7277-af8a-40c7ef19273a', 'workflow_15'])('sends %j unchanged', async (id) => {
    const { provider } = spiedProvider();
    await provider.run(id);
    const [call] = embedMock.calls;
    expect(new URL(call!.url).pathname).toBe(`/api/v1/workflows/${id}/execute`);
  });
});
