import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { staleness } from './build-stamp.js';

// Vitest's global setup for every package: refuses to start when a workspace package the tests
// import is built from older sources than it now has (after `pnpm generate` without `pnpm build`,
// say), rather than let the tests pass against the old build and fail after the next one.
// Through `pnpm test`, turbo builds first and this never trips.
const root = import.meta.dirname;

function workspacePackages(): Map<string, string> {
  const byName = new Map<string, string>();
  const packagesDir = join(root, 'packages');
  for (const folder of readdirSync(packagesDir)) {
    const manifest = join(packagesDir, folder, 'package.json');
    if (existsSync(manifest)) byName.set(JSON.parse(readFileSync(manifest, 'utf8')).name, join(packagesDir, folder));
  }
  return byName;
}

export default function checkFreshBuilds(): void {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
  const imported = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
  const workspace = workspacePackages();
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
