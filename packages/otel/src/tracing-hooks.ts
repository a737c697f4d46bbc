import { context, type Span, SpanKind, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api';
import type { CallEvent, ClientHooks, ErrorEvent, RetryEvent } from '@workflow-clients/core';

export interface TracingOptions {
  /** The tracer to make spans with; by default the global provider's `@workflow-clients/otel` tracer. */
  tracer?: Tracer | undefined;
}

/** The spans of one call in flight: the call's, and its current attempt's until it is answered. */
interface OpenCall {
  call: Span;
  attempt: Span | undefined;
}

/** The HTTP client attributes of an attempt, by the OpenTelemetry semantic conventions' names. */
function httpAttributes(event: CallEvent): Record<string, string | number> {
  const url = new URL(event.url);
  const template = event.operation.slice(event.method.length + 1);
  return {
    'http.request.method': event.method,
    'url.full': event.url,
    'url.template': template,
    'server.address': url.hostname,
    'server.port': Number(url.port) || (url.protocol === 'https:' ? 443 : 80),
    ...(event.attempt > 1 ? { 'http.request.resend_count': event.attempt - 1 } : {}),
  };
}

/**
 * Ends an attempt still open at an error: one that got no answer (no connection, a timeout), or
 * one whose 2xx was refused after it arrived (a body its spec does not allow, a stream cut off
 * or silent too long). Its error is the reason.
 */
function endUnanswered(open: OpenCall, error: ErrorEvent['error'], status?: number): void {
  if (!open.attempt) return;
  if (status !== undefined) open.attempt.setAttribute('http.response.status_code', status);
  open.attempt.setAttribute('error.type', error.code);
  open.attempt.setStatus({ code: SpanStatusCode.ERROR, message: error.code });
  open.attempt.end();
  open.attempt = undefined;
}

/**
 * Client hooks that trace every call: a span for the call (`<vendor> <operation>`) with a child
 * span for each attempt (`<method> <path template>`, kind client), whose attributes are those the
 * OpenTelemetry HTTP client conventions name. A call ends with its error, or with its 2xx once
 * the answer was accepted (checked against the spec, or for a stream read to its end), so a 2xx
 * refused after it arrived marks both spans as errors. The URL is the one the hooks are given, its
 * credentials already redacted. Pass them as a client's `hooks`.
 */
export function tracingHooks(options: TracingOptions = {}): Required<ClientHooks> {
  const tracer = options.tracer ?? trace.getTracer('@workflow-clients/otel', __PACKAGE_VERSION__);
  const open = new Map<number, OpenCall>();

  const startAttempt = (event: CallEvent, call: Span) =>
    tracer.startSpan(
      event.operation,
      { kind: SpanKind.CLIENT, attributes: httpAttributes(event) },
      trace.setSpan(context.active(), call),
    );

  return {
    onRequest(event) {
      let current = open.get(event.callId);
      if (!current) {
        const call = tracer.startSpan(`${event.vendor} ${event.operation}`, {
          kind: SpanKind.INTERNAL,
          attributes: { 'workflow_clients.vendor': event.vendor, 'workflow_clients.operation': event.operation },
        });
        current = { call, attempt: undefined };
        open.set(event.callId, current);
      }
      current.attempt = startAttempt(event, current.call);
    },
    onResponse(event) {
      const current = open.get(event.callId);
      if (!current?.attempt) return;
      current.attempt.setAttribute('http.response.status_code', event.status);
      if (event.status >= 400) {
        current.attempt.setAttribute('error.type', String(event.status));
        current.attempt.setStatus({ code: SpanStatusCode.ERROR });
      }
      current.attempt.end();
      current.attempt = undefined;
      if (event.status >= 200 && event.status < 300) {
        current.call.setAttribute('workflow_clients.attempts', event.attempt);
        current.call.end();
        open.delete(event.callId);
      }
    },
    onRetry(event: RetryEvent) {
      const current = open.get(event.callId);
      if (!current) return;
      endUnanswered(current, event.error);
      current.call.addEvent('retry', { 'workflow_clients.delay_ms': event.delayMs, 'error.type': event.error.code });
    },
    onError(event: ErrorEvent) {
      const current = open.get(event.callId);
      if (!current) return;
      endUnanswered(current, event.error, event.status);
      current.call.setAttribute('error.type', event.error.code);
      current.call.setAttribute('workflow_clients.attempts', event.attempt);
      current.call.setStatus({ code: SpanStatusCode.ERROR, message: event.error.code });
      current.call.end();
      open.delete(event.callId);
    },
  };
}
