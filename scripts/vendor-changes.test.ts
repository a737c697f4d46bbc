import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { copyWorkingTree } from './support/copy-working-tree.mjs';
import { type VendorChange, vendorChanges } from './support/vendor-changes.js';

// After each of five real kinds of vendor change is regenerated, the maintainer is told what
// broke and why, by name: a compile error in the vendor package, or a failing test. (The spec
// diff's tests replay the same changes for the verdict and the changeset gate.) Each change is
// applied to a copy of the repository, regenerated, checked, and undone.
const root = join(import.meta.dirname, '..');
const copy = mkdtempSync(join(tmpdir(), 'wc-vendor-changes-'));

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, CI: '', TURBO_TELEMETRY_DISABLED: '1' },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}
const typecheck = (slug: string) => run('pnpm', ['--filter', `@workflow-clients/${slug}`, 'exec', 'tsc', '--noEmit']);
const vitest = (pkg: string, file: string) => run('pnpm', ['--filter', pkg, 'exec', 'vitest', 'run', file]);

/** Applies the vendor's change to its spec, regenerates, runs `check`, then undoes both. */
function afterRegenerating(vendorChange: VendorChange, check: () => void): void {
  const undo = apply(vendorChange);
  try {
    check();
  } finally {
    undo();
  }
}

function apply({ slug, change }: VendorChange): () => void {
  const file = join(copy, 'specs', slug, 'openapi.yaml');
  const original = readFileSync(file, 'utf8');
  const spec = parse(original);
  change(spec);
  writeFileSync(file, stringify(spec));
  const generated = run('node', ['scripts/generate.mjs', 'types', slug]);
  expect(generated.code, generated.output).toBe(0);
  return () => {
    writeFileSync(file, original);
    run('node', ['scripts/generate.mjs', 'types', slug]);
  };
}

beforeAll(() => {
  copyWorkingTree(root, copy);
  expect(run('pnpm', ['install', '--offline', '--frozen-lockfile']).code).toBe(0);
  // Vendor packages type-check and test against core's build; the mock's tests, against every vendor's.
  expect(run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@workflow-clients/msw^...']).code).toBe(0);
}, 600_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a vendor change, regenerated, is named where it breaks', () => {
  it('(a) Altostrat adds an optional body field and query parameter: the types carry both, nothing breaks', () => {
    afterRegenerating(vendorChanges.altostratAddsOptionals, () => {
      const types = readFileSync(join(copy, 'packages/altostrat/src/generated/openapi.ts'), 'utf8');
      expect(types).toMatch(/dry_run\?: boolean;/);
      expect(types).toMatch(/priority\?: number;/);
      const checked = typecheck('altostrat');
      expect(checked.code, checked.output).toBe(0);
    });
  }, 600_000);

  it('(b) Embed Workflow renames a body field: the provider no longer compiles, naming the field', () => {
    afterRegenerating(vendorChanges.embedWorkflowRenamesField, () => {
      const checked = typecheck('embedworkflow');
      expect(checked.code).not.toBe(0);
      expect(checked.output).toMatch(/embedworkflow-provider\.ts.*Property 'user_key' does not exist on type/);
    });
  }, 600_000);

  it("(c) Interactly adds on_hold: the status table fails to compile, and the mock's example check, naming it", () => {
    afterRegenerating(vendorChanges.interactlyAddsStatus, () => {
      const checked = typecheck('interactly');
      expect(checked.code).not.toBe(0);
      expect(checked.output).toMatch(/Property 'on_hold' is missing/);
      // The mock embeds each vendor's spec from that vendor's build, which fails here on the
      // declarations; its JavaScript alone is enough for the example check to read the new spec.
      const built = run('pnpm', ['--filter', '@workflow-clients/interactly', 'exec', 'tsup', '--no-dts']);
      expect(built.code, built.output).toBe(0);
      const examples = vitest('@workflow-clients/msw', 'src/specs.test.ts');
      expect(examples.code).not.toBe(0);
      expect(examples.output).toMatch(/on_hold/);
    });
  }, 600_000);

  it('(d) Wiv drops its 403: the test that stages a 403 fails, saying the spec no longer documents it', () => {
    afterRegenerating(vendorChanges.wivDropsStatus, () => {
      const tested = vitest('@workflow-clients/wiv', 'src/wiv-provider.test.ts');
      expect(tested.code).not.toBe(0);
      expect(tested.output).toMatch(/does not document status 403/);
    });
  }, 600_000);

  it('(f) Altostrat moves its host, its credential and its id pattern: the regenerated client follows all three', () => {
    afterRegenerating(vendorChanges.altostratMovesFacts, () => {
      // A test a maintainer could write after the change, run against the regenerated sources.
      const probe = join(copy, 'packages/altostrat/src/moved-facts.probe.test.ts');
      writeFileSync(
        probe,
        `import { expect, it, vi } from 'vitest';
import { createAltostratProvider } from './index.js';
it('follows the regenerated spec', async () => {
  const fetch = vi.fn(async (_request: Request) => new Response('{}', { status: 500 }));
  const altostrat = createAltostratProvider({ apiKey: 'altostratSECRETkey0alt1', fetch, maxRetries: 0 });
  await expect(altostrat.run('fl_A1B2C3')).rejects.toMatchObject({ code: 'invalid_input' });
  expect(fetch).not.toHaveBeenCalled();
  await altostrat.run('fl_a1b2c3').catch(() => {});
  const request = fetch.mock.calls[0]![0];
  expect(new URL(request.url).origin).toBe('https://moved.altostrat.example');
  expect(request.headers.get('x-altostrat-key')).toBe('altostratSECRETkey0alt1');
  expect(request.headers.get('authorization')).toBeNull();
});
`,
      );
      try {
        const tested = vitest('@workflow-clients/altostrat', 'src/moved-facts.probe.test.ts');
        expect(tested.code, tested.output).toBe(0);
      } finally {
        rmSync(probe);
      }
    });
  }, 600_000);

  it("(e) AI Tutor renames its rate-limit headers: the definition's header names fail to compile, naming them", () => {
    afterRegenerating(vendorChanges.aiTutorRenamesHeaders, () => {
      const checked = typecheck('aitutor');
      expect(checked.code).not.toBe(0);
      expect(checked.output).toMatch(/aitutor-client\.ts.*"x-ratelimit-limit".*Did you mean '"ratelimit-limit"'\?/);
    });
  }, 600_000);
});
