import { describe, expect, it } from 'vitest';
import { discard } from './body-release.js';

describe('discard', () => {
  it('cancels a body without waiting for a cancel that never settles', () => {
    let cancelled = false;
    const body = new ReadableStream({
      cancel: () => {
        cancelled = true;
        return new Promise<void>(() => {});
      },
    });
    expect(discard(body)).toBeUndefined();
    expect(cancelled).toBe(true);
  });

  it('swallows a cancel that fails, and accepts no body at all', async () => {
    const body = new ReadableStream({ cancel: () => Promise.reject(new Error('refused')) });
    discard(body);
    discard(null);
    // A rejection left unhandled would fail the run (vitest reports it as an error).
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
