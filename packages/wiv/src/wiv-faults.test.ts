import { useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { type MockedOperations, wivSpec } from './generated/spec-document.js';
import { createWivProvider } from './index.js';

// Transport rules the fault matrix (tests/fault-matrix, over every vendor) does not stage, met
// through Wiv's one endpoint: redirects are refused (Wiv's custom X-API-KEY header is the one
// fetch would forward to another host), error bodies that are not JSON are kept, the per-call
// timeout and an aborted signal, the backoff's growth, and the 4xx that are never retried.
const mock = useWorkflowMockServer<'wiv', { wiv: MockedOperations }>({ specs: { wiv: wivSpec } });
const wivMock = mock.mocks.vendors.wiv;

const API_KEY = 'wiv-test-key-0123456789';
const RUN_URL = 'https://api.wiv.ai/workflows/:workflow_id/run';

/** The spec's own 200 answer, naming `executionId` as the run it started. */
const triggered = (executionId: string) => {
  const { data } =
    wivSpec.paths['/workflows/{workflow_id}/run'].post.responses['200'].content['application/json'].examples.triggered
      .value;
  return { data: { ...data, execution_id: executionId } };
};

function answerWith(response: () => Response | Promise<Response>) {
  let attempts = 0;
  mock.server.use(
    http.post(RUN_URL, async () => {
      attempts += 1;
      return response();
    }),
  );
  return () => attempts;
}

describe('answers that are not what the spec promises', () => {
  it('does not follow a redirect, so the X-API-KEY header never goes to another host', async () => {
    const attempts = answerWith(
      () => new HttpResponse(null, { status: 302, headers: { location: 'https://elsewhere.example/run' } }),
    );
    const error = await createWivProvider({ apiKey: API_KEY })
      .run('wf')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unexpected_response', status: 302 });
    expect((error as Error).message).toContain('https://elsewhere.example/run');
    expect(attempts()).toBe(1);
  });

  it('keeps a non-JSON error body as text', async () => {
    answerWith(() => new HttpResponse('Bad gateway', { status: 502 }));
    await expect(createWivProvider({ apiKey: API_KEY, maxRetries: 0 }).run('wf')).rejects.toMatchObject({
      code: 'server_error',
      status: 502,
      body: 'Bad gateway',
    });
  });
});

describe('timeouts and aborts', () => {
  it('takes a per-call timeout over the client’s', async () => {
    answerWith(async () => {
      await delay(300);
      return HttpResponse.json(triggered('exec_slow'));
    });
    const wiv = createWivProvider({ apiKey: API_KEY, timeoutMs: 50 });
    await expect(wiv.run('wf', {}, { timeoutMs: 5_000 })).resolves.toMatchObject({ runId: 'exec_slow' });
  });

  it('sends nothing when the signal is already aborted', async () => {
    const fetch = vi.fn(globalThis.fetch);
    const controller = new AbortController();
    controller.abort();
    await expect(
      createWivProvider({ apiKey: API_KEY, fetch }).run('wf', {}, { signal: controller.signal }),
    ).rejects.toMatchObject({
      code: 'aborted',
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('retries', () => {
  it('backs off exponentially: the jitter draws from a ceiling that doubles', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    wivMock.respondWith('runWorkflow', { status: 429, headers: { 'retry-after': null }, times: 2 });
    await createWivProvider({ apiKey: API_KEY }).run('wf');
    const [a, b, c] = wivMock.calls.map((call) => call.receivedAt);
    // Ceilings of 500 ms, then 1000 ms.
    expect(b! - a!).toBeGreaterThanOrEqual(495);
    expect(c! - b!).toBeGreaterThanOrEqual(995);
  });

  it.each([400, 401, 403, 404])('never retries %i', async (status) => {
    const attempts = answerWith(() => HttpResponse.json({ message: 'no' }, { status }));
    await expect(createWivProvider({ apiKey: API_KEY }).run('wf')).rejects.toMatchObject({ status, retryable: false });
    expect(attempts()).toBe(1);
  });
});
