import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { STEPS } from './spec-loop.mjs';
import { copyWorkingTree } from './support/copy-working-tree.mjs';

// `pnpm test:spec`, the scoped loop after a spec edit, must fail where `pnpm test` would: a
// trial's loop ran green while the API reports and the bench's type-cost programs went stale.
const root = join(import.meta.dirname, '..');
const copy = mkdtempSync(join(tmpdir(), 'wc-spec-loop-'));
const env = { ...process.env, CI: '', TURBO_TELEMETRY_DISABLED: '1' };
const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: copy, encoding: 'utf8', env });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
};

beforeAll(() => {
  copyWorkingTree(root, copy);
  expect(run('pnpm', ['install', '--offline', '--frozen-lockfile']).code).toBe(0);
}, 600_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('pnpm test:spec', () => {
  it('runs every check a spec edit can fail in `pnpm test`, the API reports and the bench programs among them', () => {
    const commands = STEPS.map(([, command, args]) => `${command} ${args.join(' ')}`);
    expect(commands).toContain('node scripts/api-report.mjs --check');
    expect(commands).toContain('pnpm --filter @workflow-clients/bench typecheck');
    expect(commands).toContain('node scripts/spec-diff.mjs');
  });

  it('after a spec edit that changes a public type, fails at the API reports, naming the stale report', () => {
    const file = join(copy, 'specs/altostrat/openapi.yaml');
    const spec = parse(readFileSync(file, 'utf8'));
    // A new optional body field: the generated types, and so the package's API report, change.
    spec.components.schemas.ExecuteWorkflowRequest.properties.label = { type: 'string' };
    writeFileSync(file, stringify(spec));
    const loop = run('node', ['scripts/spec-loop.mjs']);
    expect(loop.code).toBe(1);
    expect(loop.output).toContain('test:spec: failed at "API reports"');
    expect(loop.output).toContain('packages/altostrat/api-report/index.api.md');
  }, 900_000);
});
