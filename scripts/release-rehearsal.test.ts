import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAll, copyWorkingTree } from './support/copy-working-tree.mjs';
import { type LocalRegistry, startLocalRegistry } from './support/local-registry.js';

// The release, rehearsed: on a throwaway copy of the repository, `changeset version` applies the
// pending changesets and `changeset publish` publishes every package to a local Verdaccio on
// loopback. Then projects outside the workspace install the packages by name, with npm and with
// pnpm, as `npm install @workflow-clients/wiv` would from npmjs.org, and call the mock.
const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'wc-release-'));
const copy = join(work, 'repository');
let registry: LocalRegistry;

function run(cwd: string, command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '', npm_config_loglevel: 'error', ...env },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}
const published = () =>
  readdirSync(join(copy, 'packages'))
    .map((folder) => JSON.parse(readFileSync(join(copy, 'packages', folder, 'package.json'), 'utf8')))
    .filter((manifest) => !manifest.private) as { name: string; version: string }[];
const npmrc = (url: string, token: string) => `registry=${url}\n//${new URL(url).host}/:_authToken=${token}\n`;

let versioned: ReturnType<typeof run>;
let publishedRun: ReturnType<typeof run>;
beforeAll(async () => {
  copyWorkingTree(root, copy);
  // Installed (publishing resolves workspace: ranges through the links), with the packages as
  // built for this test run.
  expect(run(copy, 'pnpm', ['install', '--offline', '--frozen-lockfile']).code).toBe(0);
  // (A package used from source, the mock's engine, has no build.)
  for (const folder of readdirSync(join(root, 'packages')).filter((name) =>
    existsSync(join(root, 'packages', name, 'dist')),
  ))
    cpSync(join(root, 'packages', folder, 'dist'), join(copy, 'packages', folder, 'dist'), { recursive: true });
  commitAll(copy, 'release');
  registry = await startLocalRegistry(join(work, 'registry'));
  writeFileSync(join(copy, '.npmrc'), npmrc(registry.url, registry.token));
  versioned = run(copy, 'pnpm', ['exec', 'changeset', 'version']);
  // Changesets names the registry to each publish from this variable, as a release job sets it.
  publishedRun = run(copy, 'pnpm', ['exec', 'changeset', 'publish', '--no-git-tag'], {
    npm_config_registry: registry.url,
  });
}, 600_000);
afterAll(async () => {
  await registry?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('changeset version, then changeset publish, to a local registry', () => {
  it('versions every published package from the pending changesets, each with its CHANGELOG', () => {
    expect(versioned.code, versioned.output).toBe(0);
    for (const { name, version } of published()) {
      expect(version, name).not.toBe('0.0.0');
      const folder = name === 'workflow-clients' ? 'workflow-clients' : name.replace('@workflow-clients/', '');
      expect(readFileSync(join(copy, 'packages', folder, 'CHANGELOG.md'), 'utf8')).toContain(`## ${version}`);
    }
  });

  it('publishes each of them, with its README, LICENSE and CHANGELOG, and no workspace: range', async () => {
    expect(publishedRun.code, publishedRun.output).toBe(0);
    for (const { name, version } of published()) {
      const document = (await (await fetch(new URL(name.replace('/', '%2f'), registry.url))).json()) as {
        versions: Record<string, { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> }>;
        readme?: string;
      };
      const manifest = document.versions[version];
      expect(manifest, `${name}@${version}`).toBeDefined();
      const ranges = Object.values({ ...manifest?.dependencies, ...manifest?.peerDependencies });
      expect(ranges.filter((range) => range.startsWith('workspace:'))).toEqual([]);
      expect(document.readme).toContain(`# ${name}`);
      const listing = run(work, 'npm', ['view', `${name}@${version}`, 'dist.tarball', `--registry=${registry.url}`]);
      const tarball = listing.output.trim();
      const files = run(work, 'sh', ['-c', `curl -s ${tarball} | tar -tz`]).output.split('\n');
      for (const file of ['package/README.md', 'package/LICENSE', 'package/CHANGELOG.md'])
        expect(files, `${name}: ${file}`).toContain(file);
    }
  });
});

// A call through the installed packages against the installed mock, by name, from ESM.
const CONSUMER = `import { setupWorkflowMockServer } from '@workflow-clients/msw/node';
import { createWivProvider } from '@workflow-clients/wiv';
import { createWorkflowClient } from 'workflow-clients';

const mock = setupWorkflowMockServer();
mock.listen();
const direct = await createWivProvider({ apiKey: 'wiv-rehearsal-key' }).run('workflow_def456ghi789', { user_id: '1' });
const viaFacade = await createWorkflowClient({ vendor: 'wiv', apiKey: 'wiv-rehearsal-key' }).run('workflow_def456ghi789');
mock.afterEach();
mock.close();
console.log(direct.status, viaFacade.status, direct.runId);
`;

describe.each([
  ['npm', ['install', '--no-audit', '--no-fund']],
  ['pnpm', ['add', '--config.confirmModulesPurge=false']],
] as const)('a fresh project outside the workspace, installing by name with %s', (tool, install) => {
  it('installs @workflow-clients/wiv and workflow-clients and runs a workflow against the mock', () => {
    const project = join(work, `consumer-${tool}`);
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    // The registry by name too: under `pnpm test`, pnpm hands its own to every script it runs.
    writeFileSync(join(project, '.npmrc'), `registry=${registry.url}\n`);
    writeFileSync(join(project, 'consumer.mjs'), CONSUMER);
    // msw 3 needs Node 22.12, so on an older Node the consumer asks for msw 2, as its user would
    // (the version matrix runs msw 3 on Node 22).
    const msw = Number(process.versions.node.split('.')[0]) >= 22 ? 'msw@^3' : 'msw@^2.7';
    const installed = run(
      project,
      tool,
      [...install, '@workflow-clients/wiv', 'workflow-clients', '@workflow-clients/msw', msw],
      { npm_config_registry: registry.url },
    );
    expect(installed.code, installed.output).toBe(0);
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
    const wiv = published().find((pkg) => pkg.name === '@workflow-clients/wiv');
    expect(manifest.dependencies['@workflow-clients/wiv']).toContain(wiv?.version);
    const called = run(project, 'node', ['consumer.mjs']);
    expect(called.code, called.output).toBe(0);
    expect(called.output.trim()).toBe('queued queued exec_abc123def456');
  }, 600_000);
});
