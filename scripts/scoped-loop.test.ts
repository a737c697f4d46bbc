import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { vendorSlugs } from './specs.mjs';
import { copyWorkingTree } from './support/copy-working-tree.mjs';

// The maintainer's loop stays scoped: after an edit to one vendor's spec and `pnpm generate`,
// turbo's hash of every other vendor's tasks is unchanged, so `pnpm test` finds them in its
// cache. Read from turbo's own dry run (`--dry=json`) on a copy of the working tree, before
// and after the edit: what turbo would re-run, without running it.
const root = join(import.meta.dirname, '..');
const TASKS = ['generate', 'build', 'typecheck', 'test', 'check-package', 'size'];
// What every spec edit reaches besides the vendor's own package: the mock (it embeds every
// spec), the facade, the cross-vendor suites and the demo (they cover every vendor), the
// benchmarks (they measure every package) and the scripts (they read every spec).
const SHARED = [
  '@workflow-clients/msw',
  'workflow-clients',
  '@workflow-clients/tests',
  '@workflow-clients/examples',
  '@workflow-clients/bench',
];
const SCRIPTS = '@workflow-clients/scripts';

const copy = mkdtempSync(join(tmpdir(), 'wc-scoped-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
copyWorkingTree(root, copy);
// The workspace's installed tools (turbo, openapi-typescript, yaml), as the real loop uses them.
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));

function taskHashes(): Map<string, string> {
  const plan = execFileSync(join(root, 'node_modules/.bin/turbo'), ['run', ...TASKS, '--dry=json'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  const { tasks } = JSON.parse(plan) as { tasks: { taskId: string; hash: string }[] };
  return new Map(tasks.map((task) => [task.taskId, task.hash]));
}

const packageOf = (taskId: string) => taskId.slice(0, taskId.lastIndexOf('#'));
// Generation writes here, as on a maintainer's machine; with CI set it would only check.
const regenerate = (vendor: string) =>
  execFileSync('node', ['scripts/generate.mjs', 'types', vendor], {
    cwd: copy,
    stdio: 'pipe',
    env: { ...process.env, CI: '' },
  });

describe.each(vendorSlugs())('an edit to specs/%s/openapi.yaml, then pnpm generate', (vendor) => {
  it("re-runs that vendor's tasks and the shared ones; every other vendor's are cache hits", () => {
    const before = taskHashes();
    const spec = join(copy, 'specs', vendor, 'openapi.yaml');
    const original = readFileSync(spec, 'utf8');
    writeFileSync(spec, original.replace(/^ {2}title: (.*)$/m, '  title: $1 (revised)'));
    try {
      regenerate(vendor);
      const after = taskHashes();
      const changed = new Set([...after].filter(([id, hash]) => before.get(id) !== hash).map(([id]) => packageOf(id)));

      const own = `@workflow-clients/${vendor}`;
      expect(changed).toContain(own);
      expect(changed).toContain('@workflow-clients/msw');
      const unexpected = [...changed].filter((name) => name !== own && name !== SCRIPTS && !SHARED.includes(name));
      expect(unexpected, 'packages an edit to one vendor should leave cached').toEqual([]);
      // The same holds task by task: the other vendors' tests and type checks keep their hashes.
      for (const other of vendorSlugs().filter((slug) => slug !== vendor)) {
        for (const task of ['typecheck', 'test']) {
          const id = `@workflow-clients/${other}#${task}`;
          expect(after.get(id), id).toBe(before.get(id));
        }
      }
    } finally {
      writeFileSync(spec, original);
      regenerate(vendor);
    }
  });
});

// The other way round: vendor tests run the mock's engine from its source, and the mock bundles
// it, so an edit to any module of it re-runs them all, or a cached pass would hide an engine that
// no longer loads. The mock's own modules (its default specs) are none of the vendors' business.
describe("an edit to a module of the mock's engine", () => {
  it.each([
    'packages/mock-engine/src/scenario/run-models.ts',
    'packages/mock-engine/src/spec-mock/answer.ts',
    'packages/mock-engine/src/operation-contract.ts',
  ])("re-runs every vendor's tests and type checks, and the mock's build and tests (%s)", (module) => {
    const before = taskHashes();
    const file = join(copy, module);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\n// edited\n`);
    try {
      const after = taskHashes();
      const ids = [
        ...vendorSlugs().flatMap((vendor) => [
          `@workflow-clients/${vendor}#typecheck`,
          `@workflow-clients/${vendor}#test`,
        ]),
        '@workflow-clients/msw#build',
        '@workflow-clients/msw#test',
      ];
      for (const id of ids) expect(after.get(id), id).not.toBe(before.get(id));
    } finally {
      writeFileSync(file, original);
    }
  });

  it("leaves every vendor's tests cached after an edit to the mock's own entry", () => {
    const before = taskHashes();
    const file = join(copy, 'packages/msw/src/index.ts');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\n// edited\n`);
    try {
      const after = taskHashes();
      expect(after.get('@workflow-clients/msw#test')).not.toBe(before.get('@workflow-clients/msw#test'));
      for (const vendor of vendorSlugs())
        for (const task of ['typecheck', 'test']) {
          const id = `@workflow-clients/${vendor}#${task}`;
          expect(after.get(id), id).toBe(before.get(id));
        }
    } finally {
      writeFileSync(file, original);
    }
  });
});
