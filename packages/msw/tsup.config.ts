import { packageBuild } from '../../tsup.shared.js';

// Every vendor's spec is data the three entries share: split into one chunk per format (CommonJS
// too), not copied into each entry, and without source maps, which would hold each spec again.
// The engine is a private, source-only workspace package: its code and its declarations are
// bundled in (named by path for the declarations, which would otherwise leave it external).
export default packageBuild(['src/index.ts', 'src/node.ts', 'src/vitest.ts'], {
  splitting: true,
  sourcemap: false,
  dts: {
    compilerOptions: {
      paths: {
        '@workflow-clients/mock-engine': ['../mock-engine/src/index.ts'],
        '@workflow-clients/mock-engine/*': ['../mock-engine/src/*.ts'],
      },
    },
  },
});
