import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAll, copyWorkingTree } from './support/copy-working-tree.mjs';

// `pnpm new-vendor`, on a temporary copy of the repository: the scaffold must pass lint,
// type-check and tests before any real content is added. These are its quick checks, for the
// loop; `pnpm test:scaffold` (run by `pnpm test:all`, which CI runs) runs `pnpm test` and the scripts' tests after it.
const root = join(import.meta.dirname, '..');
const copy = mkdtempSync(join(tmpdir(), 'wc-new-vendor-'));
const env = { ...process.env, CI: '', TURBO_TELEMETRY_DISABLED: '1', REDOCLY_TELEMETRY: 'off' };

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: copy, encoding: 'utf8', env });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}
const read = (path: string) => readFileSync(join(copy, path), 'utf8');

// A vendor the checkout does not have yet (after `pnpm new-vendor acme`, this scaffolds another).
const slug = ['acme', 'zenith', 'quorum'].find((name) => !existsSync(join(root, 'specs', name))) as string;
const display = `${slug.charAt(0).toUpperCase()}${slug.slice(1)} Flows`;
const pascal = display.replace(' ', '');
const camel = `${slug}Flows`;

/** Every file of core's sources, folders included, with its text: a new vendor must change none of them. */
const coreSources = () =>
  Object.fromEntries(
    readdirSync(join(copy, 'packages/core/src'), { recursive: true, encoding: 'utf8' })
      .filter((path) => statSync(join(copy, 'packages/core/src', path)).isFile())
      .sort()
      .map((path) => [path, read(`packages/core/src/${path}`)]),
  );

