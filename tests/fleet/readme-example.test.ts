import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { extractSnippets } from '../docs/readme-snippets.js';
import { type StoreServer, startRedis } from '../support/store-servers.mjs';

// The run queue's README example, run as written in a process of its own against a Redis of its
// own (the port the example reads from REDIS_PORT) and the vendors' spec-backed mock, which a
// preloaded module puts in front of fetch there: the run is queued, started by the worker,
// followed to its end, and the worker tells it. The worker then goes on waiting for work, as a
// worker does: the test stops it.
const root = join(import.meta.dirname, '..', '..');
const [example] = extractSnippets(
  'packages/bullmq/README.md',
  readFileSync(join(root, 'packages/bullmq/README.md'), 'utf8'),
).filter((snippet) => snippet.code.includes('createRunQueue'));
const script = join(import.meta.dirname, '.readme-example.mjs');
const preload = join(import.meta.dirname, '.readme-example-mock.mjs');

let redis: StoreServer;
beforeAll(async () => {
  redis = await startRedis();
  const { code } = await transform(example?.code ?? '', { loader: 'ts', format: 'esm' });
  writeFileSync(script, code);
  writeFileSync(
    preload,
    "import { setupWorkflowMockServer } from '@workflow-clients/msw/node';\nsetupWorkflowMockServer({ scenario: {} }).listen();\n",
  );
}, 30_000);
afterAll(async () => {
  await redis?.dispose();
  rmSync(script, { force: true });
  rmSync(preload, { force: true });
});

it('runs the README example: a run queued, started, followed and settled', { timeout: 60_000 }, async () => {
  expect(example?.compileOnlyBecause).toMatch(/Redis/);
  const child = spawn(process.execPath, ['--import', preload, script], {
    cwd: import.meta.dirname,
    env: { ...process.env, REDIS_PORT: String(redis.port), ALTOSTRAT_API_KEY: 'readme.example.jwt' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no settled run within 50 s; it printed: ${stdout}`)), 50_000);
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        if (/^order-42 succeeded$/m.test(stdout)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => reject(new Error(`the example exited (${code}) first; it printed: ${stdout}`)));
    });
  } finally {
    child.kill('SIGKILL');
  }
});
