import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vendors } from 'workflow-clients';
import { vendorCases } from '../support/vendor-cases.js';

// The concurrency soak: soak-run.mjs drives thousands of runs through the built facade, 200
// at a time, against the loopback mock, with faults at fixed rates. This file is the oracle:
// it owns the plan, works out what every run must end as, and watches the process exit.
const RUNS = 3_000;
const IN_FLIGHT = 200;
/** Periods prime to the five vendors, so that every vendor meets every fault. */
const PLAN = { drop: [7, 3], '503': [11, 5], '429-once': [13, 7] } as const;
const HEAP_GROWTH_LIMIT = 8 * 1024 * 1024;
/** About 20 s on an idle machine; ten minutes allows for one running another suite beside it. */
const SOAK_DEADLINE_MS = 600_000;

type Fault = keyof typeof PLAN | 'none';
const faultOf = (run: number): Fault =>
  (Object.entries(PLAN).find(([, [every, remainder]]) => run % every === remainder)?.[0] as Fault | undefined) ??
  'none';

/** What each run must end as, and how many requests the server must have seen for it. */
function expectedFor(run: number) {
  const vendor = vendors[run % vendors.length]!;
  const fault = faultOf(run);
  const replayable = vendorCases[vendor].idempotent; // retries 5xx and resets, with the same key
  const outcome = fault === 'drop' ? 'network' : fault === '503' ? 'server_error' : 'ok';
  const attempts = fault === '429-once' ? 2 : fault === 'none' ? 1 : replayable ? 3 : 1;
  return { key: `${fault}:${vendor}:${outcome}`, attempts };
}

interface SoakResult {
  runs: number;
  durationMs: number;
  outcomes: Record<string, number>;
  attempts: number;
  startedTwice: number[];
  contractFailures: number;
  heapGrowth: number;
}

function soak(): Promise<{ result: SoakResult; code: number | null; exitAfterResultMs: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        join(import.meta.dirname, 'soak-run.mjs'),
        String(RUNS),
        String(IN_FLIGHT),
        JSON.stringify(PLAN),
        JSON.stringify(vendorCases),
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    let resultAt = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!resultAt && stdout.includes('\n')) resultAt = Date.now();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Bounded in time: a soak that has not ended by then has hung, which is the failure.
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`The soak did not end within ${SOAK_DEADLINE_MS / 1000} s. Output so far:\n${stdout}\n${stderr}`),
      );
    }, SOAK_DEADLINE_MS);
    child.on('exit', (code) => {
      clearTimeout(deadline);
      try {
        resolve({
          result: JSON.parse(stdout.trim()) as SoakResult,
          code,
          exitAfterResultMs: Date.now() - resultAt,
          stderr,
        });
      } catch (error) {
        reject(new Error(`The soak printed no result (exit ${code}):\n${stdout}\n${stderr}`, { cause: error }));
      }
    });
  });
}

describe('the concurrency soak', () => {
  it(
    'settles every run as its fault dictates, starts none twice, frees its memory and exits by itself',
    async () => {
      const { result, code, exitAfterResultMs, stderr } = await soak();
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      // Nothing (socket, timer) kept the process alive once the work was done.
      expect(exitAfterResultMs).toBeLessThan(5_000);

      const expectedOutcomes: Record<string, number> = {};
      let expectedAttempts = 0;
      for (let run = 0; run < RUNS; run++) {
        const { key, attempts } = expectedFor(run);
        expectedOutcomes[key] = (expectedOutcomes[key] ?? 0) + 1;
        expectedAttempts += attempts;
      }
      expect(result.outcomes).toEqual(expectedOutcomes);
      expect(Object.values(result.outcomes).reduce((sum, count) => sum + count, 0)).toBe(RUNS);
      expect(result.attempts).toBe(expectedAttempts);
      expect(result.startedTwice).toEqual([]);
      expect(result.contractFailures).toBe(0);
      expect(result.heapGrowth).toBeLessThan(HEAP_GROWTH_LIMIT);
      // About 20 s on an idle machine; the bound allows for a busy one.
      expect(result.durationMs).toBeLessThan(SOAK_DEADLINE_MS);
    },
    SOAK_DEADLINE_MS + 60_000,
  );
});
