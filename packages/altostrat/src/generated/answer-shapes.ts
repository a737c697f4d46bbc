// Generated from specs/altostrat/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

import type { AnswerShape, Shape } from '@workflow-clients/core/internal';
import type { operations } from './openapi.js';

// What each operation's 2xx JSON answer must be before a provider hands it over: the fields
// its schema requires and the JSON type of every field. The format is documented on `Shape`.

const WorkflowNode: Shape = { o: { id: "s", type: "s", data: "o" } };
const WorkflowEdge: Shape = { o: { id: "s", source: "s", target: "s", sourceHandle: "sz" } };
const WorkflowAuthorization: Shape = { o: { id: "s", user_id: "sz", email: "s", created_at: "s" } };
const Workflow: Shape = { o: { id: "s", name: "s", description: "sz", nodes: { i: WorkflowNode }, edges: { i: WorkflowEdge }, schedule_type: "sz", schedule_value: "sz", next_run_at: "sz", is_active: "b", webhook_url: "sz", created_at: "s", updated_at: "s", authorization: WorkflowAuthorization, runs: { i: "o" } } };
const RunLog: Shape = { o: { id: "s", execution_id: "s", node_id: "s", component_id: "s", status: "s", output: "o", created_at: "s" } };
const WorkflowRun: Shape = { r: { id: "s", status: "s" }, o: { trigger_payload: "o", error_message: "sz", started_at: "sz", completed_at: "sz", duration_in_seconds: "nz", created_at: "s", workflow: Workflow, logs: { i: RunLog } } };
const WorkflowRunPage: Shape = { r: { data: { i: WorkflowRun }, links: { r: { first: "sz", last: "sz", prev: "sz", next: "sz" } }, meta: { r: { current_page: "i", last_page: "i", per_page: "i", total: "i" }, o: { from: "iz", path: "s", to: "iz" } } } };

/** `executeWorkflow`, 202. */
export const executeWorkflowAnswer: AnswerShape<operations['executeWorkflow']['responses'][202]['content']['application/json']> = WorkflowRun;
/** `getWorkflowRun`, 200. */
export const getWorkflowRunAnswer: AnswerShape<operations['getWorkflowRun']['responses'][200]['content']['application/json']> = WorkflowRun;
/** `listWorkflowExecutions`, 200. */
export const listWorkflowExecutionsAnswer: AnswerShape<operations['listWorkflowExecutions']['responses'][200]['content']['application/json']> = WorkflowRunPage;
