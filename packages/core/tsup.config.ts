import { packageBuild } from '../../tsup.shared.js';

// The public entry, and the one the vendor packages build on (no semver promise of its own).
export default packageBuild(['src/index.ts', 'src/internal.ts']);
