import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SpecMock } from '@workflow-clients/msw';
import { type LoopbackMockServer, startLoopbackMockServer } from '@workflow-clients/msw/node';
import { EdgeRuntime } from 'edge-runtime';
import { build } from 'esbuild';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { vendors } from 'workflow-clients';
import { runOperations } from '../examples/demo-runs.mjs';

// The built facade beyond Node: the same smoke subset (runtimes/runtime-smoke.mjs) runs in
// Node, Bun, Deno and Vercel's edge-runtime, each against the spec-backed mock on a real
// loopback socket, so every request any runtime sends is judged against the vendor's spec.
const here = import.meta.dirname;
const bin = (name: string) => join(here, 'node_modules', '.bin', name);
const smokeEntry = join(here, 'runtimes', 'smoke-entry.mjs');
const run = promisify(execFile);

let loopback: LoopbackMockServer;
beforeAll(async () => {
  loopback = await startLoopbackMockServer();
});
afterAll(() => loopback.close());
beforeEach(() => {
  loopback.mocks.reset();
  for (const vendor of vendors) {
    // The operation each vendor's `run` calls, told to answer 401 once per runtime.
    const operationId = runOperations[vendor];
    if (!operationId) throw new Error(`examples/demo-runs.mjs names no run operation for ${vendor}`);
    // A vendor chosen at run time and an id from the demo's table, so the untyped view of the
    // mock: it checks the id and the status when told.
    const mock = loopback.mocks.vendors[vendor] as unknown as SpecMock;
    mock.respondWith(operationId, { status: 401, times: 1 });
  }
});

async function inChildProcess(command: string, args: string[]): Promise<unknown> {
  // Asynchronous on purpose: the loopback server answers from this very process.
  const { stdout } = await run(command, [...args, loopback.origin], {
    cwd: here,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '');
}

async function inEdgeRuntime(): Promise<unknown> {
  const bundle = await build({
    entryPoints: [join(here, 'runtimes', 'edge-entry.mjs')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const runtime = new EdgeRuntime({ initialCode: bundle.outputFiles[0]!.text });
  const origin = JSON.stringify(loopback.origin);
  const json = await runtime.evaluate<Promise<string>>(
    `runSmoke((vendor) => ${origin} + '/' + vendor).then(JSON.stringify)`,
  );
  return JSON.parse(json);
}

const runtimes: Record<string, () => Promise<unknown>> = {
  node: () => inChildProcess(process.execPath, [smokeEntry]),
  bun: () => inChildProcess(bin('bun'), ['run', smokeEntry]),
  deno: () =>
    inChildProcess(bin('deno'), ['run', '--quiet', '--allow-net=127.0.0.1', '--allow-read', '--allow-env', smokeEntry]),
  'edge-runtime': inEdgeRuntime,
};

describe.each(Object.keys(runtimes))('the built facade under %s', (runtime) => {
  it('runs every vendor, keeps every spec, types its errors and never shows the key', async () => {
    const results = await runtimes[runtime]!();
    expect(results).toEqual(
      vendors.map((vendor) => ({
        vendor,
        unauthorized: 'unauthorized 401',
        keyShown: false,
        emptyId: 'invalid_input',
        run: {
          status: expect.stringMatching(/^(queued|running|waiting_for_input|succeeded)$/),
          hasRunId: vendor !== 'aitutor',
        },
      })),
    );
    // Two requests per vendor reached the mock (the 401 and the run); the empty id never left.
    for (const vendor of vendors) {
      expect(loopback.mocks.vendors[vendor].calls.map((call) => call.status)).toEqual([401, expect.any(Number)]);
    }
    expect(loopback.mocks.contractFailures()).toEqual([]);
  });
});
