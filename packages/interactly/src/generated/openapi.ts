// Generated from specs/interactly/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

export interface paths {
    "/workflows/v1/workflows/{workflow_id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute one turn of a workflow run
         * @description Runs one turn of an interactive workflow run and answers when the turn is over.
         *
         *     - **First turn**: leave `run_id` out. Interactly creates the run record and answers
         *       with its `run_id`. The `version` query parameter picks the workflow version here.
         *     - **Later turns**: send the `run_id` from the previous answer, with the next input,
         *       to continue the same run. The run keeps the version its first turn chose.
         *     - **Cancelling**: send the `run_id` with `run_input.command` set to `stop`.
         *
         *     No idempotency key exists, so a client must not retry a turn once the request may
         *     have reached Interactly (only a `429`, or a connection that failed before sending,
         *     is safe to retry).
         */
        post: operations["executeWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/v1/workflow-runs/{workflow_run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one workflow run
         * @description Reads a run as it stands now, without taking a turn: the way to follow a run that is
         *     still going, or to look one up later by the `run_id` a turn answered with. Reading
         *     never changes the run, so the clients retry it like any safe request.
         */
        get: operations["getWorkflowRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/v1/workflow-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflow runs
         * @description Runs, a page at a time, optionally narrowed by a search text, a time window and
         *     filters.
         */
        get: operations["listWorkflowRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description One turn of a run. */
        ExecuteWorkflowRequest: {
            run_input: components["schemas"]["WorkflowRunInput"];
            /**
             * @description The run this turn belongs to. Leave it out on the first turn: Interactly creates the run and returns its id. Send the returned id, unchanged, on every later turn and to cancel the run.
             * @example 6650f1c2a9e4b3d2c1f0e9a8
             */
            run_id?: string | null;
        };
        /** @description What the workflow receives on this turn. */
        WorkflowRunInput: {
            /**
             * @description What to do with the run. The reference's example sends `start` on a first turn, and its protocol cancels a run by sending `stop` with the `run_id`. Leave it out on a turn that only continues the run.
             * @example start
             * @example stop
             */
            command?: string;
            /**
             * @description The workflow being run, the same id as in the path.
             * @example 5eb7cf5a86d9755df3a6c593
             */
            workflow_id?: string;
            /** @description Values for the workflow's variables. On the first turn, the run's input; on a later turn, the input the paused workflow asked for. */
            dynamic_variables?: {
                [key: string]: unknown;
            };
            /** @description Runtime variables for the run (meaning read from the name; see `field-meanings`). */
            runtime_variables?: {
                [key: string]: unknown;
            };
            /** @description Other data for the turn (meaning read from the name; see `field-meanings`). */
            miscellaneous?: {
                [key: string]: unknown;
            };
            /**
             * @description The workflow version the input is meant for.
             * @example 0
             */
            version_number?: number;
            /** @description Who runs the workflow (meaning read from the name; see `field-meanings`). */
            run_by?: string;
            /**
             * @description The id of the run's record. The clients send `run_id` to name a run and leave this field out.
             * @example 5eb7cf5a86d9755df3a6c593
             */
            workflow_run_id?: string;
            /** @description A team's id, presumably the team the run belongs to (see `field-meanings`). */
            team_id?: string;
            /** @description The logical id of a node to start from (meaning read from the name; see `field-meanings`). */
            start_node_logical_id?: string;
            /** @description An initial state for the run (meaning read from the name; see `field-meanings`). */
            initial_state?: {
                [key: string]: unknown;
            };
            /** @description Inputs for nodes, keyed by thread (meaning read from the name; see `field-meanings`). */
            thread_to_node_inputs?: {
                [key: string]: unknown;
            };
        };
        /** @description Where the run stands after this turn. The same shape answers the first turn and every later one. */
        ExecuteWorkflowResponse: {
            /**
             * @description The run's id (the MongoDB ObjectId of its record). Send it with every later turn of this run, and to read the run back.
             * @example 6650f1c2a9e4b3d2c1f0e9a8
             */
            run_id: string;
            status: components["schemas"]["WorkflowRunStatus"];
            /**
             * @description Which turn of the run this answer belongs to, counting from 1.
             * @example 1
             */
            turn_number: number;
            /** @description Every event the workflow runtime emitted during this turn: node start and end events, language-model events, state displays, and the final pause, end or error event. */
            events: {
                [key: string]: unknown;
            }[];
            /** @description True when the workflow paused and expects input in the next turn. */
            is_waiting_for_input: boolean;
            /** @description True when the run has ended (completed, failed, cancelled or aborted); no further turn will be accepted. */
            is_completed: boolean;
            /** @description A readable reason the run failed; set when `status` is `failed`. */
            error?: string | null;
            /** @description When the run waits for input: the serialised "waiting for a user message" event, describing what the next turn should send. */
            next_input_hint?: {
                [key: string]: unknown;
            };
        };
        /** @description A run as stored, read without taking a turn. Only `status` is relied on; see the `run-fields` decision on the operation. */
        WorkflowRunRecord: {
            /**
             * @description The run's id, as the turns report it.
             * @example 6650f1c2a9e4b3d2c1f0e9a8
             */
            run_id?: string;
            /**
             * @description The workflow the run belongs to.
             * @example 5eb7cf5a86d9755df3a6c593
             */
            workflow_id?: string;
            status: components["schemas"]["WorkflowRunStatus"];
            /** @description The run's latest turn, counting from 1, as the execute answer numbers turns. */
            turn_number?: number;
            /** @description True when the run paused and expects another turn. */
            is_waiting_for_input?: boolean;
            /** @description True when the run has ended. */
            is_completed?: boolean;
            /** @description Why the run failed, when it did. */
            error?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description One page of runs (inferred shape; see the `page-shape` decision). */
        WorkflowRunPage: {
            /** @description The runs on this page. */
            items: components["schemas"]["WorkflowRunRecord"][];
            /** @description How many runs match, on every page together. */
            total?: number;
            /** @description This page's number. */
            page?: number;
            /** @description The page size asked for. */
            size?: number;
            /** @description How many pages there are. */
            pages?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Where the run stands after the turn.
         * @enum {string}
         */
        WorkflowRunStatus: "not_started" | "started" | "running" | "failed" | "completed" | "paused" | "waiting_for_user_input" | "cancelled" | "aborted_looping_risk";
        /** @description An error answer in FastAPI's shape, with the reason in `detail`. Not documented by Interactly; see the `error-responses` decision. */
        HttpError: {
            /** @description Why the request failed. */
            detail: string;
        } & {
            [key: string]: unknown;
        };
        /** @description FastAPI's answer to a request that breaks the operation's schema (inferred). */
        HTTPValidationError: {
            /** @description One entry per problem found. */
            detail: components["schemas"]["ValidationError"][];
        };
        /** @description One problem with the request. */
        ValidationError: {
            /** @description Where the problem is, e.g. `["body", "run_input", "command"]`. */
            loc: (string | number)[];
            /** @description What is wrong, in words. */
            msg: string;
            /** @description The kind of problem, as a machine-readable name. */
            type: string;
            /** @description The value that was refused, when the server includes it. */
            input?: unknown;
            /** @description Extra facts about the problem, such as the limit that was broken. */
            ctx?: {
                [key: string]: unknown;
            };
        };
    };
    responses: {
        /** @description The `Authorization` header is missing or holds a key Interactly does not accept. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Not authenticated"
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description The key is valid but its team may not run this workflow. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Not allowed to run this workflow"
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description No workflow with this id exists for the key's team, or no run with the `run_id` sent. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description No run with this id exists for the key's team. */
        RunNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Workflow run not found"
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description The request breaks the operation's schema; nothing was run (inferred, see `error-responses`). */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": [
                 *         {
                 *           "loc": [
                 *             "query",
                 *             "version"
                 *           ],
                 *           "msg": "Input should be greater than or equal to 0",
                 *           "type": "greater_than_equal"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["HTTPValidationError"];
            };
        };
        /** @description Too many requests; nothing was run. Safe to retry after the advertised delay. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Too many requests"
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
            };
        };
        /** @description Interactly failed while handling the turn. The turn may or may not have run, so the clients do not retry it. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Internal Server Error"
                 *     }
                 */
                "application/json": components["schemas"]["HttpError"];
                /** @example Internal Server Error */
                "text/plain": string;
            };
        };
    };
    parameters: {
        /**
         * @description The workflow to run: a MongoDB ObjectId, exactly 24 lower-case hexadecimal digits. The clients refuse any other value before sending.
         * @example 5eb7cf5a86d9755df3a6c593
         */
        WorkflowId: string;
        /**
         * @description The run to read: the `run_id` a turn answered with, unchanged. It is percent-encoded into the path; an empty id, `.` and `..` are refused by the clients because URL parsing would turn them into a different path.
         * @example 6650f1c2a9e4b3d2c1f0e9a8
         */
        WorkflowRunId: string;
        /**
         * @description The workflow version to run. Only the first turn reads it; later turns always run the version the first turn chose. Left out (or null), the server picks the version.
         * @example 3
         */
        Version: number | null;
    };
    requestBodies: never;
    headers: {
        /**
         * @description How long to wait before trying again, in seconds or as an HTTP date. Not documented by Interactly; the clients honour it when present.
         * @example 30
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    executeWorkflow: {
        parameters: {
            query?: {
                /**
                 * @description The workflow version to run. Only the first turn reads it; later turns always run the version the first turn chose. Left out (or null), the server picks the version.
                 * @example 3
                 */
                version?: components["parameters"]["Version"];
            };
            header?: never;
            path: {
                /**
                 * @description The workflow to run: a MongoDB ObjectId, exactly 24 lower-case hexadecimal digits. The clients refuse any other value before sending.
                 * @example 5eb7cf5a86d9755df3a6c593
                 */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /** @description The input for this turn and, after the first turn, the run it belongs to. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteWorkflowRequest"];
            };
        };
        responses: {
            /**
             * @description The turn ran. The same body answers every turn: `status`, `is_waiting_for_input`
             *     and `is_completed` say whether to send another turn, and `next_input_hint` what
             *     to send.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecuteWorkflowResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getWorkflowRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The run to read: the `run_id` a turn answered with, unchanged. It is percent-encoded into the path; an empty id, `.` and `..` are refused by the clients because URL parsing would turn them into a different path.
                 * @example 6650f1c2a9e4b3d2c1f0e9a8
                 */
                workflow_run_id: components["parameters"]["WorkflowRunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRunRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RunNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listWorkflowRuns: {
        parameters: {
            query?: {
                /**
                 * @description Which page to return, counting from 1.
                 * @example 2
                 */
                page?: number;
                /**
                 * @description How many runs a page holds.
                 * @example 50
                 */
                size?: number;
                /**
                 * @description A search text to narrow the runs by.
                 * @example Jane Doe
                 */
                search?: string;
                /**
                 * @description The beginning of a time window to narrow the runs by, as a date-time.
                 * @example 2026-11-01T00:00:00Z
                 */
                start?: string;
                /**
                 * @description The end of a time window to narrow the runs by, as a date-time.
                 * @example 2026-11-02T00:00:00Z
                 */
                end?: string;
                /** @description Further conditions on the runs, in a syntax the reference does not describe. */
                filters?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRunPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
