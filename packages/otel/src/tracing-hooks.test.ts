import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { CallEvent, WorkflowApiError } from '@workflow-clients/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { tracingHooks } from './index.js';

// How the hooks turn a call's events into spans, event by event. (A real client's calls, through
// the mock, are traced in the repository's tests/otel.)
const exporter = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer('test');
beforeEach(() => exporter.reset());

const event = (callId: number, attempt: number): CallEvent => ({
  vendor: 'acme',
  operation: 'GET /runs/{runId}',
  method: 'GET',
  url: 'http://127.0.0.1:8080/runs/r-1?token=[REDACTED]',
  attempt,
  callId,
});
const failure = (code: string) => ({ code }) as WorkflowApiError;

describe('tracingHooks', () => {
  it('keeps calls in flight apart, each with its own attempts', () => {
    const hooks = tracingHooks({ tracer });
    hooks.onRequest(event(1, 1));
    hooks.onRequest(event(2, 1));
    hooks.onResponse({ ...event(2, 1), status: 200, durationMs: 3 });
    hooks.onResponse({ ...event(1, 1), status: 503, durationMs: 5 });
    hooks.onRetry({ ...event(1, 1), status: 503, delayMs: 10, error: failure('server_error'), durationMs: 5 });
    hooks.onRequest(event(1, 2));
    hooks.onResponse({ ...event(1, 2), status: 200, durationMs: 4 });
    const spans = exporter.getFinishedSpans();
    const calls = spans.filter((span) => span.name === 'acme GET /runs/{runId}');
    expect(calls).toHaveLength(2);
    for (const call of calls) {
      const children = spans.filter((span) => span.parentSpanContext?.spanId === call.spanContext().spanId);
      expect(children.length).toBe(call.attributes['workflow_clients.attempts']);
    }
    expect(spans.find((span) => span.attributes['http.request.resend_count'] === 1)).toMatchObject({
      attributes: { 'url.full': 'http://127.0.0.1:8080/runs/r-1?token=[REDACTED]', 'server.port': 8080 },
    });
  });

  it('ends an unanswered attempt and the call with the error code, and forgets the call', () => {
    const hooks = tracingHooks({ tracer });
    hooks.onRequest(event(7, 1));
    hooks.onError({ ...event(7, 1), error: failure('timeout'), durationMs: 1000 });
    // Events of a call already ended, or never begun, change nothing and throw nothing.
    hooks.onResponse({ ...event(7, 1), status: 200, durationMs: 1 });
    hooks.onRetry({ ...event(8, 1), delayMs: 1, error: failure('network'), durationMs: 1 });
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(2);
    for (const span of spans) {
      expect(span.attributes['error.type']).toBe('timeout');
      expect(span.status.code).toBe(2);
    }
  });
});
