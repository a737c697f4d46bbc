import { defineConfig } from 'tsup';

/** Every published package builds the same way: ESM and CJS side by side, each with its own types. */
export function packageBuild(entry: string[] = ['src/index.ts']) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    treeshake: true,
  });
}
