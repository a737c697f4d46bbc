import { defineConfig } from 'tsup';

// ESM and CJS side by side, each with its own declaration file (.d.ts / .d.cts).
export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  treeshake: true,
});
