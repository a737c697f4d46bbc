import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAll, copyWorkingTree } from './support/copy-working-tree.mjs';

// A realistic vendor change replayed end to end on a temporary copy of the repository:
// Altostrat documents `awaiting_ui_interaction` and a new optional `priority` body field.
// The spec diff classifies it and its gate holds until a changeset asks for the bump, the
// drift check names the stale package, regeneration changes the types exactly there, the
// compiler names the status word the provider's table does not map yet, and the tests that
// use the new field fail before regeneration and pass after it.
const root = join(import.meta.dirname, '..');
const copy = mkdtempSync(join(tmpdir(), 'wc-regenerate-'));
const SPEC = 'specs/altostrat/openapi.yaml';
const TYPES = 'packages/altostrat/src/generated/openapi.ts';
const PROVIDER = 'packages/altostrat/src/altostrat-provider.ts';
const STATUS_ENTRY = "  awaiting_ui_interaction: 'waiting_for_input',\n";

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, CI: '', TURBO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}
const git = (...args: string[]) => execFileSync('git', args, { cwd: copy, encoding: 'utf8' });
const read = (path: string) => readFileSync(join(copy, path), 'utf8');
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(copy, path)), { recursive: true });
  writeFileSync(join(copy, path), text);
};

const withoutNewStatus = (spec: string) =>
  spec.replace(
    'enum: [pending, running, completed, failed, awaiting_ui_interaction]',
    'enum: [pending, running, completed, failed]',
  );
const withPriority = (spec: string) =>
  spec.replace(
    /( {4}ExecuteWorkflowRequest:\n(?:.*\n)*? {6}properties:\n)/,
    `$1        priority:\n          type: integer\n          minimum: 1\n          maximum: 5\n          description: How urgently to run it; 1 is the most urgent.\n`,
  );

// Uses the new field through the typed client and the spec-backed mock.
const PRIORITY_TEST = `import { useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { expect, it } from 'vitest';
import { altostratSpec } from './generated/spec-document.js';
import { createAltostratClient } from './index.js';

const mock = useWorkflowMockServer({ specs: { altostrat: altostratSpec } });

it('sends a priority the spec knows', async () => {
  const client = createAltostratClient({ apiKey: 'jwt' });
  await client.POST('/workflows/{workflowId}/execute', { params: { path: { workflowId: 'fl_a1b2' } }, body: { context: {}, priority: 2 } });
  expect(mock.mocks.vendors.altostrat.calls[0]?.body).toEqual({ context: {}, priority: 2 });
});
`;

// And the type the field must have; openapi-fetch does not reject unknown body fields, so the
// compiler alone would not notice a spec that lacks it.
const PRIORITY_TYPE_TEST = `import { expectTypeOf, it } from 'vitest';
import type { components } from './index.js';

it('types priority as an optional number', () => {
  expectTypeOf<components['schemas']['ExecuteWorkflowRequest']['priority']>().toEqualTypeOf<number | undefined>();
});
`;

