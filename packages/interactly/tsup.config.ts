import { packageBuild } from '../../tsup.shared.js';

export default packageBuild(['src/index.ts', 'src/internal.ts', 'src/spec.ts'], {}, ['spec']);
