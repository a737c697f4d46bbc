// Generated from specs/*/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

import { aitutorSpec } from './aitutor-spec.js';
import { altostratSpec } from './altostrat-spec.js';
import { embedworkflowSpec } from './embedworkflow-spec.js';
import { interactlySpec } from './interactly-spec.js';
import { wivSpec } from './wiv-spec.js';

export { aitutorSpec, altostratSpec, embedworkflowSpec, interactlySpec, wivSpec };

/** Every vendor's spec, by slug. */
export const specs = { aitutor: aitutorSpec, altostrat: altostratSpec, embedworkflow: embedworkflowSpec, interactly: interactlySpec, wiv: wivSpec } as const;
