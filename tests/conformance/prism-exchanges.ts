import { specs } from '@workflow-clients/msw';
import { isWorkflowApiError, type RegisteredVendor } from 'workflow-clients';

// What a conformance failure needs to show so its reader can tell which side broke the spec:
// what the client threw, what it sent and what Prism answered (with the violations Prism
// names in its `sl-violations` header), and Prism's own log of those requests.

/** One request the client sent, and Prism's answer to it. */
export interface Exchange {
  method: string;
  url: string;
  status: number;
  /** Prism's `sl-violations` header: what it found wrong with the request or its own answer. */
  violations: string | null;
  answer: string;
}

/** A `fetch` for the client's options that records every exchange, and changes none. */
export function recordingFetch(): { exchanges: Exchange[]; fetch: typeof fetch } {
  const exchanges: Exchange[] = [];
  const recording: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const url = request?.url ?? String(input);
    const response = await fetch(input, init);
    // Prism's answers are finite, so reading a copy whole holds up nothing the client reads.
    const answer = await response
      .clone()
      .text()
      .catch((error: unknown) => `(unreadable: ${String(error)})`);
    exchanges.push({ method, url, status: response.status, violations: response.headers.get('sl-violations'), answer });
    return response;
  };
  return { exchanges, fetch: recording };
}

type Json = Record<string, unknown>;

/** The method and path template of `operationId` in the vendor's spec. */
export function routeOf(vendor: RegisteredVendor, operationId: string): { method: string; path: RegExp } {
  const paths = (specs[vendor] as unknown as { paths: Record<string, Json> }).paths;
  for (const [template, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if ((operation as Json | undefined)?.operationId !== operationId) continue;
      const pattern = template
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
        .join('[^/]+');
      return { method: method.toUpperCase(), path: new RegExp(`^${pattern}$`) };
    }
  }
  throw new Error(`${vendor}'s spec has no operation ${operationId}`);
}

/** The exchanges that reached `operationId`. */
export function exchangesOf(exchanges: Exchange[], vendor: RegisteredVendor, operationId: string): Exchange[] {
  const route = routeOf(vendor, operationId);
  return exchanges.filter(
    (exchange) => exchange.method === route.method && route.path.test(new URL(exchange.url).pathname),
  );
}

const clipped = (text: string, max = 1_500) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;

function describeError(error: unknown): string {
  if (!isWorkflowApiError(error))
    return `  not a WorkflowApiError: ${error instanceof Error ? error.stack : String(error)}`;
  return [
    `  code: ${error.code}`,
    `  status: ${error.status ?? '(none)'}`,
    `  message: ${error.message}`,
    `  body: ${clipped(JSON.stringify(error.body) ?? '(none)')}`,
  ].join('\n');
}

/** The whole story of one call, for an assertion's message. */
export function conformanceReport(
  title: string,
  outcome: { ok: true } | { ok: false; error: unknown },
  exchanges: Exchange[],
  prismLog: string[],
): string {
  return [
    outcome.ok ? `${title}: the call returned` : `${title}: the call threw\n${describeError(outcome.error)}`,
    'Exchanges with Prism:',
    ...(exchanges.length ? [] : ['  (none: the client sent nothing)']),
    ...exchanges.map(
      (exchange) =>
        `  ${exchange.method} ${exchange.url} -> ${exchange.status}` +
        `\n    Prism's violations: ${exchange.violations ?? '(none)'}` +
        `\n    answer: ${clipped(exchange.answer)}`,
    ),
    "Prism's log of these requests:",
    ...prismLog.map((line) => `  ${line}`),
  ].join('\n');
}
