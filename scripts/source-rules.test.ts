import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreApiNames, reExportsOf } from './core-api.mjs';

// Rules about where code lives that no type can express, checked over the published packages'
// sources (tests and generated code aside).
const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : sources(path);
    return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

const published = readdirSync(join(root, 'packages')).flatMap((name) => sources(join(root, 'packages', name, 'src')));

describe('every WorkflowApiError is built by core’s error factory', () => {
  it('so that nothing can skip the scrubbing of credentials it does first', () => {
    expect(published.length).toBeGreaterThan(20);
    // The error of a code is built by `workflowApiError` (defined in errors/workflow-api-error.ts, beside the
    // classes); only the factory calls it, and nothing builds an error of the base class itself.
    const errors = readFileSync(join(root, 'packages/core/src/errors/workflow-api-error.ts'), 'utf8');
    const classes = [...errors.matchAll(/export class (\w+) extends WorkflowApiError/g)].map(([, name]) => name);
    expect(classes).toContain('RateLimitedError');
    const built = new RegExp(`new (WorkflowApiError|${classes.join('|')})\\(|\\bworkflowApiError\\(`);
    const builders = published
      .filter((path) => built.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path));
    expect(builders).toEqual(['packages/core/src/errors/error-factory.ts']);
  });
});

describe('the reliability harness calls the packages through their types', () => {
  it('with no `as never`: suites make clients with tests/support/clients.ts, which says where and why it leaves them', () => {
    const harness = join(root, 'tests');
    const files = readdirSync(harness, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(m?ts)$/.test(entry.name) && !entry.parentPath.includes('node_modules'))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(30);
    const casting = files
      .filter((path) => /\bas never\b/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path));
    expect(casting).toEqual([]);
  });
});

describe('the packages that hand on core’s public API', () => {
  it('name every export of it, and nothing else of core, so that each index says what it publishes', () => {
    const core = coreApiNames(root)
      .map(({ name, typeOnly }) => `${typeOnly ? 'type ' : ''}${name}`)
      .sort();
    const indexes = readdirSync(join(root, 'packages'))
      .map((name) => join(root, 'packages', name, 'src', 'index.ts'))
      .filter((path) => existsSync(path) && !path.includes('/packages/core/'))
      .map((path) => ({
        path: relative(root, path),
        ...reExportsOf(readFileSync(path, 'utf8'), '@workflow-clients/core'),
      }))
      .filter(({ names, star }) => star || names.length > 0);
    // Every vendor package and the facade: one package is enough to install.
    expect(indexes.map(({ path }) => path)).toEqual(
      expect.arrayContaining(['packages/wiv/src/index.ts', 'packages/workflow-clients/src/index.ts']),
    );
    for (const { path, names, star } of indexes) {
      expect(star, `${path}: an export * from core`).toBe(false);
      expect(names.map(({ name, typeOnly }) => `${typeOnly ? 'type ' : ''}${name}`).sort(), path).toEqual(core);
    }
  });
});

describe('a package built on another’s ./internal', () => {
  it('depends on the exact version it was built with, since ./internal keeps no semver promise', () => {
    const manifests = readdirSync(join(root, 'packages'))
      .filter((name) => existsSync(join(root, 'packages', name, 'package.json')))
      .map((name) => ({
        name,
        manifest: JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')),
      }));
    const ranges: string[] = [];
    for (const { name, manifest } of manifests) {
      if (manifest.private) continue;
      const internals = new Set(
        sources(join(root, 'packages', name, 'src')).flatMap((path) =>
          [...readFileSync(path, 'utf8').matchAll(/from '(@workflow-clients\/[a-z]+)\/internal'/g)].map(
            ([, dep]) => dep as string,
          ),
        ),
      );
      for (const dependency of internals)
        ranges.push(`${manifest.name} → ${dependency}: ${manifest.dependencies?.[dependency] ?? 'not a dependency'}`);
    }
    expect(ranges.length).toBeGreaterThan(5);
    // pnpm publishes `workspace:*` as the exact version; `workspace:^` would let a newer core in.
    expect(ranges.filter((range) => !range.endsWith(': workspace:*'))).toEqual([]);
  });
});
