import { describe, expect, it } from 'vitest';
import { createVendorClient } from '../client/vendor-runtime.js';
import { acmeDefinition } from '../testing/acme-vendor.js';
import { NEVER_ABORTED, PreparedRequest } from './prepared-request.js';

const definition = acmeDefinition;

describe('PreparedRequest', () => {
  it('holds what the call said, with the body as serialised', async () => {
    const request = new PreparedRequest(new URL('https://api.wiv.ai/x'), {
      method: 'post',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
      cache: 'no-store',
    });
    expect(request).toMatchObject({ url: 'https://api.wiv.ai/x', method: 'POST', payload: '{"a":1}' });
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(request.signal).toBe(NEVER_ABORTED);
    expect(await request.json()).toEqual({ a: 1 });
    // Read as often as asked: the body is kept, not consumed.
    expect(await request.text()).toBe('{"a":1}');
    expect(request.toRequest()).toMatchObject({ cache: 'no-store', redirect: 'manual', method: 'POST' });
  });

  it('clones with headers of its own', () => {
    const request = new PreparedRequest('https://api.wiv.ai/x', { headers: { a: '1' } });
    const copy = request.clone();
    copy.headers.set('a', '2');
    expect(request.headers.get('a')).toBe('1');
    expect(copy).toBeInstanceOf(PreparedRequest);
  });

  it('counts a fetch Request as one of its own, so a middleware may return either', () => {
    expect(new Request('https://api.wiv.ai/x')).toBeInstanceOf(PreparedRequest);
    expect(new PreparedRequest('https://api.wiv.ai/x')).toBeInstanceOf(PreparedRequest);
    expect({ url: 'https://api.wiv.ai/x' }).not.toBeInstanceOf(PreparedRequest);
  });

  it('is what a middleware on the client sees: URL, method, headers and body readable', async () => {
    const client = createVendorClient<Record<string, never>>(definition, {
      apiKey: 'prepared-request-key',
      fetch: async () => new Response('{}', { headers: { 'content-type': 'application/json' } }),
    });
    const seen: unknown[] = [];
    client.use({
      async onRequest({ request }) {
        seen.push(request.method, request.url, request.headers.get('content-type'), await request.clone().json());
        seen.push(request.signal.aborted);
      },
    });
    await client.POST('/workflows/wf/run' as never, { body: { payload: { n: 1 } } } as never);
    expect(seen).toEqual([
      'POST',
      'https://api.wiv.ai/workflows/wf/run',
      'application/json',
      { payload: { n: 1 } },
      false,
    ]);
  });

  it('carries a signal given to the client’s call, which aborts it', async () => {
    const client = createVendorClient<Record<string, never>>(definition, {
      apiKey: 'prepared-request-key',
      fetch: () => new Promise<Response>(() => {}),
    });
    const controller = new AbortController();
    const call = client.POST('/workflows/wf/run' as never, { body: {}, signal: controller.signal } as never);
    controller.abort();
    await expect(call).rejects.toMatchObject({ code: 'aborted' });
  });
});
