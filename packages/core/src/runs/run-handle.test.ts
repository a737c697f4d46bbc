import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acmeDefinition } from '../testing/acme-vendor.js';
import type { WorkflowRun } from '../vendor/provider.js';
import { decodeRunToken, encodeRunToken, readRunToken, runHandles } from './run-handle.js';

// The run token: what it carries, that it is URL-safe, and that anything not a token of this
// version and vendor is refused as invalid_input without being quoted back.
const acme = acmeDefinition;
const id = fc.string({ minLength: 1, maxLength: 200, unit: 'binary' });
const reference = fc.record(
  { vendor: fc.constant('acme'), workflowId: id, runId: id, idempotencyKey: id },
  { requiredKeys: ['vendor', 'workflowId', 'runId'] },
);

const refusal = (token: string) => {
  try {
    decodeRunToken(acme, token);
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('the token was accepted');
};

describe('run tokens', () => {
  it('give back exactly the run they were made from, in URL-safe characters', () => {
    fc.assert(
      fc.property(reference, (run) => {
        const token = encodeRunToken(run);
        expect(token).toMatch(/^wcr1\.[A-Za-z0-9_-]+$/);
        expect(encodeURIComponent(token)).toBe(token);
        expect(decodeRunToken(acme, token)).toEqual(run);
        expect(readRunToken(token)).toEqual(run);
      }),
    );
  });

  it('refuse anything else as invalid_input, never quoting it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        fc.pre(readRunToken(text) === undefined);
        const error = refusal(text);
        expect(error).toMatchObject({ name: 'WorkflowApiError', code: 'invalid_input', vendor: 'acme' });
        if (text.length > 3) expect(error.message).not.toContain(text);
      }),
    );
  });

  it.each([
    [
      'a token of a newer version',
      `wcr2.${encodeRunToken({ vendor: 'acme', workflowId: 'w', runId: 'r' }).slice(5)}`,
      /version 2.*reads version 1/,
    ],
    ['a damaged token', 'wcr1.!!!!', /not a run token/],
    ['a token whose contents are not JSON', `wcr1.${btoa('not json').replace(/=/g, '')}`, /damaged/],
    ['a token naming no run', `wcr1.${btoa('{"vendor":"acme"}').replace(/=/g, '')}`, /does not name a run/],
    ['an absurdly long token', `wcr1.${'A'.repeat(100_000)}`, /not a run token/],
  ])('refuse %s', (_, token, message) => {
    expect(refusal(token).message).toMatch(message);
  });

  it('refuse a token of another vendor, naming that vendor only by a slug it could be', () => {
    const other = encodeRunToken({ vendor: 'wiv', workflowId: 'w', runId: 'r' });
    expect(refusal(other).message).toBe('This run token names a run of another vendor (wiv), not of Acme.');
    const hostile = encodeRunToken({ vendor: '<script>\u001b[31m', workflowId: 'w', runId: 'r' });
    expect(refusal(hostile).message).toBe('This run token names a run of another vendor (unnamed), not of Acme.');
  });
});

describe('a run handle', () => {
  const run: WorkflowRun = { vendor: 'acme', workflowId: 'wf', runId: 'run-1', status: 'queued', raw: {} };
  const reads: string[] = [];
  let states: readonly WorkflowRun['status'][] = ['running', 'running', 'succeeded'];
  const handles = runHandles<WorkflowRun>(
    acme,
    {
      getRun: async (workflowId, runId) => {
        reads.push(runId);
        return { ...run, workflowId, runId, status: states[Math.min(reads.length - 1, states.length - 1)]! };
      },
    },
    { workflowId: /^[a-z]+$/ },
  );
  const updatesOf = async (from: WorkflowRun | string, options: object = {}) => {
    const seen: string[] = [];
    for await (const update of handles(from).updates({ intervalMs: 1, ...options })) seen.push(update.status);
    return seen;
  };

  it('keeps only what finds the run again in its token, and has no cancel where the vendor has none', () => {
    const handle = handles({ ...run, idempotencyKey: 'k-1', raw: { secret: 'x' } } as WorkflowRun);
    expect(readRunToken(String(handle))).toEqual({
      vendor: 'acme',
      workflowId: 'wf',
      runId: 'run-1',
      idempotencyKey: 'k-1',
    });
    expect(JSON.stringify({ handle })).toBe(`{"handle":"${String(handle)}"}`);
    expect('cancel' in handle).toBe(false);
  });

  it('yields each status once, from the run it was given to the settled one', async () => {
    reads.length = 0;
    states = ['running', 'running', 'succeeded'];
    expect(await updatesOf(run)).toEqual(['queued', 'running', 'succeeded']);
  });

  it('does not report a step back, nor a status again', async () => {
    reads.length = 0;
    states = ['running', 'queued', 'running', 'queued', 'succeeded'];
    expect(await updatesOf(run)).toEqual(['queued', 'running', 'succeeded']);
  });

  it('reads a run known by its token first, inside the wait', async () => {
    reads.length = 0;
    states = ['running', 'succeeded'];
    expect(await updatesOf(String(handles(run)))).toEqual(['running', 'succeeded']);
    expect(reads).toHaveLength(2);
  });

  it('ends at a signal aborted before, or while the loop handles an update, reading nothing more', async () => {
    reads.length = 0;
    states = ['running'];
    await expect(updatesOf(run, { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'aborted' });
    expect(reads).toHaveLength(0);
    const controller = new AbortController();
    const seen: string[] = [];
    const loop = async () => {
      for await (const update of handles(run).updates({ intervalMs: 1, signal: controller.signal })) {
        seen.push(update.status);
        controller.abort();
      }
    };
    await expect(loop()).rejects.toMatchObject({ code: 'aborted' });
    expect(seen).toEqual(['queued']);
  });

  it.each([
    ['timeoutMs: 0', { timeoutMs: 0 }],
    ['intervalMs: -1', { intervalMs: -1 }],
    ['timeoutMs: NaN', { timeoutMs: Number.NaN }],
    ['a signal that is not one', { signal: 'stop' }],
  ])('refuses %s before reading anything', async (_, options) => {
    reads.length = 0;
    const handle = handles(String(handles(run)));
    expect(() => handle.updates(options as never)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    await expect(handle.wait(options as never)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(reads).toHaveLength(0);
  });

  it.each([
    ['a workflow id breaking the spec’s pattern', { workflowId: '../admin' }],
    ['a control character', { runId: 'run\u001b[2J' }],
    ['a line break', { runId: 'run\r\nX-Injected: 1' }],
    ['a dot segment', { runId: '..' }],
    ['an absurd length', { runId: 'r'.repeat(5000) }],
  ])('refuses a token or a run with %s', (_, ids) => {
    const forged = encodeRunToken({ vendor: 'acme', workflowId: 'wf', runId: 'run-1', ...ids });
    expect(() => handles(forged)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => handles({ ...run, ...ids })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });

  it('refuses a run of another vendor, or one without an id', () => {
    expect(() => handles({ ...run, vendor: 'wiv' })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => handles({ ...run, runId: undefined } as never)).toThrow(/no runId/);
  });
});
