// Generated from specs/embedworkflow/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

export interface paths {
    "/workflows/{id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a workflow
         * @description Starts one execution of the workflow with the given execution data, for the user
         *     named by `user_key`, and answers `201` with the new execution. The workflow's actions
         *     then run asynchronously. Each call starts a new execution and no idempotency key is
         *     sent (see the `idempotency` decision), so a client must not retry it once the request
         *     may have reached Embed Workflow.
         */
        post: operations["executeWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/executions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an execution
         * @description Reads one execution as it stands now: the same object executing a workflow answered
         *     with, its counts and `status` brought up to date, plus `stats` for each node and edge
         *     of the workflow. Reading changes nothing, so the clients may retry it.
         */
        get: operations["getExecution"];
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
        /** @description How to execute the workflow, and the data the execution starts with. */
        ExecuteWorkflowRequest: {
            /**
             * @description Which kind of identifier the path's `id` is. Left out, the path holds the workflow's system-generated `id`.
             * @default id
             * @example id
             */
            id_type?: string;
            /**
             * @description The key of the user the workflow is executed for. Left out, it is `main`, the documented default.
             * @default main
             * @example main
             */
            user_key?: string;
            /**
             * @description Key/value pairs the execution's actions can read: the context and variables the workflow needs. Echoed back on the execution.
             * @default {}
             */
            execution_data?: {
                [key: string]: unknown;
            };
            /** @description Key/value pairs that Embed Workflow's official Ruby SDK sends beside `execution_data`, by their name form values (the SDK README's execute example passes `Name`, `Email` and `Phone`). Not in the API reference, which says nothing of what the service does with them. */
            form_data?: {
                [key: string]: unknown;
            };
        };
        /** @description One execution of a workflow, with counts of its actions by state. */
        Execution: {
            /**
             * @description A system-generated unique identifier of the execution, beside its `id`.
             * @example 6opb4
             */
            hashid: string;
            /** @description How many actions the execution has in all. */
            actions_count: number;
            /** @description How many of its actions have completed. */
            completed_actions_count: number;
            /**
             * Format: date-time
             * @description When the execution was created, in the time zone the reference calls "specified" (the example's offset is `-04:00`).
             * @example 2025-08-19T11:19:18-04:00
             */
            created_at: string;
            /**
             * @description The creation time formatted as a human-readable string.
             * @example Aug 19, 2025 11:19 am EDT
             */
            created_at_string: string;
            /**
             * Format: date-time
             * @description When the execution was created, in UTC.
             * @example 2025-08-19T15:19:18Z
             */
            created_at_utc: string;
            /** @description The data the execution runs with, as given in the request. */
            execution_data: {
                [key: string]: unknown;
            };
            /** @description How many of its actions have failed. */
            failed_actions_count: number;
            /**
             * @description The execution's system-generated identifier (a UUID in the reference's example); the clients report it as the run id.
             * @example 0198c2e9-cc9f-7277-af8a-40c7ef19273a
             */
            id: string;
            /** @description How many of its actions are idle, not yet started. */
            idle_actions_count: number;
            /**
             * @description A unique key for the execution.
             * @example workflow_15
             */
            key: string;
            /** @description Execution log details; `{}` in the reference's example of a running execution. */
            log: {
                [key: string]: unknown;
            };
            /**
             * @description The execution's name.
             * @example Workflow 15
             */
            name: string;
            /**
             * @description What kind of object this is; always `execution` here.
             * @constant
             */
            object: "execution";
            /** @description How many of its actions are running now. */
            running_actions_count: number;
            /**
             * @description Where the execution stands. A fresh execution is `running`; see the decision on the other words.
             * @example running
             */
            status: string;
            /** @description How many of its actions were stopped. */
            stopped_actions_count: number;
        };
        /** @description An execution as retrieving it answers, with per-node and per-edge statistics. */
        ExecutionWithStats: components["schemas"]["Execution"] & {
            /** @description Statistics for each node and each edge of the workflow, keyed by its id. */
            stats: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        /** @description An error answer. Embed Workflow does not document error bodies; see the `error-responses` decision. */
        EmbedWorkflowError: {
            /** @description A short name for the error, when the answer carries one. */
            error?: string;
            /** @description A human-readable reason, when the answer carries one. */
            message?: string;
            /** @description On `422`, what is wrong with each request field, by field name. */
            errors?: {
                [key: string]: string[];
            };
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description The request could not be read, for example a body that is not a JSON object. */
        BadRequest: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "bad_request",
                 *       "message": "The request body must be a JSON object."
                 *     }
                 */
                "application/json": components["schemas"]["EmbedWorkflowError"];
            };
        };
        /** @description The `Authorization` header is missing or does not hold a secret key Embed Workflow accepts (a publishable `pk_` key included). */
        Unauthorized: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "unauthorized",
                 *       "message": "A valid secret key is required."
                 *     }
                 */
                "application/json": components["schemas"]["EmbedWorkflowError"];
            };
        };
        /** @description No workflow with this identifier exists in the key's account. */
        NotFound: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "not_found",
                 *       "message": "Workflow not found"
                 *     }
                 */
                "application/json": components["schemas"]["EmbedWorkflowError"];
            };
        };
        /** @description No execution with this identifier exists in the key's account. */
        ExecutionNotFound: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "not_found",
                 *       "message": "Execution not found"
                 *     }
                 */
                "application/json": components["schemas"]["EmbedWorkflowError"];
            };
        };
        /** @description The request was read but cannot be carried out, for example invalid execution data. */
        UnprocessableEntity: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "unprocessable_entity",
                 *       "message": "The workflow could not be executed.",
                 *       "errors": {
                 *         "execution_data": [
                 *           "is invalid"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EmbedWorkflowError"];
            };
        };
        /** @description Too many requests; nothing was executed. Safe to retry after the advertised delay. */
        TooManyRequests: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "rate_limited",
                 *       "message": "Too many requests"
                 *     }
                 */
                "application/json": components["schemas"]["EmbedWorkflowError"];
            };
        };
        /** @description Embed Workflow failed while handling the request. The execution may or may not have started, so the clients do not retry it. */
        ServerError: {
            headers: {
                "x-request-id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "internal_server_error",
                 *       "message": "Something went wrong"
                 *     }
                 */
                "application/json": components["schemas"]["EmbedWorkflowError"];
            };
        };
    };
    parameters: {
        /**
         * @description The execution to read: the `id` that executing a workflow answered with. Percent-encoded into the path; `.` and `..` are refused by the clients.
         * @example 0198c2e9-cc9f-7277-af8a-40c7ef19273a
         */
        ExecutionId: string;
        /**
         * @description The identifier Embed Workflow generated for the workflow to execute; which kind of identifier it is is named by the body's `id_type`. The value is percent-encoded into the path; `.` and `..` are refused by the clients because URL parsing would turn them into a different path.
         * @example 0198c2d4-7b1e-7a3c-9f2d-5e8a1b4c6d0f
         */
        WorkflowId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The id Embed Workflow gave this request; quote it when contacting support. The clients report it as `requestId` on errors.
         * @example 6f1c9a52-3b8e-4d07-9a14-c2e5b7d80f36
         */
        RequestId: string;
        /**
         * @description How long to wait before trying again, in seconds or as an HTTP date. Not documented by Embed Workflow; the clients honour it when present.
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
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The identifier Embed Workflow generated for the workflow to execute; which kind of identifier it is is named by the body's `id_type`. The value is percent-encoded into the path; `.` and `..` are refused by the clients because URL parsing would turn them into a different path.
                 * @example 0198c2d4-7b1e-7a3c-9f2d-5e8a1b4c6d0f
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * @description What the execution starts with. Every documented field is optional and has a
         *     default, so `{}` executes the workflow for the `main` user with no execution data.
         */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExecuteWorkflowRequest"];
            };
        };
        responses: {
            /** @description The execution was created and has started. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Execution"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getExecution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The execution to read: the `id` that executing a workflow answered with. Percent-encoded into the path; `.` and `..` are refused by the clients.
                 * @example 0198c2e9-cc9f-7277-af8a-40c7ef19273a
                 */
                id: components["parameters"]["ExecutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The execution. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionWithStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ExecutionNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
