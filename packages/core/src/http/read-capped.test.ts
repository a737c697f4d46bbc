import { describe, expect, it } from 'vitest';
import { acmeScope } from '../testing/acme-vendor.js';
import { MAX_RESPONSE_BYTES, readCapped } from './read-capped.js';

const scope = acmeScope();

const endless = (chunkBytes: number, counter: { pulled: number }) =>
  new ReadableStream({
    pull(controller) {
      counter.pulled += 1;
      controller.enqueue(new Uint8Array(chunkBytes));
    },
  });

describe('readCapped', () => {
  it('refuses an answer whose declared length is over the cap, without reading it', async () => {
    const counter = { pulled: 0 };
    const response = new Response(endless(1024, counter), {
      headers: { 'content-length': String(MAX_RESPONSE_BYTES + 1) },
    });
    const error = await readCapped(scope, response).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ code: 'unexpected_response', status: 200 });
    expect((error as Error).message).toContain(`${MAX_RESPONSE_BYTES + 1} bytes`);
    expect(counter.pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading an answer of unknown length once it passes the cap, and cancels the rest', async () => {
    const counter = { pulled: 0 };
    const error = await readCapped(scope, new Response(endless(1024 * 1024, counter))).catch((failure) => failure);
    expect(error).toMatchObject({ code: 'unexpected_response' });
    expect(counter.pulled * 1024 * 1024).toBeLessThanOrEqual(MAX_RESPONSE_BYTES + 2 * 1024 * 1024);
  });

  it('counts what arrives even when a smaller length was declared', async () => {
    const counter = { pulled: 0 };
    const response = new Response(endless(1024 * 1024, counter), { headers: { 'content-length': '10' } });
    await expect(readCapped(scope, response)).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it('reads an answer just under the cap in full, joining its chunks in order', async () => {
    const chunks = [new Uint8Array(MAX_RESPONSE_BYTES - 2).fill(1), Uint8Array.of(2), Uint8Array.of(3)];
    const bytes = await readCapped(scope, new Response(new Blob(chunks).stream()));
    expect(bytes.byteLength).toBe(MAX_RESPONSE_BYTES);
    expect([bytes[0], bytes.at(-2), bytes.at(-1)]).toEqual([1, 2, 3]);
  });

  it('reads a missing body as empty', async () => {
    expect(await readCapped(scope, new Response(null))).toHaveLength(0);
  });
});
