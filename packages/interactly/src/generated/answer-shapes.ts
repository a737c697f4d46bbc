// Generated from specs/interactly/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

import type { AnswerShape, Shape } from '@workflow-clients/core/internal';
import type { operations } from './openapi.js';

// What each operation's 2xx JSON answer must be before a provider hands it over: the fields
// its schema requires and the JSON type of every field. The format is documented on `Shape`.

const ExecuteWorkflowResponse: Shape = { r: { run_id: "s", status: "s", turn_number: "i", events: { i: "o" }, is_waiting_for_input: "b", is_completed: "b" }, o: { error: "sz", next_input_hint: "o" } };
const WorkflowRunRecord: Shape = { r: { status: "s" }, o: { run_id: "s", workflow_id: "s", turn_number: "i", is_waiting_for_input: "b", is_completed: "b", error: "sz" } };
const WorkflowRunPage: Shape = { r: { items: { i: WorkflowRunRecord } }, o: { total: "i", page: "i", size: "i", pages: "i" } };

/** `executeWorkflow`, 200. */
export const executeWorkflowAnswer: AnswerShape<operations['executeWorkflow']['responses'][200]['content']['application/json']> = ExecuteWorkflowResponse;
/** `getWorkflowRun`, 200. */
export const getWorkflowRunAnswer: AnswerShape<operations['getWorkflowRun']['responses'][200]['content']['application/json']> = WorkflowRunRecord;
/** `listWorkflowRuns`, 200. */
export const listWorkflowRunsAnswer: AnswerShape<operations['listWorkflowRuns']['responses'][200]['content']['application/json']> = WorkflowRunPage;