beforeAll(() => {
  copyWorkingTree(root, copy);
  // The vendor's older spec, generated and committed: the state before the change, just
  // released (no changeset pending), its status table mapping only the words it had then.
  write(SPEC, withoutNewStatus(read(SPEC)));
  write(PROVIDER, read(PROVIDER).replace(STATUS_ENTRY, ''));
  for (const file of readdirSync(join(copy, '.changeset')).filter(
    (name) => name.endsWith('.md') && name !== 'README.md',
  )) {
    rmSync(join(copy, '.changeset', file));
  }
  expect(run('pnpm', ['install', '--offline', '--frozen-lockfile']).code).toBe(0);
  // Building runs generation too, so everything is built here, from the older spec.
  expect(run('pnpm', ['build']).code).toBe(0);
  commitAll(copy, 'before');
  // The vendor's change, and a test written against it.
  write(
    SPEC,
    withPriority(
      read(SPEC).replace(
        'enum: [pending, running, completed, failed]',
        'enum: [pending, running, completed, failed, awaiting_ui_interaction]',
      ),
    ),
  );
  write('packages/altostrat/src/priority.test.ts', PRIORITY_TEST);
  write('packages/altostrat/src/priority.test-d.ts', PRIORITY_TYPE_TEST);
}, 600_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a vendor change, replayed', () => {
  it('is classified by the spec diff, whose gate holds until a changeset asks for the bump', () => {
    const diff = run('node', ['scripts/spec-diff.mjs', 'HEAD']);
    expect(diff.output).toMatch(/awaiting_ui_interaction/);
    expect(diff.output).toMatch(/priority/);
    expect(diff.output).not.toMatch(/^\s*breaking /m);
    const needed = [
      '"@workflow-clients/altostrat": minor',
      '"@workflow-clients/msw": minor',
      '"workflow-clients": minor',
    ];
    for (const line of needed) expect(diff.output).toContain(line);
    expect(diff.code).toBe(1);
    write(
      '.changeset/altostrat-priority.md',
      `---\n${needed.join('\n')}\n---\n\nAltostrat: \`priority\`, and the \`awaiting_ui_interaction\` status.\n`,
    );
    expect(run('node', ['scripts/spec-diff.mjs', 'HEAD']).code).toBe(0);
  }, 600_000);

  it('is named as stale by the drift check before regeneration', () => {
    const check = run('node', ['scripts/generate.mjs', 'types', 'altostrat'], { CI: 'true' });
    expect(check.code).toBe(1);
    expect(check.output).toContain(TYPES);
  }, 600_000);

  it('fails the new test before regeneration, where the types and the mock still lack the field', () => {
    const typecheck = run('pnpm', ['--filter', '@workflow-clients/altostrat', 'exec', 'tsc', '--noEmit']);
    expect(typecheck.code).not.toBe(0);
    expect(typecheck.output).toMatch(/priority/);
    const test = run('pnpm', [
      '--filter',
      '@workflow-clients/altostrat',
      'exec',
      'vitest',
      'run',
      'src/priority.test.ts',
    ]);
    expect(test.code).not.toBe(0);
    expect(test.output).toMatch(/must NOT have additional properties \(priority\)/);
  }, 600_000);

  it('changes the generated types exactly where the spec changed', () => {
    expect(run('pnpm', ['generate']).code).toBe(0);
    const changed = git('diff', '--unified=0', '--', TYPES)
      .split('\n')
      .filter((line) => /^[+-](?![+-])/.test(line))
      .map((line) => `${line[0]}${line.slice(1).trim()}`);
    expect(changed.filter((line) => line.startsWith('-'))).toEqual([
      '-RunStatus: "pending" | "running" | "completed" | "failed";',
    ]);
    expect(changed.filter((line) => line.startsWith('+'))).toEqual(
      expect.arrayContaining([
        '+RunStatus: "pending" | "running" | "completed" | "failed" | "awaiting_ui_interaction";',
        '+priority?: number;',
      ]),
    );
    expect(
      changed.filter((line) => line.startsWith('+') && !line.startsWith('+*') && !line.startsWith('+/**')),
    ).toHaveLength(2);
  }, 600_000);

  it('names the status word the provider does not map yet, until its table does', () => {
    const typecheck = run('pnpm', ['--filter', '@workflow-clients/altostrat', 'exec', 'tsc', '--noEmit']);
    expect(typecheck.code).not.toBe(0);
    expect(typecheck.output).toMatch(/Property 'awaiting_ui_interaction' is missing/);
    write(PROVIDER, read(PROVIDER).replace("  running: 'running',\n", `  running: 'running',\n${STATUS_ENTRY}`));
    const fixed = run('pnpm', ['--filter', '@workflow-clients/altostrat', 'exec', 'tsc', '--noEmit']);
    expect(fixed.code, fixed.output).toBe(0);
  }, 600_000);

  it('passes every Altostrat test, the new one included, after regeneration', () => {
    expect(run('pnpm', ['build']).code).toBe(0);
    const test = run('pnpm', ['--filter', '@workflow-clients/altostrat', 'test']);
    expect(test.output).toMatch(/priority\.test\.ts/);
    expect(test.output).toMatch(/priority\.test-d\.ts/);
    expect(test.code).toBe(0);
  }, 600_000);
});
