import { describe, expect, it, vi } from 'vitest';
import { acmeDefinition } from '../testing/acme-vendor.js';
import { checkCall } from './check-only.js';
import { createVendorRuntime } from './vendor-runtime.js';

// A call that only checks: every check a real call makes, then nothing sent, no hook told, and
// no credential needed (the process that queues work may not hold the key its workers use).
const definition = { ...acmeDefinition, pathPatterns: { workflow_id: /^wf_[a-z0-9]+$/ } };

function runtime() {
  const fetch = vi.fn(async () => new Response('{}'));
  const onRequest = vi.fn();
  const { client, call } = createVendorRuntime<never>(definition, { fetch, hooks: { onRequest } });
  const run = (workflowId: string, body: unknown, options: object = {}) =>
    (client as unknown as { POST(path: string, init: object): Promise<unknown> }).POST('/workflows/{workflow_id}/run', {
      params: { path: { workflow_id: workflowId } },
      body,
      ...call(options),
    });
  return { run, fetch, onRequest };
}

describe('checkCall', () => {
  it('resolves for a call that passes every check, sending nothing, telling no hook, with no credential', async () => {
    vi.stubEnv(definition.apiKeyEnvVar, '');
    const { run, fetch, onRequest } = runtime();
    await expect(checkCall((checkOnly) => run('wf_1', { a: 1 }, checkOnly))).resolves.toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
    expect(onRequest).not.toHaveBeenCalled();
    vi.unstubAllEnvs();
  });

  it.each([
    ['an id breaking the pattern', 'WF-1', { a: 1 }, {}],
    ['a body JSON cannot carry', 'wf_1', { a: 10n }, {}],
    ['a bad timeout', 'wf_1', { a: 1 }, { timeoutMs: -1 }],
  ])('rejects %s as the call itself would', async (_, id, body, options) => {
    const { run, fetch } = runtime();
    await expect(checkCall((checkOnly) => run(id, body, { ...options, ...checkOnly }))).rejects.toMatchObject({
      name: 'WorkflowApiError',
      code: 'invalid_input',
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});
