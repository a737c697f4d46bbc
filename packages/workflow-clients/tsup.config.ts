import { packageBuild } from '../../tsup.shared.js';

// The library, and the `workflow-clients` command beside it (dist/cli/bin.js, shebang kept).
export default packageBuild(['src/index.ts', 'src/cli/bin.ts']);
