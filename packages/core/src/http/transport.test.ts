import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVendorClient } from '../client/vendor-runtime.js';
import { acmeDefinition } from '../testing/acme-vendor.js';
import type { VendorDefinition } from '../vendor/vendor-definition.js';

// The retry loop and how it hands each attempt to fetch, with a fetch passed in or stubbed.
// Acme with an idempotency key, so that a 429 and a 5xx are both retried.
const definition: VendorDefinition = {
  ...acmeDefinition,
  capabilities: { ...acmeDefinition.capabilities, idempotency: true },
  retryPolicy: { idempotencyHeader: 'Idempotency-Key' },
};

type Options = Parameters<typeof createVendorClient>[1];
const client = (options: Options = {}) =>
  createVendorClient<Record<string, never>>(definition, { apiKey: 'transport-test-key', ...options });
// The paths type is empty: these tests are about the transport, not an operation.
const post = (on: ReturnType<typeof client>, body: unknown = { payload: { n: 1 } }) =>
  on
    .POST('/workflows/wf/run' as never, { body, headers: { 'Idempotency-Key': 'key-1' } } as never)
    .catch((error: unknown) => error) as Promise<{ data?: unknown } | Error>;

const throttled = () => new Response('{}', { status: 429, headers: { 'retry-after': '0' } });
const ok = () => new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the transport', () => {
  it('gives a fetch passed in one new Request per attempt, each with the same bytes, redirects not followed', async () => {
    const seen: Request[] = [];
    const bodies: string[] = [];
    const answers = [throttled(), throttled(), ok()];
    const fetch = async (request: Request) => {
      seen.push(request);
      bodies.push(await request.text());
      return answers.shift()!;
    };
    const body = { payload: { text: 'héllo ✓', list: [1, 2, 3] } };
    expect(await post(client({ fetch, maxRetries: 2 }), body)).toMatchObject({ data: { ok: true } });
    expect(bodies).toEqual(Array(3).fill(JSON.stringify(body)));
    expect(new Set(seen).size).toBe(3);
    for (const request of seen) {
      expect(request).toBeInstanceOf(Request);
      expect(request.redirect).toBe('manual');
      expect(request.headers.get('idempotency-key')).toBe('key-1');
      expect(request.headers.get('x-api-key')).toBe('transport-test-key');
    }
  });

  it('hands the global fetch a URL and an init, looking it up at each call', async () => {
    const client_ = client({ maxRetries: 1 });
    const calls: [unknown, RequestInit][] = [];
    // Stubbed after the client was made, as MSW patches fetch after the code under test loads.
    vi.stubGlobal('fetch', async (input: unknown, init: RequestInit) => {
      calls.push([input, { ...init }]);
      return calls.length === 1 ? throttled() : ok();
    });
    expect(await post(client_)).toMatchObject({ data: { ok: true } });
    expect(calls).toHaveLength(2);
    for (const [input, init] of calls) {
      expect(input).toBe('https://api.wiv.ai/workflows/wf/run');
      expect(init).toMatchObject({ method: 'POST', body: '{"payload":{"n":1}}', redirect: 'manual' });
      expect(new Headers(init.headers).get('x-api-key')).toBe('transport-test-key');
      expect(init.signal).toBeInstanceOf(AbortSignal);
    }
    // A signal of its own per attempt, so that aborting one attempt cannot touch the next.
    expect(calls[0]![1].signal).not.toBe(calls[1]![1].signal);
  });

  it('sends a Request a middleware returned, with its body, on every attempt', async () => {
    const on = client({ maxRetries: 1 });
    on.use({
      onRequest: async ({ request }) =>
        new Request(request.url, {
          method: request.method,
          headers: { ...Object.fromEntries(request.headers), 'x-trace': 'mw' },
          body: JSON.stringify({ wrapped: await request.json() }),
        }),
    });
    const seen: [unknown, RequestInit | undefined][] = [];
    vi.stubGlobal('fetch', async (input: Request, init?: RequestInit) => {
      seen.push([input, init]);
      return seen.length === 1 ? throttled() : ok();
    });
    expect(await post(on)).toMatchObject({ data: { ok: true } });
    expect(seen).toHaveLength(2);
    for (const [request] of seen) {
      expect(request).toBeInstanceOf(Request);
      const sent = request as Request;
      expect(sent.headers.get('x-trace')).toBe('mw');
      expect(sent.redirect).toBe('manual');
      expect(await sent.json()).toEqual({ wrapped: { payload: { n: 1 } } });
    }
  });

  it('closes the socket of a timed-out attempt, with garbage collected while it waits', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let closed = false;
    let received = 0;
    const server = createServer((request) => {
      received += 1;
      request.socket.on('close', () => {
        closed = true;
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const collecting = setInterval(gc, 10);
    try {
      const { port } = server.address() as AddressInfo;
      const error = await post(client({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 300, maxRetries: 0 }));
      expect(error).toMatchObject({ code: 'timeout' });
      // The attempt's abort reached the fetch: the connection is closed, not left to the server.
      await vi.waitFor(() => expect(closed).toBe(true), { timeout: 5_000 });
      expect(received).toBe(1);
    } finally {
      clearInterval(collecting);
      server.closeAllConnections();
      server.close();
    }
  });
});
