// Generated from specs/embedworkflow/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

import type { AnswerShape, Shape } from '@workflow-clients/core/internal';
import type { operations } from './openapi.js';

// What each operation's 2xx JSON answer must be before a provider hands it over: the fields
// its schema requires and the JSON type of every field. The format is documented on `Shape`.

const Execution: Shape = { r: { hashid: "s", actions_count: "i", completed_actions_count: "i", created_at: "s", created_at_string: "s", created_at_utc: "s", execution_data: "o", failed_actions_count: "i", id: "s", idle_actions_count: "i", key: "s", log: "o", name: "s", object: "s", running_actions_count: "i", status: "s", stopped_actions_count: "i" } };
const ExecutionWithStats: Shape = { r: { hashid: "s", actions_count: "i", completed_actions_count: "i", created_at: "s", created_at_string: "s", created_at_utc: "s", execution_data: "o", failed_actions_count: "i", id: "s", idle_actions_count: "i", key: "s", log: "o", name: "s", object: "s", running_actions_count: "i", status: "s", stopped_actions_count: "i", stats: { v: "o" } } };

/** `executeWorkflow`, 201. */
export const executeWorkflowAnswer: AnswerShape<operations['executeWorkflow']['responses'][201]['content']['application/json']> = Execution;
/** `getExecution`, 200. */
export const getExecutionAnswer: AnswerShape<operations['getExecution']['responses'][200]['content']['application/json']> = ExecutionWithStats;
