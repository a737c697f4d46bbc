import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { vendorCases } from '../support/vendor-cases.js';

// What npm shows of each published package: its README (install, an example that compiles
// against the built packages, options, errors, where the repository's docs are), its LICENSE
// and, once changesets has written one, its CHANGELOG.
const root = join(import.meta.dirname, '..', '..');
const published = readdirSync(join(root, 'packages'))
  .map((folder) => ({
    folder,
    manifest: JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8')),
  }))
  .filter(({ manifest }) => !manifest.private);
const privateNames = readdirSync(join(root, 'packages'))
  .map((folder) => JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8')))
  .filter((manifest) => manifest.private)
  .map((manifest) => manifest.name as string);
// The mock package carries every vendor's spec as data: once per format (ESM and CommonJS),
// with small declarations and no source maps of it, so its budget grows with the vendors: a
// fixed part and an allowance per vendor (a scaffolded vendor adds 1.5 kB packed and 12 kB
// unpacked; the five real specs average about 4 and 25). Measured with five vendors at
// 94.4 kB packed and 473 kB unpacked. The packed figure is not steady under small edits: a
// ten-byte edit to one spec's title (which renames the hash-named chunks) packed at 96.1 kB, so
// the fixed part leaves about 5 % of room above today's size.
const vendorCount = readdirSync(join(root, 'specs')).filter((slug) => !slug.startsWith('.')).length;
const TARBALL_BUDGETS: Record<string, { packed: number; unpacked: number }> = {
  '@workflow-clients/msw': { packed: 70_000 + 6_000 * vendorCount, unpacked: 330_000 + 30_000 * vendorCount },
};
const readme = (folder: string) => readFileSync(join(root, 'packages', folder, 'README.md'), 'utf8');

describe.each(published.map(({ folder, manifest }) => [manifest.name as string, folder, manifest] as const))(
  'the npm page of %s',
  (_name, folder, manifest) => {
    it('ships its README, the LICENSE and its CHANGELOG', () => {
      const packed = JSON.parse(
        execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
          cwd: join(root, 'packages', folder),
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      ) as [{ files: { path: string }[]; size: number; unpackedSize: number }];
      const files = packed[0].files.map((file) => file.path);
      const budget = TARBALL_BUDGETS[manifest.name];
      if (budget) {
        expect(packed[0].size, 'packed bytes').toBeLessThanOrEqual(budget.packed);
        expect(packed[0].unpackedSize, 'unpacked bytes').toBeLessThanOrEqual(budget.unpacked);
      }
      expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
      // A private workspace package (the mock's engine) is bundled by the build that uses it: a
      // shipped file that still imported it would fail for everyone who installs this package.
      for (const file of files.filter((path) => /^dist\/.*\.(c?js|d\.c?ts)$/.test(path))) {
        const text = readFileSync(join(root, 'packages', folder, file), 'utf8');
        for (const name of privateNames)
          expect(text.includes(`'${name}`) || text.includes(`"${name}`), `${file} imports ${name}`).toBe(false);
      }
      // A vendor's `/spec` is data: shipped without source maps, which would hold it once more.
      if (manifest.exports?.['./spec']) {
        expect(files.filter((path) => /^dist\/spec\.c?js\.map$/.test(path))).toEqual([]);
        expect(readFileSync(join(root, 'packages', folder, 'dist/spec.js'), 'utf8')).not.toContain('sourceMappingURL');
      }
      for (const name of privateNames)
        expect(
          { ...manifest.dependencies, ...manifest.peerDependencies },
          `${manifest.name} depends on ${name}`,
        ).not.toHaveProperty([name]);
      // Changesets writes it at the first release; npm leaves it out unless `files` names it.
      expect(manifest.files).toContain('CHANGELOG.md');
      expect(readFileSync(join(root, 'packages', folder, 'LICENSE'), 'utf8')).toBe(
        readFileSync(join(root, 'LICENSE'), 'utf8'),
      );
      expect(manifest.license).toBe('MIT');
    });

    it('covers install, an example, options and errors, and says where the repository docs are', () => {
      const text = readme(folder);
      expect(text.startsWith(`# ${manifest.name}\n`)).toBe(true);
      for (const section of ['## Install', '## Example', '## Options', '## Errors']) expect(text).toContain(section);
      expect(text).toContain(
        `npm install ${manifest.name === '@workflow-clients/msw' ? '--save-dev ' : ''}${manifest.name}`,
      );
      // In words: npm shows the README without the repository, so a relative link there is dead
      // (the manifests name no repository yet, for npm to resolve one against).
      expect(text.replace(/\s+/g, ' ')).toContain("workflow-clients repository's README and its docs/ folder");
      expect(text.match(/\]\((?!https?:\/\/|#)[^)]*\)/g) ?? []).toEqual([]);
      const example = /## Example\n[\s\S]*?```ts\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
      expect(example.trim().split('\n').length).toBeLessThanOrEqual(12);
    });
  },
);

describe.each(Object.entries(vendorCases))('the README of @workflow-clients/%s', (slug, { raw }) => {
  it("states its vendor definition's credential variable and base URL", () => {
    const definition = raw.definition as { apiKeyEnvVar: string; defaultBaseUrl: string };
    expect(readme(slug)).toContain(`\`${definition.apiKeyEnvVar}\``);
    expect(readme(slug)).toContain(`\`${definition.defaultBaseUrl}\``);
  });
});

describe('every TypeScript block of every package README', () => {
  // Inside the harness, so that the examples resolve its dependencies as an installing user would.
  const scratch = mkdtempSync(join(import.meta.dirname, '..', '.examples-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('compiles, strict, against the built packages as a user installs them', () => {
    const sources = new Map<string, string>();
    for (const { folder } of published) {
      for (const [index, match] of [...readme(folder).matchAll(/```ts\n([\s\S]*?)```/g)].entries()) {
        const file = `${folder}-${index + 1}.ts`;
        writeFileSync(join(scratch, file), `${match[1]}\nexport {};\n`);
        sources.set(file, `packages/${folder}/README.md, TypeScript block ${index + 1}`);
      }
    }
    expect(sources.size).toBeGreaterThanOrEqual(published.length);
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({ extends: relative(scratch, join(root, 'tsconfig.base.json')), include: ['*.ts'] }),
    );
    const compiled = spawnSync(join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsc'), ['-p', scratch], {
      encoding: 'utf8',
    });
    const errors = compiled.stdout.replace(
      /^(\S+?\.ts)/gm,
      (file) => sources.get(file.split('/').at(-1) ?? '') ?? file,
    );
    expect(errors).toBe('');
    expect(compiled.status).toBe(0);
  });
});
