import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vendors } from 'workflow-clients';
import { demoApiKey, demoRun } from '../examples/demo-runs.mjs';
import { extractSnippets, findReadmes, readReadme, snippetFileName } from '../tests/docs/readme-snippets.js';
import { packPackages } from './support/pack-packages.mjs';

// What a user installs: every package packed as it would be published, installed with plain
// npm into a project outside the workspace, then used from ESM, CommonJS and TypeScript, and
// called against the spec-backed mock.
const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'wc-install-'));
const tarballs = join(work, 'tarballs');
const project = join(work, 'project');

function inProject(command: string, args: string[]) {
  const result = spawnSync(command, args, {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  mkdirSync(tarballs, { recursive: true });
  mkdirSync(project, { recursive: true });
  const files = packPackages(root, tarballs);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const install = inProject('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    ...files,
    'msw@2.15.0',
    'typescript@5.9.3',
    '@types/node@20.19.43',
    // What the docs' examples import beside our packages: Vitest for the test files, a queue, a proxy agent, a tracer.
    'vitest@4.1.12',
    'bullmq@6.7.6',
    'undici@7.30.2',
    '@opentelemetry/api@1.9.0',
  ]);
  expect(install.code, install.output).toBe(0);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed packages, installed with npm', () => {
  it('import from ESM and run every vendor against the mock', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { setupWorkflowMockServer } from '@workflow-clients/msw/node';
import { createWorkflowClient, vendors } from 'workflow-clients';
const mock = setupWorkflowMockServer();
mock.listen();
const runs = ${JSON.stringify(Object.fromEntries(vendors.map((vendor) => [vendor, [...demoRun(vendor), demoApiKey(vendor)]])))};
for (const vendor of vendors) {
  const [workflowId, input, apiKey] = runs[vendor];
  const run = await createWorkflowClient({ vendor, apiKey }).run(workflowId, input);
  console.log(vendor, run.status);
}
mock.afterEach();
mock.close();
`,
    );
    const esm = inProject('node', ['esm.mjs']);
    expect(esm.code, esm.output).toBe(0);
    // Every registered vendor ran, each answered with the first example of its spec.
    expect(esm.output.trim().split('\n')).toEqual(
      vendors.map((vendor) =>
        expect.stringMatching(new RegExp(`^${vendor} (queued|running|waiting_for_input|succeeded)$`)),
      ),
    );
  });

  it('require from CommonJS', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { createWorkflowClient, WorkflowApiError, vendors } = require('workflow-clients');
const { createWivClient } = require('@workflow-clients/wiv');
const { createWorkflowMocks } = require('@workflow-clients/msw');
console.log(typeof createWorkflowClient, typeof WorkflowApiError, vendors.length, typeof createWivClient, createWorkflowMocks().handlers.length > 0);
`,
    );
    const cjs = inProject('node', ['cjs.cjs']);
    expect(cjs.code, cjs.output).toBe(0);
    expect(cjs.output.trim()).toBe(`function function ${vendors.length} function true`);
  });

  it('type-check a TypeScript file that uses every package, and whose wrong shapes do not compile', () => {
    // The version matrix's consumer file, here under the bundler resolution as well as Node's.
    copyFileSync(join(import.meta.dirname, 'test-matrix', 'consumer', 'usage.ts'), join(project, 'consumer.ts'));
    for (const moduleResolution of [
      ['--module', 'nodenext', '--moduleResolution', 'nodenext'],
      ['--module', 'esnext', '--moduleResolution', 'bundler'],
    ]) {
      const tsc = inProject('npx', [
        'tsc',
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        'false',
        '--target',
        'es2022',
        '--lib',
        'es2023,dom,dom.iterable',
        '--types',
        'node',
        ...moduleResolution,
        'consumer.ts',
      ]);
      expect(tsc.code, tsc.output).toBe(0);
    }
  });

  it('compile every example of the README, the docs pages and the package READMEs, strict with exactOptionalPropertyTypes', () => {
    // The docs test runs the examples against the workspace's builds; this compiles them as a
    // reader who copies them into a project of their own would, against the packed packages.
    const examples = join(project, 'examples');
    mkdirSync(examples, { recursive: true });
    const snippets = findReadmes(root).flatMap((readme) => extractSnippets(readme, readReadme(root, readme)));
    expect(snippets.some((snippet) => snippet.readme.startsWith('docs/'))).toBe(true);
    for (const snippet of snippets) writeFileSync(join(examples, snippetFileName(snippet)), snippet.code);
    writeFileSync(
      join(examples, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          allowJs: true,
          checkJs: true,
          noEmit: true,
          skipLibCheck: true,
          target: 'es2022',
          lib: ['es2023', 'dom', 'dom.iterable'],
          module: 'nodenext',
          moduleResolution: 'nodenext',
          types: ['node'],
        },
        include: ['*.ts', '*.js'],
      }),
    );
    const tsc = inProject('npx', ['tsc', '-p', 'examples']);
    expect(tsc.code, tsc.output).toBe(0);
  });

  it('run the installed workflow-clients command', () => {
    const listed = inProject(join(project, 'node_modules', '.bin', 'workflow-clients'), ['vendors']);
    expect(listed.code, listed.output).toBe(0);
    for (const vendor of vendors) expect(listed.output).toContain(vendor);
  });
});
