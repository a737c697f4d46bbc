// Generated from specs/wiv/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

import type { AnswerShape, Shape } from '@workflow-clients/core/internal';
import type { operations } from './openapi.js';

// What each operation's 2xx JSON answer must be before a provider hands it over: the fields
// its schema requires and the JSON type of every field. The format is documented on `Shape`.

const WorkflowTriggerEvent: Shape = { r: { execution_id: "s", event_type: "s", timestamp: "s", trigger_type: "s", run_by: "s", tenant_id: "s", workflow_id: "s" }, o: { trigger_id: "s", payload: "o" } };
const RunWorkflowResponse: Shape = { r: { data: WorkflowTriggerEvent } };

/** `runWorkflow`, 200. */
export const runWorkflowAnswer: AnswerShape<operations['runWorkflow']['responses'][200]['content']['application/json']> = RunWorkflowResponse;
