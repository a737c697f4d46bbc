import { inspect } from 'node:util';
import { isWorkflowApiError } from '@workflow-clients/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWorkflowClient, vendors } from 'workflow-clients';
import { renderings } from '../support/observe.js';
import { allApiKeys, vendorCases } from '../support/vendor-cases.js';
import type { FaultTransport, SeenRequest } from './fault-transports.js';
import { CELL_MAX_RETRIES, CELL_TIMEOUT_MS, type Fault, faults } from './faults.js';

// The fault matrix: every vendor, through the facade, against every fault, staged by one
// transport (MSW, or a real loopback socket: one per test file, since MSW would intercept
// the socket's requests). Each cell asserts the error code, how many requests the server saw,
// and that no run was started twice (per body, or per idempotency key where the vendor
// deduplicates). Everything observable is kept for the secrets audit at the end.

/** Declares the whole matrix, and its audit, for one transport. */
export function defineFaultMatrix(transport: FaultTransport): void {
  /** Everything a user or a log could see, per cell: the audit's haystack. */
  const observed: Array<{ cell: string; text: string }> = [];
  const consoleOutput: string[] = [];

  beforeAll(async () => {
    await transport.start();
    // No real backoff: the matrix is about what is retried, not how long it waits.
    vi.spyOn(Math, 'random').mockReturnValue(0);
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleOutput.push(args.map((arg) => inspect(arg, { depth: 10 })).join(' '));
      });
    }
  });
  afterAll(() => transport.stop());

  /** A recorded request minus the credential's own header, which must carry it. */
  function requestWithoutAuth(request: SeenRequest): string {
    const { authorization: _authorization, 'x-api-key': _apiKey, ...headers } = request.headers;
    return JSON.stringify({ ...request, headers });
  }

  async function runCell(transport: FaultTransport, vendor: (typeof vendors)[number], fault: Fault) {
    const cell = `${transport.name}:${vendor}:${fault.id}`;
    const { apiKey, workflowId } = vendorCases[vendor];
    let clientAttempts = 0;
    const client = createWorkflowClient({
      vendor,
      apiKey,
      baseUrl: transport.baseUrlOf(vendor, fault),
      timeoutMs: fault.timeoutMs ?? CELL_TIMEOUT_MS,
      maxRetries: CELL_MAX_RETRIES,
      headers: { 'x-test-cell': cell, 'x-test-fault': fault.id },
      fetch: (request: Request) => {
        clientAttempts += 1;
        return globalThis.fetch(request);
      },
    });
    // Aborted once the server has the request, not after a fixed time, which a loaded machine
    // could reach before the request is even sent.
    const caller = new AbortController();
    const watcher = fault.callerAborts
      ? setInterval(() => {
          if (transport.seen.some((request) => request.cell === cell)) caller.abort();
        }, 10)
      : undefined;
    const settled = await client
      .run(workflowId, { cell }, fault.callerAborts ? { signal: caller.signal } : {})
      .finally(() => clearInterval(watcher))
      .then(
        (run) => ({ outcome: 'ok' as const, run, error: undefined }),
        (error: unknown) => ({
          outcome: isWorkflowApiError(error) ? error.code : `not a WorkflowApiError: ${String(error)}`,
          run: undefined,
          error,
        }),
      );
    const seen = transport.seen.filter((request) => request.cell === cell);
    for (const text of [
      ...renderings(settled.error),
      ...seen.map(requestWithoutAuth),
      JSON.stringify(settled.run ?? null),
    ])
      observed.push({ cell, text });
    return { cell, settled, seen, clientAttempts };
  }

  describe(`faults staged by ${transport.name}`, () => {
    const cells = vendors.flatMap((vendor) =>
      faults
        .filter((fault) => transport.name === 'socket' || !fault.socketOnly)
        .map((fault) => [vendor, fault.id, fault] as const),
    );

    it.concurrent.each(cells)('%s, %s', { timeout: 300_000 }, async (vendor, _id, fault) => {
      const { idempotent, apiKey } = vendorCases[vendor];
      const { settled, seen, clientAttempts } = await runCell(transport, vendor, fault);
      const expected = fault.expected(idempotent);
      const error = settled.error as
        | { retryable?: boolean; mayHaveStarted?: boolean; idempotencyKey?: string }
        | undefined;
      if (fault.countedAtClient) expect(seen.length).toBeLessThanOrEqual(clientAttempts);
      expect({
        outcome: settled.outcome,
        attempts: fault.countedAtClient ? clientAttempts : seen.length,
        ...(error && { retryable: error.retryable, mayHaveStarted: error.mayHaveStarted }),
      }).toEqual(expected);
      if (fault.id === 'refused') expect(clientAttempts).toBe(1 + CELL_MAX_RETRIES);
      if (settled.error) expect(settled.error).toMatchObject({ vendor });
      fault.check?.(settled.error);
      // Where the vendor deduplicates, the error names the key every attempt sent, to repeat with.
      if (error && idempotent) expect(error.idempotencyKey).toBe(seen[0]?.idempotencyKey ?? error.idempotencyKey);
      if (error && !idempotent) expect(error.idempotencyKey).toBeUndefined();
      if (fault.id.startsWith('vendor-'))
        expect(settled.error).toMatchObject({
          status: Number(fault.id.slice(7)),
          requestId: fault.id.replace('vendor', 'req'),
          body: expect.objectContaining({ error: expect.any(String) }),
        });

      // No run started twice: per body, or per key where the vendor deduplicates on it.
      const started = seen.filter((request) => request.starts);
      const executions = idempotent ? new Set(started.map((request) => request.idempotencyKey)).size : started.length;
      expect(executions).toBeLessThanOrEqual(1);
      if (idempotent) {
        expect(new Set(seen.map((request) => request.idempotencyKey)).size).toBeLessThanOrEqual(1);
        for (const request of seen) expect(request.idempotencyKey).toMatch(/\S/);
      }
      expect(new Set(seen.map((request) => request.body)).size).toBeLessThanOrEqual(1);
      for (const text of renderings(settled.error)) expect(text).not.toContain(apiKey);
    });
  });

  describe('across the whole matrix', () => {
    it('kept every spec: no request broke its contract', () => {
      expect(transport.contractFailures()).toEqual([]);
    });

    it('never showed a credential: not in any error, any log line, or any recorded request', () => {
      expect(observed.length).toBeGreaterThan(faults.length * vendors.length);
      const leaks = [...observed, ...consoleOutput.map((text) => ({ cell: 'console', text }))].filter(({ text }) =>
        allApiKeys.some((key) => text.includes(key)),
      );
      expect(leaks.map(({ cell }) => cell)).toEqual([]);
    });
  });
}
