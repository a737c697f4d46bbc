import { describe, expect, it } from 'vitest';
import { createVendorRuntime } from '../client/vendor-runtime.js';
import { acmeDefinition } from '../testing/acme-vendor.js';
import { streamedAnswer } from './streamed-answer.js';

// A streamed answer as the transport hands it over, with a fetch passed in: no network, no mock server.
const definition = acmeDefinition;

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
