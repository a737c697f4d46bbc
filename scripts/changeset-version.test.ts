import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkingTree } from './support/copy-working-tree.mjs';

// `changeset version` on a temporary copy, with one known changeset in place of whatever is
// pending: a minor change to core. Core gets the minor bump and its changelog; every package
// that depends on core gets a patch release that records the dependency update.
const root = join(import.meta.dirname, '..');
const copy = mkdtempSync(join(tmpdir(), 'wc-changeset-'));
const manifestAt = (base: string, pkg: string) =>
  JSON.parse(readFileSync(join(base, 'packages', pkg, 'package.json'), 'utf8'));
const packages = readdirSync(join(root, 'packages')).filter((pkg) =>
  existsSync(join(root, 'packages', pkg, 'package.json')),
);
const dependsOnCore = packages.filter((pkg) => manifestAt(root, pkg).dependencies?.['@workflow-clients/core']);
const independent = packages.filter((pkg) => pkg !== 'core' && !dependsOnCore.includes(pkg));

function bump(version: string, part: 'minor' | 'patch'): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  return part === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

let versioned: { code: number | null; output: string };
beforeAll(() => {
  copyWorkingTree(
    root,
    copy,
    (file) => file.startsWith('.changeset/') && file.endsWith('.md') && !file.endsWith('README.md'),
  );
  writeFileSync(
    join(copy, '.changeset/core-feature.md'),
    '---\n"@workflow-clients/core": minor\n---\n\nA new core feature.\n',
  );
  const env = { ...process.env, CI: '' };
  expect(spawnSync('pnpm', ['install', '--offline', '--frozen-lockfile'], { cwd: copy, env }).status).toBe(0);
  const result = spawnSync('pnpm', ['exec', 'changeset', 'version'], { cwd: copy, env, encoding: 'utf8' });
  versioned = { code: result.status, output: `${result.stdout}${result.stderr}` };
}, 600_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('changeset version', () => {
  it('consumes the changeset', () => {
    expect(versioned.code, versioned.output).toBe(0);
    expect(existsSync(join(copy, '.changeset/core-feature.md'))).toBe(false);
  });

  it('gives core the minor bump and a changelog entry', () => {
    expect(manifestAt(copy, 'core').version).toBe(bump(manifestAt(root, 'core').version, 'minor'));
    const changelog = readFileSync(join(copy, 'packages/core/CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/### Minor Changes[\s\S]*A new core feature\./);
  });

  it.each(dependsOnCore)('releases %s as a patch that records the new core', (pkg) => {
    expect(manifestAt(copy, pkg).version).toBe(bump(manifestAt(root, pkg).version, 'patch'));
    // The range stays as written: exact (`workspace:*`) where the package builds on core's
    // ./internal, and pnpm publishes it as the new core's version.
    expect(manifestAt(copy, pkg).dependencies['@workflow-clients/core']).toBe(
      manifestAt(root, pkg).dependencies['@workflow-clients/core'],
    );
    const changelog = readFileSync(join(copy, 'packages', pkg, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(
      new RegExp(
        `Updated dependencies[\\s\\S]*@workflow-clients/core@${manifestAt(copy, 'core').version.replace(/\./g, '\\.')}`,
      ),
    );
  });

  it.each(independent)('leaves %s, which does not depend on core, alone', (pkg) => {
    expect(manifestAt(copy, pkg).version).toBe(manifestAt(root, pkg).version);
  });
});
