import { wivSpec } from '@workflow-clients/msw';
import { useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createWivProvider } from './index.js';

// The transport's rules, met through Wiv's one endpoint: what the server (or the network) does wrong becomes a typed error,
// timeouts and aborts are told apart, and retries never run a Wiv workflow twice.
const mock = useWorkflowMockServer();
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

describe('2xx bodies that are not what the spec promises', () => {
  it.each([
    [
      'an HTML page',
      () =>
        new HttpResponse('<html><body>Gateway says hi</body></html>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
      /not JSON: "<html><body>Gateway says hi/,
    ],
    ['an empty body', () => new HttpResponse(null, { status: 200 }), /empty body/],
    [
      'truncated JSON',
      () =>
        new HttpResponse('{"data": {"execution_id": "exe', {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      /not JSON/,
    ],
  ])('turns %s into unexpected_response', async (_, response, message) => {
    answerWith(response);
    const error = await createWivProvider({ apiKey: API_KEY })
      .run('wf')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WorkflowApiError', code: 'unexpected_response', retryable: false });
    expect((error as Error).message).toMatch(message);
  });

  it('keeps the status and only the first 200 characters of a long non-JSON body', async () => {
    answerWith(() => new HttpResponse(`<p>${'x'.repeat(5_000)}</p>`, { status: 201 }));
    const error = (await createWivProvider({ apiKey: API_KEY })
      .run('wf')
      .catch((e: unknown) => e)) as {
      status: number;
      body: string;
    };
    expect(error).toMatchObject({ code: 'unexpected_response', status: 201 });
    expect(error.body).toHaveLength(200);
  });

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
  it('gives up after timeoutMs with code timeout, and does not retry a run that may have started', async () => {
    const attempts = answerWith(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    const started = Date.now();
    // Counted at the client: on a loaded machine the timeout may fire before MSW's handler runs.
    const fetch = vi.fn((request: Request) => globalThis.fetch(request));
    const error = await createWivProvider({ apiKey: API_KEY, timeoutMs: 50, fetch })
      .run('wf')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'timeout', retryable: false, mayHaveStarted: true });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(fetch).toHaveBeenCalledOnce();
    expect(attempts()).toBeLessThanOrEqual(1);
  });

  it('takes a per-call timeout over the client’s', async () => {
    answerWith(async () => {
      await delay(300);
      return HttpResponse.json(triggered('exec_slow'));
    });
    const wiv = createWivProvider({ apiKey: API_KEY, timeoutMs: 50 });
    await expect(wiv.run('wf', {}, { timeoutMs: 5_000 })).resolves.toMatchObject({ runId: 'exec_slow' });
  });

  it('counts the time to read the body against the timeout', async () => {
    answerWith(() => {
      const trickle = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(new TextEncoder().encode('{"data":'));
          await new Promise((resolve) => setTimeout(resolve, 2_000));
          controller.close();
        },
      });
      return new HttpResponse(trickle, { status: 200, headers: { 'content-type': 'application/json' } });
    });
    await expect(createWivProvider({ apiKey: API_KEY, timeoutMs: 100 }).run('wf')).rejects.toMatchObject({
      code: 'timeout',
    });
  });

  it('answers the caller’s abort with code aborted', async () => {
    answerWith(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(
      createWivProvider({ apiKey: API_KEY }).run('wf', {}, { signal: controller.signal }),
    ).rejects.toMatchObject({
      code: 'aborted',
      retryable: false,
    });
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
  it('retries 429 and honours Retry-After', async () => {
    wivMock.respondWith('runWorkflow', { status: 429, headers: { 'retry-after': '1' } });
    const run = await createWivProvider({ apiKey: API_KEY }).run('wf');
    expect(run.runId).toBe('exec_abc123def456');
    const [first, second] = wivMock.calls;
    expect(wivMock.calls.map((call) => call.status)).toEqual([429, 200]);
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(950);
  });

  it('backs off exponentially: the jitter draws from a ceiling that doubles', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    wivMock.respondWith('runWorkflow', { status: 429, headers: { 'retry-after': null }, times: 2 });
    await createWivProvider({ apiKey: API_KEY }).run('wf');
    const [a, b, c] = wivMock.calls.map((call) => call.receivedAt);
    // Ceilings of 500 ms, then 1000 ms.
    expect(b! - a!).toBeGreaterThanOrEqual(495);
    expect(c! - b!).toBeGreaterThanOrEqual(995);
  });

  it('stops after maxRetries extra attempts and reports the last 429', async () => {
    wivMock.respondWith('runWorkflow', { status: 429, headers: { 'retry-after': '0' }, times: 5 });
    await expect(createWivProvider({ apiKey: API_KEY, maxRetries: 2 }).run('wf')).rejects.toMatchObject({
      code: 'rate_limited',
      status: 429,
      retryable: true,
    });
    expect(wivMock.calls).toHaveLength(3);
  });

  it('does not wait out a Retry-After longer than a minute; it hands it to the caller', async () => {
    wivMock.respondWith('runWorkflow', { status: 429, headers: { 'retry-after': '3600' } });
    await expect(createWivProvider({ apiKey: API_KEY }).run('wf')).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 3_600_000,
    });
    expect(wivMock.calls).toHaveLength(1);
  });

  it.each([500, 502, 503])('never retries %i: the workflow may already be running', async (status) => {
    const attempts = answerWith(() => HttpResponse.json({ message: 'boom' }, { status }));
    await expect(createWivProvider({ apiKey: API_KEY, maxRetries: 5 }).run('wf')).rejects.toMatchObject({
      code: 'server_error',
      retryable: false,
    });
    expect(attempts()).toBe(1);
  });

  it('retries a connection that failed before the request was sent', async () => {
    let failures = 0;
    const fetch = vi.fn(async (request: Request) => {
      if (failures++ < 2)
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
        });
      return globalThis.fetch(request);
    });
    const run = await createWivProvider({ apiKey: API_KEY, fetch }).run('wf', { n: 1 });
    expect(run.runId).toBe('exec_abc123def456');
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(wivMock.calls).toHaveLength(1);
    expect(wivMock.calls[0]?.body).toEqual({ payload: { n: 1 } });
  });

  it('never retries a connection reset after sending', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      });
    });
    const error = await createWivProvider({ apiKey: API_KEY, fetch })
      .run('wf')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network', retryable: false });
    expect((error as Error).message).toContain('ECONNRESET');
    expect(fetch).toHaveBeenCalledOnce();
  });

  it.each([400, 401, 403, 404])('never retries %i', async (status) => {
    const attempts = answerWith(() => HttpResponse.json({ message: 'no' }, { status }));
    await expect(createWivProvider({ apiKey: API_KEY }).run('wf')).rejects.toMatchObject({ status, retryable: false });
    expect(attempts()).toBe(1);
  });
});
