import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayers } from './check-layers.mjs';

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

  it('finds a circle of modules, even one closed by a type-only import or a re-export', () => {
    const findings = checkLayers(
      workspace({
        core: {
          'src/a.ts': "import { b } from './b.js';\nexport const a = b;",
          'src/b.ts': "export { c as b } from './nested/c.js';",
          'src/nested/c.ts': "import type { A } from '../a.js';\nexport const c = 1 as unknown as A;",
          'src/leaf.ts': "import { a } from './a.js';\nexport const leaf = a;",
        },
      }),
    );
    expect(findings).toEqual([
      'modules that import each other in a circle: packages/core/src/a.ts ⇄ packages/core/src/b.ts ⇄ packages/core/src/nested/c.ts',
    ]);
  });

  it('finds packages whose published code depends on each other in a circle, through a subpath, a type or a path', () => {
    const bySubpath = workspace({
      mock: { 'src/index.ts': "export { spec } from '@acme/vendor/spec';" },
      vendor: { 'src/index.ts': "import type { Mock } from '@acme/mock';\nexport type Tested = Mock;" },
    });
    expect(checkLayers(bySubpath)).toEqual(['packages that depend on each other in a circle: mock ⇄ vendor']);
    const byPath = workspace({
      mock: { 'src/index.ts': "export { spec } from '../../vendor/src/spec.js';" },
      vendor: {
        'src/spec.ts': "import type { Mock } from '../../mock/src/index.js';\nexport const spec = {} as Mock;",
      },
    });
    expect(checkLayers(byPath)).toEqual(['packages that depend on each other in a circle: mock ⇄ vendor']);
  });
});
