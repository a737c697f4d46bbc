import type { WorkflowErrorCode } from '@workflow-clients/core';

// The faults every vendor is put through, each defined once and staged by two transports
// (fault-transports.ts): MSW in-process, and a real loopback socket.

/** The answer the spec-backed mock would give, for a fault to pass on or spoil. */
export interface MockAnswer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

export type FaultAnswer =
  /** The spec-backed mock answers. */
  | { kind: 'mock' }
  | {
      kind: 'respond';
      status: number;
      statusText?: string;
      headers?: Record<string, string>;
      body?: Uint8Array;
      /** Sent this many bytes at a time, this many ms apart. */
      trickle?: { bytes: number; everyMs: number };
      /** The connection is cut after this many body bytes. */
      cutAfterBytes?: number;
      /** Sent without Content-Length, in chunks, as a stream of unknown length is. */
      chunked?: boolean;
      /** An unsolicited interim `100 Continue` goes first: the request was not sent with `Expect`. */
      interim?: boolean;
    }
  /** The server read the request, then closed the connection without a word. */
  | { kind: 'drop' }
  /** The server read the request and never answers. */
  | { kind: 'hang' };

export interface Expected {
  outcome: WorkflowErrorCode | 'ok';
  /** Requests the server saw. */
  attempts: number;
  /** For an error: repeating the call (with its idempotency key, where it has one) cannot start a second run. */
  retryable?: boolean;
  /** For an error: the request may have reached a vendor that does not deduplicate it. */
  mayHaveStarted?: boolean;
}

/** The request as the server saw it, for a fault that echoes it back. */
export interface EchoedRequest {
  url: string;
  headers: Record<string, string>;
}

export interface Fault {
  id: string;
  /** How the Reliability table of docs/reliability.md names it. */
  name: string;
  /** Staged on a real socket only: MSW can give no such answer. */
  socketOnly?: boolean;
  /** The base URL names a port nothing listens on. */
  unreachable?: boolean;
  /** A longer per-attempt timeout, for a fault whose answer takes a while to send in full. */
  timeoutMs?: number;
  /** The caller aborts the call once the server has seen its request. */
  callerAborts?: boolean;
  /**
   * Its attempts are counted as the client makes them: on a loaded machine a timeout can fire
   * before the server has read the request, and the server then sees fewer.
   */
  countedAtClient?: boolean;
  /** True when a vendor answering like this would already have started the run. */
  starts: boolean;
  /** The answer to the `attempt`-th request (from 0) this fault's call makes. */
  answer(attempt: number, mock: () => Promise<MockAnswer>, request: EchoedRequest): FaultAnswer | Promise<FaultAnswer>;
  /** What else the cell asserts about the error, beyond its code and fields. */
  check?(error: unknown): void;
  expected(idempotent: boolean): Expected;
}

/**
 * Matrix settings. Cells that should not time out get a timeout no loaded CI machine reaches;
 * those that should, a short one (their attempts are counted at the client: see countedAtClient).
 */
export const CELL_TIMEOUT_MS = 120_000;
const EXPECTED_TIMEOUT_MS = 2_000;
export const CELL_MAX_RETRIES = 2;
const ALL_ATTEMPTS = 1 + CELL_MAX_RETRIES;

const text = (value: string) => new TextEncoder().encode(value);
const html = (status: number, title: string): FaultAnswer => ({
  kind: 'respond',
  status,
  headers: { 'content-type': 'text/html' },
  body: text(`<html><head><title>${status} ${title}</title></head><body><h1>${title}</h1><hr>nginx</body></html>`),
});
const once =
  (first: FaultAnswer) =>
  (attempt: number): FaultAnswer =>
    attempt === 0 ? first : { kind: 'mock' };
/**
 * A failure after the request may have reached the vendor: retried only where an idempotency
 * key makes a replay safe (and then retryable with that key); elsewhere the run may have started.
 */
