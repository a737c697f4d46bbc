import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { type LoopbackMockServer, startLoopbackMockServer } from '@workflow-clients/msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRunToken } from 'workflow-clients';

// The wait that another process picks up: one process starts a run and prints its token, and
// exits; a second one, given only the token, follows the same run to its end. Both talk to the
// spec-backed mock on loopback, playing its scenario, so the run moves on as it is read.
const run = promisify(execFile);
const harness = join(import.meta.dirname, '..');
const cli = join(
  dirname(createRequire(import.meta.url).resolve('workflow-clients/package.json')),
  'bin/workflow-clients.js',
);
const WORKFLOW = 'fl_a1b2c3d4e5f6g7h8';
const KEY = 'resume.test.jwt';

let server: LoopbackMockServer;
beforeAll(async () => {
  server = await startLoopbackMockServer({ scenario: {} });
});
afterAll(() => server.close());

/** Runs an ES module in a fresh Node process inside the harness, as a user's program. */
async function program(source: string, env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', source], {
    cwd: harness,
    env: { ...process.env, ALTOSTRAT_API_KEY: KEY, BASE_URL: server.baseUrlOf('altostrat'), ...env },
  });
  return stdout.trim();
}

const reads = (runId: string) =>
  server.mocks.vendors.altostrat.calls.filter(
    (call) => call.operationId === 'getWorkflowRun' && call.pathParams.runId === runId,
  );

describe('a run started in one process', { timeout: 60_000 }, () => {
  it('is followed to its end by another process, from its token alone', async () => {
    const token = await program(`
      import { createWorkflowClient } from 'workflow-clients';
      const altostrat = createWorkflowClient({ vendor: 'altostrat', baseUrl: process.env.BASE_URL });
      const started = await altostrat.run('${WORKFLOW}', { order: 42 });
      console.log(String(altostrat.handle(started)));
    `);
    expect(token).toMatch(/^wcr1\.[\w-]+$/);
    expect(token).not.toContain(KEY);
    const settled = JSON.parse(
      await program(
        `
      import { createWorkflowClient } from 'workflow-clients';
      const altostrat = createWorkflowClient({ vendor: 'altostrat', baseUrl: process.env.BASE_URL });
      const done = await altostrat.handle(process.env.TOKEN).wait({ intervalMs: 10 });
      console.log(JSON.stringify(done));
    `,
        { TOKEN: token },
      ),
    );
    const started = server.mocks.vendors.altostrat.calls.find((call) => call.operationId === 'executeWorkflow');
    expect(settled).toMatchObject({ vendor: 'altostrat', status: 'succeeded' });
    // The run the first process started: its id, and the reads went to it.
    expect(settled.runId).toMatch(/^fl_run_/);
    expect(reads(settled.runId).length).toBeGreaterThanOrEqual(2);
    // The token keeps the key the run was queued with, for a repeat to be answered with this run.
    expect(readRunToken(token)?.idempotencyKey).toBe(started?.headers['idempotency-key']);
  });

  it('is followed to its end by the command line, from the token it printed', async () => {
    const env = { ...process.env, ALTOSTRAT_API_KEY: KEY };
    const base = ['--base-url', server.baseUrlOf('altostrat')];
    const started = await run(process.execPath, [cli, 'run', 'altostrat', WORKFLOW, '--json', ...base], { env });
    const printed = JSON.parse(started.stdout);
    expect(printed).toMatchObject({ vendor: 'altostrat', status: 'queued', token: expect.stringMatching(/^wcr1\./) });
    const waited = await run(process.execPath, [cli, 'wait', printed.token, '--json', ...base], { env });
    expect(JSON.parse(waited.stdout)).toMatchObject({
      runId: printed.runId,
      status: 'succeeded',
      token: printed.token,
    });
    expect(waited.stderr).toContain(`run ${printed.runId}: `);
  });
});
