// Generated from specs/*/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

import { wivSpec } from './wiv-spec.js';

export { wivSpec };

/** Every vendor's spec, by slug. */
export const specs = { wiv: wivSpec } as const;