const replayedWithKey =
  (outcome: WorkflowErrorCode) =>
  (idempotent: boolean): Expected =>
    idempotent
      ? { outcome, attempts: ALL_ATTEMPTS, retryable: true, mayHaveStarted: false }
      : { outcome, attempts: 1, retryable: false, mayHaveStarted: true };
/** The vendor answered, but not as promised: not worth repeating, and the run may have started where it is not deduplicated. */
const delivered =
  (outcome: WorkflowErrorCode) =>
  (idempotent: boolean): Expected => ({ outcome, attempts: 1, retryable: false, mayHaveStarted: !idempotent });
/** The vendor turned the request down: nothing started. */
const refused =
  (outcome: WorkflowErrorCode, retryable = false, attempts = 1) =>
  (): Expected => ({ outcome, attempts, retryable, mayHaveStarted: false });
const succeeds =
  (attempts = 1) =>
  (): Expected => ({ outcome: 'ok', attempts });

/** Every form an echo of the credential can take: as sent, JSON-escaped with `\/`, percent-encoded. */
function echoForms(request: EchoedRequest): string {
  const credential = request.headers.authorization ?? request.headers['x-api-key'] ?? '';
  return [
    credential,
    JSON.stringify(credential).slice(1, -1).replaceAll('/', '\\/'),
    encodeURIComponent(credential),
  ].join(' ');
}