let scaffolded: { code: number | null; output: string };
let coreBefore: Record<string, string>;
beforeAll(() => {
  copyWorkingTree(root, copy);
  // A maintainer's checkout: committed (the spec diff compares with it), installed, as after the quick start.
  commitAll(copy, 'before');
  expect(run('pnpm', ['install', '--offline', '--frozen-lockfile']).code).toBe(0);
  coreBefore = coreSources();
  scaffolded = run('node', ['scripts/new-vendor.mjs', slug, '--name', display]);
}, 600_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe(`pnpm new-vendor ${slug} --name "${display}"`, () => {
  it('scaffolds the spec, the package and every registration, then installs and generates', () => {
    expect(scaffolded.code).toBe(0);
    for (const file of [
      `specs/${slug}/openapi.yaml`,
      `packages/${slug}/src/${slug}-client.ts`,
      `packages/${slug}/src/${slug}-provider.ts`,
      `packages/${slug}/src/generated/openapi.ts`,
      `packages/${slug}/src/generated/spec-document.ts`,
      `packages/${slug}/README.md`,
      `packages/${slug}/LICENSE`,
    ]) {
      expect(existsSync(join(copy, file)), file).toBe(true);
    }
    expect(read(`packages/${slug}/src/${slug}-client.ts`)).toContain(`apiKeyEnvVar: '${slug.toUpperCase()}_API_KEY'`);
    // Its turbo tasks read its own spec, not Wiv's whose file it was copied from.
    expect(read(`packages/${slug}/turbo.json`)).toContain(`$TURBO_ROOT$/specs/${slug}/**`);
    expect(read(`packages/${slug}/turbo.json`)).not.toContain('specs/wiv');
    expect(read(`packages/${slug}/src/${slug}-client.ts`)).toContain(`name: '${display}',`);
    expect(read('packages/workflow-clients/src/vendor-registry.ts')).toContain(
      `${slug}: { definition: ${camel}Definition, create: create${pascal}Provider },`,
    );
    // Its own subpath of the facade, `workflow-clients/<slug>`, built from that one file.
    expect(read(`packages/workflow-clients/src/vendors/${slug}.ts`)).toContain(
      `export * from '@workflow-clients/${slug}';`,
    );
    expect(JSON.parse(read('packages/workflow-clients/package.json')).exports[`./${slug}`].import.default).toBe(
      `./dist/vendors/${slug}.js`,
    );
    // Its column in both Reliability tables, on the docs page that holds them.
    expect(read('docs/reliability.md')).toContain(`| fault | ${display} |`);
    expect(read('docs/reliability.md')).toContain(`| wait | ${display} |`);
    // Its spec reaches the mock through its published `/spec` subpath, never its sources' path.
    expect(JSON.parse(read(`packages/${slug}/package.json`)).exports['./spec'].import.default).toBe('./dist/spec.js');
    expect(read('packages/msw/src/generated/index.ts')).toContain(
      `import { ${slug}Spec as ${slug}Document } from '@workflow-clients/${slug}/spec';`,
    );
  });

  it("writes the changeset its release needs, so the spec diff's gate passes as it stands", () => {
    expect(read(`.changeset/new-vendor-${slug}.md`)).toContain(`"@workflow-clients/${slug}": minor`);
    const gate = run('node', ['scripts/spec-diff.mjs']);
    expect(gate.output).toContain(`"@workflow-clients/${slug}": minor`);
    expect(gate.code, gate.output).toBe(0);
  });

  it('touches no file of core: a vendor declares itself in its own package', () => {
    expect(coreSources()).toEqual(coreBefore);
    expect(read('redocly.yaml')).toContain(`root: specs/${slug}/openapi.yaml`);
  });

  it('passes pnpm lint with no warnings: Biome over the code it wrote, Redocly over its spec', () => {
    const lint = run('pnpm', ['lint']);
    expect(lint.output).toContain('Woohoo! Your API descriptions are valid.');
    expect(lint.code, lint.output).toBe(0);
  });

  it('builds, type-checks and passes its tests, and so does the facade that now offers it', () => {
    // The scaffold built and wrote the new package's API report, and the facade's: they hold as they are.
    expect(read(`packages/${slug}/api-report/index.api.md`)).toContain(`export function create${pascal}Provider(`);
    const reports = run('node', ['scripts/api-report.mjs', '--check']);
    expect(reports.code, reports.output).toBe(0);
    for (const pkg of [`@workflow-clients/${slug}`, 'workflow-clients']) {
      const typecheck = run('pnpm', ['--filter', pkg, 'typecheck']);
      expect(typecheck.code, typecheck.output).toBe(0);
      const test = run('pnpm', ['--filter', pkg, 'test']);
      expect(test.code, test.output).toBe(0);
    }
    const demo = run('node', ['examples/demo.mjs']);
    expect(demo.output).toContain(`${slug}: queued (run run_123)`);
    // Its type tests name the errors they expect, as every package's must.
    const named = run('pnpm', [
      '--filter',
      '@workflow-clients/scripts',
      'exec',
      'vitest',
      'run',
      'type-test-errors.test.ts',
      '-t',
      `packages/${slug}`,
    ]);
    expect(named.output).toContain(`packages/${slug}/src/${slug}-types.test-d.ts`);
    expect(named.code, named.output).toBe(0);
  });

  it('is measured against a bundle budget, and the suites shared by every vendor (its npm page among them) run over it unedited', () => {
    const size = run('pnpm', ['--filter', '@workflow-clients/bench', 'size']);
    expect(size.output).toContain(`${slug}: create${pascal}Provider`);
    expect(size.output).toContain(`all ${readdirSync(join(root, 'specs')).length + 1} vendors`);
    expect(size.code, size.output).toBe(0);
    const typecheck = run('pnpm', ['--filter', '@workflow-clients/tests', 'typecheck']);
    expect(typecheck.code, typecheck.output).toBe(0);
    const shared = run('pnpm', [
      '--filter',
      '@workflow-clients/tests',
      'exec',
      'vitest',
      'run',
      'bad-input/common-rules.test.ts',
      'package-pages/package-pages.test.ts',
      '--reporter=verbose',
    ]);
    expect(shared.output).toContain(slug);
    expect(shared.code, shared.output).toBe(0);
  });

  it.each([
    ['an invalid slug', ['Acme-2']],
    ['an existing vendor', ['wiv']],
    ['no slug', []],
  ])('refuses %s, changing nothing', (_, args) => {
    const before = read('packages/workflow-clients/src/vendor-registry.ts');
    const refused = run('node', ['scripts/new-vendor.mjs', ...args]);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/new-vendor: /);
    expect(read('packages/workflow-clients/src/vendor-registry.ts')).toBe(before);
  });
});
