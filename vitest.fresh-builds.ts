import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { staleness } from './build-stamp.js';

// Vitest's global setup for every package: refuses to start when a workspace package the tests
// import is built from older sources than it now has (after `pnpm generate` without `pnpm build`,
// say), rather than let the tests pass against the old build and fail after the next one.
// Through `pnpm test`, turbo builds first and this never trips.
const root = import.meta.dirname;

function workspacePackages(workspaceRoot: string): Map<string, string> {
  const byName = new Map<string, string>();
  const packagesDir = join(workspaceRoot, 'packages');
  for (const folder of readdirSync(packagesDir)) {
    const manifest = join(packagesDir, folder, 'package.json');
    if (existsSync(manifest)) byName.set(JSON.parse(readFileSync(manifest, 'utf8')).name, join(packagesDir, folder));
  }
  return byName;
}

/** Every module specifier the package's own TypeScript and JavaScript files import. */
function importedSpecifiers(dir: string, found = new Set<string>()): Set<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) importedSpecifiers(path, found);
    else if (/\.(ts|mts|js|mjs)$/.test(entry.name))
      for (const [, specifier] of readFileSync(path, 'utf8').matchAll(/(?:from|import\()\s*'([^'.][^']*)'/g))
        found.add(specifier as string);
  }
  return found;
}

export function checkFreshBuilds(packageDir: string, workspaceRoot = root): void {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  // Only the workspace packages the tests import by name: a dependency nothing imports needs no
  // build, and one used from its sources (the mock's engine) has none to be stale.
  const specifiers = importedSpecifiers(packageDir);
  const imported = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) =>
    [...specifiers].some((specifier) => specifier === name || specifier.startsWith(`${name}/`)),
  );
  const workspace = workspacePackages(workspaceRoot);
  const stale = imported.flatMap((name) => {
    const dir = workspace.get(name);
    const why = dir && staleness(dir);
    return why ? [`${name}: ${why}`] : [];
  });
  if (stale.length > 0) {
    throw new Error(
      `These tests import workspace packages whose build is stale:\n  ${stale.join('\n  ')}\n` +
        'Run `pnpm build` first (`pnpm test` builds before it tests).',
    );
  }
}

/** As vitest's global setup: for the package whose tests are about to run. */
export default function checkFreshBuildsHere(): void {
  checkFreshBuilds(process.cwd());
}