export const faults: Fault[] = [
  {
    id: 'refused',
    name: 'Connection refused',
    socketOnly: true,
    unreachable: true,
    starts: false,
    answer: () => ({ kind: 'mock' }),
    // Nothing listens, so the server sees nothing; the client tries 1 + maxRetries times.
    expected: refused('network', true, 0),
  },
  {
    id: 'dropped',
    name: 'Connection closed after the request was read',
    starts: true,
    answer: () => ({ kind: 'drop' }),
    expected: replayedWithKey('network'),
  },
  {
    id: 'reset-mid-body',
    name: 'Connection reset in the middle of a 2xx body',
    starts: true,
    answer: async (_, mock) => {
      const answer = await mock();
      return {
        kind: 'respond',
        status: answer.status,
        headers: answer.headers,
        body: answer.body,
        cutAfterBytes: Math.floor(answer.body.length / 2),
      };
    },
    expected: replayedWithKey('network'),
  },
  {
    id: 'never-answers',
    name: 'A server that never answers',
    starts: true,
    answer: () => ({ kind: 'hang' }),
    timeoutMs: EXPECTED_TIMEOUT_MS,
    countedAtClient: true,
    expected: replayedWithKey('timeout'),
  },
  {
    id: 'caller-aborts',
    name: 'The caller aborts while the server is silent',
    starts: true,
    answer: () => ({ kind: 'hang' }),
    callerAborts: true,
    // Never retried, key or no key: the caller asked to stop.
    expected: (idempotent) => ({ outcome: 'aborted', attempts: 1, retryable: false, mayHaveStarted: !idempotent }),
  },
  {
    id: 'trickle',
    name: 'A 2xx body trickled a byte at a time, slower than the timeout',
    starts: true,
    timeoutMs: EXPECTED_TIMEOUT_MS,
    countedAtClient: true,
    answer: async (_, mock) => {
      const answer = await mock();
      return {
        kind: 'respond',
        status: answer.status,
        headers: answer.headers,
        body: answer.body,
        trickle: { bytes: 1, everyMs: 250 },
      };
    },
    expected: replayedWithKey('timeout'),
  },
  {
    id: 'truncated-json',
    name: 'A 2xx with truncated JSON',
    starts: true,
    answer: async (_, mock) => {
      const answer = await mock();
      return {
        kind: 'respond',
        status: answer.status,
        headers: { 'content-type': 'application/json' },
        body: answer.body.slice(0, Math.floor(answer.body.length / 2)),
      };
    },
    expected: delivered('unexpected_response'),
  },
  ...(
    [
      [401, 'unauthorized'],
      [404, 'not_found'],
    ] as const
  ).map(
    ([status, code]): Fault => ({
      id: `vendor-${status}`,
      name: `A ${status} from the vendor, with a JSON error and a request id`,
      starts: false,
      answer: () => ({
        kind: 'respond',
        status,
        headers: { 'content-type': 'application/json', 'x-request-id': `req-${status}` },
        body: text(`{"error":"${code}","message":"refused with ${status}"}`),
      }),
      expected: refused(code),
    }),
  ),
  ...(
    [
      [502, 'Bad Gateway'],
      [503, 'Service Temporarily Unavailable'],
      [504, 'Gateway Time-out'],
    ] as const
  ).map(
    ([status, title]): Fault => ({
      id: `proxy-${status}`,
      name: `An HTML ${status} page from a proxy`,
      starts: false,
      answer: () => html(status, title),
      expected: replayedWithKey('server_error'),
    }),
  ),
  {
    id: 'empty-2xx',
    name: 'A 2xx with an empty body',
    starts: true,
    answer: async (_, mock) => ({
      kind: 'respond',
      status: (await mock()).status,
      headers: { 'content-type': 'application/json' },
      body: new Uint8Array(),
    }),
    expected: delivered('unexpected_response'),
  },
  {
    id: 'wrong-content-type',
    name: 'A 2xx with the right JSON labelled text/plain',
    starts: true,
    answer: async (_, mock) => {
      const answer = await mock();
      return {
        kind: 'respond',
        status: answer.status,
        headers: { ...answer.headers, 'content-type': 'text/plain' },
        body: answer.body,
      };
    },
    // The body is judged, not its label: a proxy that relabels a valid answer loses nothing.
    expected: succeeds(),
  },
  {
    id: 'huge-body',
    name: 'A 2xx body of 12 MiB, streamed without a length',
    starts: true,
    answer: () => ({
      kind: 'respond',
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: new Uint8Array(12 * 1024 * 1024).fill(0x20),
      chunked: true,
    }),
    expected: delivered('unexpected_response'),
  },
  {
    id: '429-seconds',
    name: '429 once, Retry-After: 1 (seconds)',
    starts: false,
    answer: once({
      kind: 'respond',
      status: 429,
      headers: { 'retry-after': '1', 'content-type': 'application/json' },
      body: text('{"error":"rate limited"}'),
    }),
    expected: succeeds(2),
  },
  {
    id: '429-date',
    name: '429 once, Retry-After as an HTTP date',
    starts: false,
    answer: (attempt) =>
      once({
        kind: 'respond',
        status: 429,
        headers: { 'retry-after': new Date(Date.now() + 1000).toUTCString(), 'content-type': 'application/json' },
        body: text('{"error":"rate limited"}'),
      })(attempt),
    expected: succeeds(2),
  },
  {
    id: '429-bare',
    name: '429 once, no Retry-After',
    starts: false,
    answer: once({
      kind: 'respond',
      status: 429,
      headers: { 'content-type': 'application/json' },
      body: text('{"error":"rate limited"}'),
    }),
    expected: succeeds(2),
  },
  {
    id: '429-always',
    name: '429 on every attempt',
    starts: false,
    answer: () => ({
      kind: 'respond',
      status: 429,
      headers: { 'retry-after': '0', 'content-type': 'application/json' },
      body: text('{"error":"rate limited"}'),
    }),
    expected: refused('rate_limited', true, ALL_ATTEMPTS),
  },
  {
    id: '429-too-long',
    name: '429, Retry-After: 3600 (beyond the 60 s the client waits)',
    starts: false,
    answer: () => ({
      kind: 'respond',
      status: 429,
      headers: { 'retry-after': '3600', 'content-type': 'application/json' },
      body: text('{"error":"rate limited"}'),
    }),
    expected: refused('rate_limited', true),
  },
  ...[302, 307, 308].map(
    (status): Fault => ({
      id: `redirect-${status}`,
      name: `A ${status} redirect to another host`,
      starts: false,
      answer: () => ({ kind: 'respond', status, headers: { location: 'https://elsewhere.example/steal' } }),
      expected: delivered('unexpected_response'),
    }),
  ),
  {
    id: 'echo-2xx',
    name: 'A 2xx without the fields the spec requires, echoing the request and its credential',
    starts: true,
    answer: (_, __, request) => ({
      kind: 'respond',
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: text(JSON.stringify({ echo: request })),
    }),
    expected: delivered('unexpected_response'),
  },
  {
    id: 'echo-401',
    name: 'A 401 echoing the credential, escaped and encoded, in its status text, request id and body',
    starts: false,
    answer: (_, __, request) => ({
      kind: 'respond',
      status: 401,
      statusText: `Bad ${request.headers.authorization ?? request.headers['x-api-key']}`,
      headers: { 'content-type': 'application/json', 'x-request-id': encodeURIComponent(echoForms(request)) },
      body: text(`{"message":"${'x'.repeat(190)}${echoForms(request)}","echo":${JSON.stringify(request)}}`),
    }),
    expected: refused('unauthorized'),
  },
  {
    id: 'deep-json',
    name: 'A 2xx of JSON nested 10,000 levels deep',
    starts: true,
    answer: () => ({
      kind: 'respond',
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: text(`{"data":${'['.repeat(10_000)}${']'.repeat(10_000)}}`),
    }),
    expected: delivered('unexpected_response'),
  },
  {
    id: 'proto-body',
    name: 'A 400 whose body has a `__proto__` key',
    starts: false,
    answer: () => ({
      kind: 'respond',
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: text('{"__proto__":{"polluted":true},"message":"refused"}'),
    }),
    expected: refused('validation_failed'),
    check: (error) => {
      const body = (error as { body?: object }).body;
      if (Object.getPrototypeOf(body) !== Object.prototype || 'polluted' in (body ?? {}))
        throw new Error('the error body’s prototype was replaced');
    },
  },
  {
    id: 'retry-after-huge',
    name: '429, Retry-After: 400 digits of seconds',
    starts: false,
    answer: () => ({
      kind: 'respond',
      status: 429,
      headers: { 'retry-after': '9'.repeat(400), 'content-type': 'application/json' },
      body: text('{"error":"rate limited"}'),
    }),
    expected: refused('rate_limited', true),
    check: (error) => {
      if ((error as { retryAfterMs?: number }).retryAfterMs !== 86_400_000)
        throw new Error('retryAfterMs is not clamped to a day');
    },
  },
  {
    id: 'gzip-lie',
    name: 'A 2xx labelled gzip that is not',
    socketOnly: true,
    starts: true,
    answer: async (_, mock) => ({
      kind: 'respond',
      status: (await mock()).status,
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: (await mock()).body,
    }),
    expected: delivered('unexpected_response'),
  },
  {
    id: 'interim-100',
    name: 'An unsolicited 100 Continue before the answer',
    socketOnly: true,
    starts: true,
    answer: async (attempt, mock) =>
      attempt === 0 ? { kind: 'respond', ...(await mock()), interim: true } : { kind: 'mock' },
    // fetch cannot read such an answer, but the server has the request: the run may well have
    // started, so the error must not say the vendor was never reached.
    check: (error) => {
      if (error && !/failed after the request was sent/.test((error as Error).message))
        throw new Error('a network failure after sending is reported as if the vendor was never reached');
    },
    expected: (idempotent) =>
      idempotent
        ? { outcome: 'ok', attempts: 2 }
        : { outcome: 'network', attempts: 1, retryable: false, mayHaveStarted: true },
  },
  {
    id: 'status-999',
    name: 'An answer with status 999',
    socketOnly: true,
    starts: true,
    answer: () => ({ kind: 'respond', status: 999, headers: { 'content-type': 'application/json' }, body: text('{}') }),
    expected: delivered('unexpected_response'),
  },
];
