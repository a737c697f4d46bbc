// Generated from specs/*/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

import { altostratSpec } from './altostrat-spec.js';
import { wivSpec } from './wiv-spec.js';

export { altostratSpec, wivSpec };

/** Every vendor's spec, by slug. */
export const specs = { altostrat: altostratSpec, wiv: wivSpec } as const;
