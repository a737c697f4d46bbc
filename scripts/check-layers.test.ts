import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayers, FOLDER_LAYERS } from './check-layers.mjs';

const root = join(import.meta.dirname, '..');
const workspaces: string[] = [];

/** A workspace of packages, each `{ 'src/x.ts': 'source' }` under `packages/<name>`. */
function workspace(packages: Record<string, Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'wc-layers-'));
  workspaces.push(dir);
  for (const [name, files] of Object.entries(packages)) {
    const packageDir = join(dir, 'packages', name);
    mkdirSync(packageDir, { recursive: true });
    writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ name: `@acme/${name}` }));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(packageDir, path)), { recursive: true });
      writeFileSync(join(packageDir, path), text);
    }
  }
  return dir;
}

afterEach(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the layering check', () => {
  it("finds nothing in this repository's packages", () => {
    expect(checkLayers(root)).toEqual([]);
  });

  it("is the order core's folders are drawn in, in ARCHITECTURE.md and in core's own README", () => {
    const folders = readdirSync(join(root, 'packages/core/src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...FOLDER_LAYERS.core].sort()).toEqual(folders.sort());
    const architecture = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
    const drawn = [...architecture.matchAll(/^ {2}src\/([a-z]+)\/ {2,}\S/gm)].map(([, folder]) => folder);
    const readme = readFileSync(join(root, 'packages/core/src/README.md'), 'utf8');
    const tabled = [...readme.matchAll(/^\| `([a-z]+)\/` \|/gm)].map(([, folder]) => folder);
    // The folder of test fixtures is in the README's table, but no layer of the picture.
    expect(drawn).toEqual(FOLDER_LAYERS.core.filter((folder) => folder !== 'testing'));
    expect(tabled).toEqual(FOLDER_LAYERS.core);
  });

  it('finds a circle of modules, even one closed by a type-only import or a re-export', () => {
    // No folder layers here: this package's folders are only where its modules are.
    const findings = checkLayers(
      workspace({
        core: {
          'src/a.ts': "import { b } from './b.js';\nexport const a = b;",
          'src/b.ts': "export { c as b } from './nested/c.js';",
          'src/nested/c.ts': "import type { A } from '../a.js';\nexport const c = 1 as unknown as A;",
          'src/leaf.ts': "import { a } from './a.js';\nexport const leaf = a;",
        },
      }),
      {},
    );
    expect(findings).toEqual([
      'modules that import each other in a circle: packages/core/src/a.ts ⇄ packages/core/src/b.ts ⇄ packages/core/src/nested/c.ts',
    ]);
  });

  it('finds packages that depend on each other in a circle, through a subpath, a type or their tests', () => {
    const bySubpath = workspace({
      mock: { 'src/index.ts': "export { spec } from '@acme/vendor/spec';" },
      vendor: { 'src/index.ts': "import type { Mock } from '@acme/mock';\nexport type Tested = Mock;" },
    });
    expect(checkLayers(bySubpath)).toEqual(['packages that depend on each other in a circle: mock ⇄ vendor']);
    // The circle a test alias hides: the mock embeds the vendor's spec, the vendor's tests load the mock.
    const byTests = workspace({
      mock: { 'src/index.ts': "export { spec } from '@acme/vendor/spec';" },
      vendor: { 'src/spec.ts': 'export const spec = {};', 'src/client.test.ts': "import '@acme/mock';" },
    });
    expect(checkLayers(byTests)).toEqual(['packages that depend on each other in a circle: mock ⇄ vendor']);
  });

  it("finds a file of another package imported by its path, which hides the dependency from the package's build", () => {
    const byPath = workspace({
      mock: { 'src/index.ts': "export { spec } from '../../vendor/src/spec.js';" },
      vendor: { 'src/spec.ts': 'export const spec = {};' },
    });
    expect(checkLayers(byPath)).toEqual([
      'a file of another package, imported by its path: packages/mock/src/index.ts imports packages/vendor/src/spec.ts',
    ]);
  });

  it('holds a layered package to its folders: no import up a layer, none of an entry point, no folder left out', () => {
    const layers = { core: ['low', 'high'] };
    const findings = checkLayers(
      workspace({
        core: {
          'src/index.ts': "export * from './high/h.js';",
          'src/low/l.ts': "import type { H } from '../high/h.js';\nexport type L = H;",
          'src/low/entry.ts': "export { h } from '../index.js';",
          'src/high/h.ts': "import { peer } from './peer.js';\nexport type H = string;\nexport const h = peer;",
          'src/high/peer.ts': 'export const peer = 1;',
          // A test may drive a low module through a higher one, as its callers do.
          'src/low/l.test.ts': "import { h } from '../high/h.js';\nexport const t = h;",
          'src/stray/s.ts': "import { h } from '../high/h.js';\nexport const s = h;",
        },
      }),
      layers,
    );
    expect(findings.sort()).toEqual([
      "a folder with no place among core's layers: packages/core/src/stray",
      'an import of an entry point from inside the package: packages/core/src/low/entry.ts imports packages/core/src/index.ts',
      'an import up the layers (low/ is below high/): packages/core/src/low/l.ts imports packages/core/src/high/h.ts',
    ]);
  });
});
