import { packageBuild } from '../../tsup.shared.js';

// The library, one entry per vendor (`workflow-clients/<vendor>`), and the `workflow-clients`
// command beside them (dist/cli/bin.js, shebang kept).
export default packageBuild(['src/index.ts', 'src/vendors/*.ts', 'src/cli/bin.ts']);
