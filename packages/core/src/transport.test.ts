import { describe, expect, it } from 'vitest';
import { MAX_RESPONSE_BYTES } from './read-capped.js';
import { streamedAnswer } from './streamed-answer.js';
import type { VendorDefinition } from './vendor-definition.js';
import { createVendorClient, createVendorRuntime } from './vendor-runtime.js';

// The transport's own guarantees, with a fetch passed in: no network, no mock server.
const definition: VendorDefinition = {
  slug: 'acme',
  name: 'Acme',
  capabilities: { resume: false, cancel: false, idempotency: false, getRun: false },
  apiKeyEnvVar: 'WIV_API_KEY',
  defaultBaseUrl: 'https://api.wiv.ai',
  auth: { type: 'apiKeyHeader', header: 'X-API-KEY' },
};

const post = (fetch: (request: Request) => Promise<Response>, timeoutMs = 1_000) =>
  createVendorClient<Record<string, never>>(definition, {
    apiKey: 'transport-test-key',
    fetch,
    timeoutMs,
    maxRetries: 0,
  })
    // The paths type is empty: these tests are about the transport, not an operation.
    .POST('/workflows/wf/run' as never, { body: { payload: {} } } as never)
    .catch((error: unknown) => error);

describe('the transport', () => {
  it('times out even when the fetch it was given ignores the abort signal', async () => {
    const started = Date.now();
    const error = await post(() => new Promise<Response>(() => {}), 50);
    expect(error).toMatchObject({ code: 'timeout' });
    // Far below forever, which is what a fetch that ignores its signal would otherwise take.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses an answer whose declared length is over the cap, without reading it', async () => {
    let pulled = 0;
    const body = new ReadableStream({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const error = await post(
      async () => new Response(body, { headers: { 'content-length': String(MAX_RESPONSE_BYTES + 1) } }),
    );
    expect(error).toMatchObject({ code: 'unexpected_response', status: 200 });
    expect((error as Error).message).toContain(`${MAX_RESPONSE_BYTES + 1} bytes`);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading an answer of unknown length once it passes the cap', async () => {
    let sent = 0;
    const body = new ReadableStream({
      pull(controller) {
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const error = await post(async () => new Response(body));
    expect(error).toMatchObject({ code: 'unexpected_response' });
    expect(sent).toBeLessThanOrEqual(MAX_RESPONSE_BYTES + 2 * 1024 * 1024);
  });

  it('reads an answer just under the cap in full', async () => {
    const json = `{"pad":"${' '.repeat(MAX_RESPONSE_BYTES - 20)}"}`;
    const result = (await post(
      async () => new Response(json, { headers: { 'content-type': 'application/json' } }),
    )) as { data?: unknown };
    expect(result.data).toMatchObject({ pad: expect.any(String) });
  });
});

describe('a streamed answer', () => {
  const streamPost = (fetch: (request: Request) => Promise<Response>, signal: AbortSignal) => {
    const { client, call } = createVendorRuntime<Record<string, never>>(definition, {
      apiKey: 'transport-test-key',
      fetch,
      maxRetries: 0,
    });
    return client.POST(
      '/workflows/wf/stream' as never,
      { body: {}, parseAs: 'stream', ...call({ signal }, { stream: streamedAnswer }) } as never,
    ) as Promise<{
      data?: ReadableStream<Uint8Array>;
    }>;
  };

  it('passes the body through whole, and a cancel through to the server’s stream', async () => {
    const chunked = async () => new Response(new Blob(['one ', 'two ', 'three']).stream());
    const { data } = await streamPost(chunked, new AbortController().signal);
    expect(await new Response(data).text()).toBe('one two three');
    let cancelled = false;
    const endless = async () =>
      new Response(
        new ReadableStream({
          pull: (stream) => stream.enqueue(new Uint8Array(1)),
          cancel: () => {
            cancelled = true;
          },
        }),
      );
    const { data: cancelMe } = await streamPost(endless, new AbortController().signal);
    await cancelMe?.cancel();
    expect(cancelled).toBe(true);
  });

  it('still lets the caller’s signal reach the body while it is being read', async () => {
    const controller = new AbortController();
    const endless = async (request: Request) =>
      new Response(
        new ReadableStream({
          pull: (stream) =>
            request.signal.aborted ? stream.error(request.signal.reason) : stream.enqueue(new Uint8Array(1)),
        }),
      );
    const { data } = await streamPost(endless, controller.signal);
    const reader = data!.getReader();
    await reader.read();
    controller.abort();
    await expect(
      (async () => {
        for (;;) if ((await reader.read()).done) return;
      })(),
    ).rejects.toBeDefined();
  });
});
