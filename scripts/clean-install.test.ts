import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyWorkingTree } from './support/copy-working-tree.mjs';

// The quick start's install, on a copy with nothing installed or built: it prints no warning
// (a bin that does not exist yet, a build script left unapproved, a peer out of range).
const root = join(import.meta.dirname, '..');
const copy = mkdtempSync(join(tmpdir(), 'wc-install-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

it('installs the workspace from its lockfile without a warning', () => {
  copyWorkingTree(root, copy);
  const installed = spawnSync('pnpm', ['install', '--offline', '--frozen-lockfile'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  const output = `${installed.stdout}${installed.stderr}`;
  expect(installed.status, output).toBe(0);
  expect(output).not.toMatch(/WARN|Failed to create bin|Ignored build scripts/i);
}, 600_000);
