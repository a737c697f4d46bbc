import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// A package's build records a hash of the sources it was built from; a test run compares it
// with the sources as they are now, so that no test runs against a build older than its code
// (tests import their workspace dependencies as users do: from dist/).

/** The file, beside dist/, that holds the hash of the sources the last build read. */
export const STAMP_FILE = '.build-stamp';

const isSource = (file: string) => /\.(ts|mts|cts|js|mjs|json)$/.test(file) && !/\.test(-d)?\.ts$/.test(file);

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && isSource(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

/** Whether a workspace package is built before use; one without a build is used from its sources. */
export const isBuilt = (packageDir: string): boolean => Boolean(readManifest(packageDir).scripts?.build);

/**
 * The sibling workspace packages that the package's sources import by name from its
 * devDependencies, which its build bundles: the mock package bundles its engine (used from
 * source) and each vendor's `/spec` (from that vendor's build).
 */
function bundledWorkspacePackages(packageDir: string, sources: string[]): string[] {
  const manifest = existsSync(join(packageDir, 'package.json')) ? readManifest(packageDir) : {};
  const local = Object.entries<string>(manifest.devDependencies ?? {})
    .filter(([, version]) => version.startsWith('workspace:'))
    .map(([name]) => name);
  if (local.length === 0) return [];
  const text = sources.map((file) => readFileSync(file, 'utf8')).join('\n');
  const imported = local.filter((name) => text.includes(`'${name}'`) || text.includes(`'${name}/`));
  const siblings = dirname(packageDir);
  const dirs = readdirSync(siblings)
    .map((folder) => join(siblings, folder))
    .filter((dir) => existsSync(join(dir, 'package.json')));
  return imported.flatMap((name) => dirs.filter((dir) => readManifest(dir).name === name)).sort();
}

/**
 * A hash of what a build of the package at `packageDir` reads: its src/, manifest and build
 * config, and the workspace packages it bundles: a built one by the stamp of its build, one used
 * from source by its own hash. (No source imports another package's files by path: see
 * scripts/check-layers.mjs.)
 */
export function sourceHash(packageDir: string): string {
  const hash = createHash('sha256');
  const sources = sourceFiles(join(packageDir, 'src'));
  const files = [...sources, join(packageDir, 'package.json'), join(packageDir, 'tsup.config.ts')];
  for (const file of files.filter((f) => existsSync(f))) {
    hash.update(relative(packageDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const dir of bundledWorkspacePackages(packageDir, sources)) {
    const stamp = join(dir, STAMP_FILE);
    const state = isBuilt(dir) ? (existsSync(stamp) ? readFileSync(stamp, 'utf8') : 'unbuilt') : sourceHash(dir);
    hash.update(relative(packageDir, dir)).update('\0').update(state).update('\0');
  }
  return hash.digest('hex');
}

/** Called by every package build once it has written dist/. */
export function writeStamp(packageDir: string): void {
  writeFileSync(join(packageDir, STAMP_FILE), `${sourceHash(packageDir)}\n`);
}

/** Why the build of the package at `packageDir` cannot be trusted, or undefined when it is current. */
export function staleness(packageDir: string): string | undefined {
  if (!isBuilt(packageDir)) return undefined;
  const stampFile = join(packageDir, STAMP_FILE);
  if (!existsSync(join(packageDir, 'dist')) || !existsSync(stampFile)) return 'it has not been built';
  if (readFileSync(stampFile, 'utf8').trim() !== sourceHash(packageDir))
    return 'its sources changed since it was built';
  return undefined;
}
