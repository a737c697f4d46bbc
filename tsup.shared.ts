import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { writeStamp } from './build-stamp.js';
import { packageVersion } from './package-version.js';

/**
 * Drops the source maps of entries that are generated data (a vendor's `/spec`): a map of them
 * holds the data a second time and points a debugger at nothing worth reading.
 */
function dropSourceMaps(dir: string, entries: string[]): void {
  for (const name of entries) {
    for (const file of [`${name}.js`, `${name}.cjs`]) {
      const path = join(dir, 'dist', file);
      if (!existsSync(path)) continue;
      rmSync(`${path}.map`, { force: true });
      // Every comment that points at the map: the build writes it twice.
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+/g, ''));
    }
  }
}

/**
 * Every published package builds the same way: ESM and CJS side by side, each with its own types.
 * `dataEntries` names entries that are data only, shipped without source maps.
 */
export function packageBuild(entry: string[] = ['src/index.ts'], overrides: Options = {}, dataEntries: string[] = []) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    treeshake: true,
    define: { __PACKAGE_VERSION__: JSON.stringify(packageVersion()) },
    // Lets a test run tell that it would import a build older than the sources (vitest.fresh-builds.ts).
    onSuccess: async () => {
      dropSourceMaps(process.cwd(), dataEntries);
      writeStamp(process.cwd());
    },
    ...overrides,
  });
}
