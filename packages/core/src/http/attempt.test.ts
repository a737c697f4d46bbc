import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { acmeScope } from '../testing/acme-vendor.js';
import { type AttemptPlan, attemptOnce } from './attempt.js';

const plan = (answer: (signal: AbortSignal) => Promise<Response>, extra: Partial<AttemptPlan> = {}): AttemptPlan => ({
  scope: acmeScope(),
  dispatch: (signal) => ({ sent: undefined, answer: answer(signal) }),
  timeoutMs: 1_000,
  deadline: undefined,
  signal: undefined,
  stream: undefined,
  idleTimeoutMs: undefined,
  ...extra,
});

const json = () => Promise.resolve(new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } }));

describe('one attempt', () => {
  it('times out even when the fetch ignores the abort signal, and aborts the signal it gave fetch', async () => {
    let given: AbortSignal | undefined;
    const started = Date.now();
    const error = await attemptOnce(
      plan(
        (signal) => {
          given = signal;
          return new Promise<Response>(() => {});
        },
        { timeoutMs: 50 },
      ),
    ).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ code: 'timeout' });
    expect(given?.aborted).toBe(true);
    // Far below forever, which is what a fetch that ignores its signal would otherwise take.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('times out a body that trickles, not only headers that do not come', async () => {
    const trickle = new ReadableStream({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        controller.enqueue(new Uint8Array(1));
      },
    });
    const error = await attemptOnce(plan(async () => new Response(trickle), { timeoutMs: 100 })).catch((f) => f);
    expect(error).toMatchObject({ code: 'timeout' });
  });

  it('ends with `aborted` when the caller aborts, and leaves no listener on the caller’s signal', async () => {
    const controller = new AbortController();
    const attempt = attemptOnce(plan(() => new Promise<Response>(() => {}), { signal: controller.signal }));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort(new Error('user left'));
    await expect(attempt).rejects.toMatchObject({ code: 'aborted' });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('leaves no listener on the caller’s signal after an answer', async () => {
    const { signal } = new AbortController();
    const answer = await attemptOnce(plan(json, { signal }));
    expect(await answer.json()).toEqual({ ok: true });
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  });

  it('adds no listener to the signal it gives fetch', async () => {
    let given: AbortSignal | undefined;
    await attemptOnce(
      plan((signal) => {
        given = signal;
        return json();
      }),
    );
    expect(getEventListeners(given!, 'abort')).toHaveLength(0);
  });

  it('does not send at all once the caller’s signal has aborted', async () => {
    let sent = 0;
    const error = await attemptOnce(
      plan(
        () => {
          sent += 1;
          return json();
        },
        { signal: AbortSignal.abort() },
      ),
    ).catch((failure) => failure);
    expect(error).toMatchObject({ code: 'aborted' });
    expect(sent).toBe(0);
  });

  it('returns an error answer read in full, for the retry loop to judge', async () => {
    const answer = await attemptOnce(plan(async () => new Response('{"message":"busy"}', { status: 503 })));
    expect(answer.status).toBe(503);
    expect(await answer.text()).toBe('{"message":"busy"}');
  });

  it('turns a status HTTP gives no meaning to into an error, without reading its body', async () => {
    let cancelled = false;
    const odd = {
      status: 600,
      ok: false,
      headers: new Headers(),
      body: new ReadableStream({
        cancel: () => {
          cancelled = true;
        },
      }),
    };
    const error = await attemptOnce(plan(async () => odd as unknown as Response)).catch((failure) => failure);
    expect(error).toMatchObject({ name: 'WorkflowApiError' });
    expect(cancelled).toBe(true);
  });

  it('makes a fetch that throws a `network` error that keeps its cause', async () => {
    const cause = new TypeError('fetch failed');
    const error = await attemptOnce(plan(() => Promise.reject(cause))).catch((failure) => failure);
    expect(error).toMatchObject({ code: 'network', cause });
  });
});
