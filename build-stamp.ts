import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

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

/**
 * Files outside the package that its sources import by relative path, and so bundle: the mock
 * package's generated index imports each vendor's spec document from that vendor's package.
 */
function importedFromOutside(packageDir: string, sources: string[]): string[] {
  const outside = new Set<string>();
  for (const file of sources) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(file), specifier as string).replace(/\.js$/, '.ts');
      if (relative(packageDir, target).startsWith('..')) outside.add(target);
    }
  }
  return [...outside].sort();
}

/**
 * A hash of what a build of the package at `packageDir` reads: its src/, manifest and build
 * config, and what src/ imports from outside the package.
 */
export function sourceHash(packageDir: string): string {
  const hash = createHash('sha256');
  const sources = sourceFiles(join(packageDir, 'src'));
  const files = [
    ...sources,
    ...importedFromOutside(packageDir, sources),
    join(packageDir, 'package.json'),
    join(packageDir, 'tsup.config.ts'),
  ];
  for (const file of files.filter((f) => existsSync(f))) {
    hash.update(relative(packageDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Called by every package build once it has written dist/. */
export function writeStamp(packageDir: string): void {
  writeFileSync(join(packageDir, STAMP_FILE), `${sourceHash(packageDir)}\n`);
}

/** Why the build of the package at `packageDir` cannot be trusted, or undefined when it is current. */
export function staleness(packageDir: string): string | undefined {
  const stampFile = join(packageDir, STAMP_FILE);
  if (!existsSync(join(packageDir, 'dist')) || !existsSync(stampFile)) return 'it has not been built';
  if (readFileSync(stampFile, 'utf8').trim() !== sourceHash(packageDir))
    return 'its sources changed since it was built';
  return undefined;
}
