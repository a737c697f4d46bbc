import { defineConfig, type Options } from 'tsup';
import { writeStamp } from './build-stamp.js';
import { packageVersion } from './package-version.js';

/** Every published package builds the same way: ESM and CJS side by side, each with its own types. */
export function packageBuild(entry: string[] = ['src/index.ts'], overrides: Options = {}) {
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
    onSuccess: async () => writeStamp(process.cwd()),
    ...overrides,
  });
}
