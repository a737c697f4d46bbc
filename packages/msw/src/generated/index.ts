// Generated from specs/*/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

import type { OpenApiDocument } from '../openapi-document.js';
import { aitutorSpec as aitutorDocument } from '../../../aitutor/src/generated/spec-document.js';
import { altostratSpec as altostratDocument } from '../../../altostrat/src/generated/spec-document.js';
import { embedworkflowSpec as embedworkflowDocument } from '../../../embedworkflow/src/generated/spec-document.js';
import { interactlySpec as interactlyDocument } from '../../../interactly/src/generated/spec-document.js';
import { wivSpec as wivDocument } from '../../../wiv/src/generated/spec-document.js';

/** The aitutor OpenAPI document, as the mock serves it. */
export const aitutorSpec: OpenApiDocument = aitutorDocument;

/** The altostrat OpenAPI document, as the mock serves it. */
export const altostratSpec: OpenApiDocument = altostratDocument;

/** The embedworkflow OpenAPI document, as the mock serves it. */
export const embedworkflowSpec: OpenApiDocument = embedworkflowDocument;

/** The interactly OpenAPI document, as the mock serves it. */
export const interactlySpec: OpenApiDocument = interactlyDocument;

/** The wiv OpenAPI document, as the mock serves it. */
export const wivSpec: OpenApiDocument = wivDocument;

/** Every vendor's spec, by slug. */
export const specs = { aitutor: aitutorSpec, altostrat: altostratSpec, embedworkflow: embedworkflowSpec, interactly: interactlySpec, wiv: wivSpec } as const;
