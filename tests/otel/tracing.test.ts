import { inspect } from 'node:util';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { createAiTutorProvider } from '@workflow-clients/aitutor';
import { createAltostratProvider } from '@workflow-clients/altostrat';
import { setupWorkflowMockServer } from '@workflow-clients/msw/node';
import { tracingHooks } from '@workflow-clients/otel';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// The spans a traced client makes, through the built packages, exported in memory, for calls the
// spec-backed mock answers: the attempts of a real retry, and credentials that must not show.
const exporter = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer('test');
const mock = setupWorkflowMockServer();
beforeAll(() => mock.listen());
afterEach(() => {
  mock.afterEach();
  exporter.reset();
});
afterAll(() => mock.close());

const API_KEY = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0cmFjZWQifQ.tracedSECRETsignature0alt1';
const altostrat = (options: object = {}) =>
  createAltostratProvider({ apiKey: API_KEY, hooks: tracingHooks({ tracer }), ...options });

/** Everything a span shows an exporter, as text. */
const shown = () =>
  exporter
    .getFinishedSpans()
    .map((span) =>
      inspect(
        { name: span.name, attributes: span.attributes, events: span.events, status: span.status },
        { depth: 10 },
      ),
    );

describe('tracingHooks', () => {
  it('makes one span for a call rate limited once, and a child span for each of its two attempts', async () => {
    mock.mocks.vendors.altostrat.respondWith('executeWorkflow', { status: 429, headers: { 'retry-after': '0' } });
    await altostrat().run('fl_a1b2c3d4e5f6g7h8', { order: 42 });
    const spans = exporter.getFinishedSpans();
    const call = spans.find((span) => span.name.startsWith('altostrat '));
    const attempts = spans.filter((span) => span !== call);
    expect(spans).toHaveLength(3);
    expect(call).toMatchObject({
      name: 'altostrat POST /workflows/{workflowId}/execute',
      attributes: { 'workflow_clients.vendor': 'altostrat', 'workflow_clients.attempts': 2 },
    });
    expect(call?.events.map((event) => event.name)).toEqual(['retry']);
    for (const attempt of attempts) {
      expect(attempt.parentSpanContext?.spanId).toBe(call?.spanContext().spanId);
      expect(attempt.spanContext().traceId).toBe(call?.spanContext().traceId);
      expect(attempt.name).toBe('POST /workflows/{workflowId}/execute');
    }
    expect(attempts.map((span) => span.attributes)).toEqual([
      expect.objectContaining({
        'http.request.method': 'POST',
        'url.full': 'https://v1.api.altostrat.io/workflows/fl_a1b2c3d4e5f6g7h8/execute',
        'url.template': '/workflows/{workflowId}/execute',
        'server.address': 'v1.api.altostrat.io',
        'server.port': 443,
        'http.response.status_code': 429,
        'error.type': '429',
      }),
      expect.objectContaining({ 'http.response.status_code': 202, 'http.request.resend_count': 1 }),
    ]);
    expect(attempts[1]?.attributes).not.toHaveProperty('error.type');
    expect(shown().join('\n')).not.toContain(API_KEY.split('.')[2]);
  });

  it('marks a call that fails for good, and an attempt that got no answer, with the error', async () => {
    const unreachable = async () => {
      throw new TypeError('fetch failed');
    };
    const error = await altostrat({ fetch: unreachable, maxRetries: 1 })
      .getRun('fl_a1b2c3d4e5f6g7h8', 'fl_run_a1b2c3d4e5f6g7h8')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'network' });
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(3);
    for (const span of spans) {
      expect(span.status).toMatchObject({ code: 2 });
      expect(span.attributes['error.type']).toBe('network');
      expect(span.attributes).not.toHaveProperty('http.response.status_code');
    }
  });

  it('redacts the single-use stream token from the URL it records, however the query encodes it', async () => {
    // A token the spec gives no character set: the query writes it as URLSearchParams does.
    const token = "pub tok~!'()*8f3a2c1d9e7b";
    const fetch = async (request: Request) =>
      new URL(request.url).pathname === '/api/v1/token'
        ? Response.json({ success: true, token, ttl: 60 })
        : globalThis.fetch(request);
    const aitutor = createAiTutorProvider({ apiKey: 'aitutorSECRETkey0ait1', fetch, hooks: tracingHooks({ tracer }) });
    await (await aitutor.stream('wf_abc123', { story: 'x' })).text();
    const urls = exporter.getFinishedSpans().map((span) => String(span.attributes['url.full'] ?? ''));
    expect(urls.some((url) => url.endsWith('?token=[REDACTED]'))).toBe(true);
    const all = shown().join('\n');
    for (const form of [
      token,
      encodeURIComponent(token),
      new URLSearchParams({ token }).toString().slice(6),
      '8f3a2c1d9e7b',
    ])
      expect(all).not.toContain(form);
    expect(all).not.toContain('aitutorSECRETkey0ait1');
  });

  it('marks the call an error when its 2xx breaks the spec, the attempt keeping its status', async () => {
    const fetch = async () =>
      new Response('{"not":"a run"}', { status: 202, headers: { 'content-type': 'application/json' } });
    const error = await altostrat({ fetch })
      .run('fl_a1b2c3d4e5f6g7h8', {})
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'unexpected_response', status: 202 });
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(2);
    for (const span of spans) {
      expect(span.status).toMatchObject({ code: 2 });
      expect(span.attributes['error.type']).toBe('unexpected_response');
    }
    expect(spans.find((span) => span.kind === 2)?.attributes['http.response.status_code']).toBe(202);
  });

  it('ends a stream’s spans only when its text has ended, and marks one that fell silent as an error', async () => {
    const silent = async (request: Request) => {
      if (new URL(request.url).pathname === '/api/v1/token') return globalThis.fetch(request);
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(new TextEncoder().encode('Once upon')), // then nothing
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'text/plain' } });
    };
    const aitutor = createAiTutorProvider({
      apiKey: 'aitutorSECRETkey0ait1',
      fetch: silent,
      hooks: tracingHooks({ tracer }),
    });
    const stream = await aitutor.stream('wf_abc123', { story: 'x' }, { idleTimeoutMs: 50 });
    const streamSpans = () => exporter.getFinishedSpans().filter((span) => span.name.includes('/stream'));
    expect(streamSpans()).toEqual([]); // still being read
    await expect(stream.text()).rejects.toMatchObject({ code: 'timeout' });
    expect(streamSpans()).toHaveLength(2);
    for (const span of streamSpans()) {
      expect(span.status).toMatchObject({ code: 2 });
      expect(span.attributes['error.type']).toBe('timeout');
    }
  });
});
