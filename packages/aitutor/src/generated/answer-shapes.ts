// Generated from specs/aitutor/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

import type { AnswerShape, Shape } from '@workflow-clients/core/internal';
import type { operations } from './openapi.js';

// What each operation's 2xx JSON answer must be before a provider hands it over: the fields
// its schema requires and the JSON type of every field. The format is documented on `Shape`.

const RunWorkflowResponse: Shape = { r: { success: "b", result: "s" }, o: { citations: { i: "s" } } };
const StreamToken: Shape = { r: { success: "b", token: "s", ttl: "i" } };

/** `runWorkflow`, 200. */
export const runWorkflowAnswer: AnswerShape<operations['runWorkflow']['responses'][200]['content']['application/json']> = RunWorkflowResponse;
/** `createStreamToken`, 200. */
export const createStreamTokenAnswer: AnswerShape<operations['createStreamToken']['responses'][200]['content']['application/json']> = StreamToken;
