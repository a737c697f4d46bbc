#!/usr/bin/env node
// pnpm test:spec: the maintainer's loop after a spec edit, scoped to what the edit reaches and
// complete about it. Each step is one `pnpm test` would fail on after a spec change, in the
// order a fix is cheapest: generation, the build, the API reports (a regenerated type changes
// them), every published package's type-check and tests (turbo re-runs only what the edit
// reaches), the benchmarks' type-cost programs (they compile every vendor's types), the
// changeset gate, and lint. It stops at the first failure, naming the step; at the end it says
// which slower checks it leaves to `pnpm test`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');

/** @type {[title: string, command: string, args: string[], env?: Record<string, string>][]} */
export const STEPS = [
  // Writes, as on a maintainer's machine: the loop follows an edit (CI checks instead).
  ['generate', 'pnpm', ['generate'], { CI: '' }],
  ['build', 'pnpm', ['build']],
  ['API reports', 'node', ['scripts/api-report.mjs', '--check']],
  [
    'type-check and tests of every published package',
    'pnpm',
    ['exec', 'turbo', 'run', 'typecheck', 'test', '--filter=./packages/*'],
  ],
  ["the benchmarks' type-cost programs", 'pnpm', ['--filter', '@workflow-clients/bench', 'typecheck']],
  ['the changeset gate', 'node', ['scripts/spec-diff.mjs']],
  ['lint', 'pnpm', ['lint']],
];

export const LEFT_TO_PNPM_TEST = [
  'the cross-vendor suites of tests/ against the built packages (`pnpm test`)',
  'bundle-size budgets and publint/attw (`check-package`, `size`, in `pnpm test`)',
  "the maintainers' scripts' tests: docs rendered in Chromium, install from tarballs, runtimes (`pnpm test:all`)",
  'the version matrix (`pnpm test:matrix`, in `pnpm test:all`)',
  'the scaffold check (`pnpm test:scaffold`, in `pnpm test:all`)',
];

export function main(cwd = root, log = console.log) {
  for (const [title, command, args, env = {}] of STEPS) {
    log(`\ntest:spec: ${title}`);
    const { status } = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
    if (status !== 0) {
      log(
        `\ntest:spec: failed at "${title}" (\`${command} ${args.join(' ')}\`): fix it, then run pnpm test:spec again`,
      );
      return 1;
    }
  }
  log(
    `\ntest:spec: every check a spec edit can fail passed. Left to \`pnpm test\`:\n${LEFT_TO_PNPM_TEST.map((l) => `  - ${l}`).join('\n')}`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
