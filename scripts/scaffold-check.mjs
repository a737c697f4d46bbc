#!/usr/bin/env node
// The promise CONTRIBUTING makes of `pnpm new-vendor`, walked as a maintainer walks it: on a
// copy of the repository (committed and installed, as after the quick start), scaffold a vendor,
// then run `pnpm test` there, with no edit in between, and the maintainers' end-to-end tests
// (scripts/) after it. Every suite either runs is in it, so a suite added later that the
// scaffold does not satisfy fails here, by name.
//
// It takes about as long as `pnpm test:all` without the version matrix, so `pnpm test:all`
// (which CI runs) runs it, and `pnpm test:scaffold` alone; `pnpm test` does not. Inside the
// copy it does not run again.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitAll, copyWorkingTree } from './support/copy-working-tree.mjs';

const INSIDE = 'WORKFLOW_CLIENTS_SCAFFOLD_CHECK';
const root = join(import.meta.dirname, '..');
if (process.env[INSIDE]) {
  console.log(`scaffold check: this is the scaffolded copy of ${process.env[INSIDE]}, so it does not nest`);
} else {
  process.exitCode = check();
}

function check() {
  // A vendor the checkout does not have yet.
  const slug = ['acmeflow', 'zenithflow', 'quorumflow'].find((name) => !existsSync(join(root, 'specs', name)));
  const copy = mkdtempSync(join(tmpdir(), 'wc-scaffold-check-'));
  const env = { ...process.env, [INSIDE]: copy, TURBO_TELEMETRY_DISABLED: '1' };
  const step = (title, command, args, stepEnv = env) => {
    console.log(`\nscaffold check: ${title}`);
    const started = performance.now();
    const { status } = spawnSync(command, args, { cwd: copy, stdio: 'inherit', env: stepEnv });
    console.log(
      `scaffold check: ${title}: ${status === 0 ? 'done' : `failed (${status})`} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    return status === 0;
  };
  try {
    copyWorkingTree(root, copy);
    commitAll(copy, 'the checkout before the scaffold');
    const passed =
      step('install', 'pnpm', ['install', '--offline', '--frozen-lockfile']) &&
      step(`pnpm new-vendor ${slug}`, 'pnpm', ['new-vendor', slug]) &&
      step('pnpm test, unedited', 'pnpm', ['test']) &&
      step("the maintainers' tests (scripts/), unedited", 'pnpm', ['--filter', '@workflow-clients/scripts', 'test']);
    console.log(
      passed
        ? `\nscaffold check: pnpm new-vendor ${slug}, then pnpm test and the scripts' tests: passed`
        : `\nscaffold check: pnpm new-vendor ${slug}, then pnpm test and the scripts' tests: FAILED (the copy is kept at ${copy})`,
    );
    if (passed) rmSync(copy, { recursive: true, force: true });
    return passed ? 0 : 1;
  } catch (error) {
    console.error(`scaffold check: ${error instanceof Error ? error.message : String(error)} (the copy is at ${copy})`);
    return 1;
  }
}
