// Generated from specs/*/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

import { aitutorSpec } from '../../../aitutor/src/generated/spec-document.js';
import { altostratSpec } from '../../../altostrat/src/generated/spec-document.js';
import { embedworkflowSpec } from '../../../embedworkflow/src/generated/spec-document.js';
import { interactlySpec } from '../../../interactly/src/generated/spec-document.js';
import { wivSpec } from '../../../wiv/src/generated/spec-document.js';

export { aitutorSpec, altostratSpec, embedworkflowSpec, interactlySpec, wivSpec };

/** Every vendor's spec, by slug. */
export const specs = { aitutor: aitutorSpec, altostrat: altostratSpec, embedworkflow: embedworkflowSpec, interactly: interactlySpec, wiv: wivSpec } as const;
