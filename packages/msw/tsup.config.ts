import { packageBuild } from '../../tsup.shared.js';

// Every vendor's spec is data the three entries share: split into one chunk per format (CommonJS
// too), not copied into each entry, and without source maps, which would hold each spec again.
export default packageBuild(['src/index.ts', 'src/node.ts', 'src/vitest.ts'], { splitting: true, sourcemap: false });
