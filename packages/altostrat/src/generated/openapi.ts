// Generated from specs/altostrat/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

export interface paths {
    "/workflows/{workflowId}/execute": {
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
         * @description Queues one run of the workflow with the given context and answers `202` with the run
         *     record, usually still `pending`. With an `Idempotency-Key`, a repeat of the request
         *     within 24 hours answers with the original run instead of queueing another, so a
         *     failed attempt (5xx, timeout, reset) may be retried with the same key.
         */
        post: operations["executeWorkflow"];
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
        /** @description What the run starts with. */
        ExecuteWorkflowRequest: {
            /** @description Key/value data the run's nodes can read, stored on the run as `trigger_payload`. */
            context?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Where the run stands: `pending` (queued), `running`, `completed`, `failed`, or `awaiting_ui_interaction` (paused until someone acts in Altostrat's interface).
         * @enum {string}
         */
        RunStatus: "pending" | "running" | "completed" | "failed" | "awaiting_ui_interaction";
        /** @description One run of a workflow. */
        WorkflowRun: {
            /**
             * @description The run's prefixed id.
             * @example fl_run_a1b2c3d4e5f6g7h8
             */
            id: string;
            status: components["schemas"]["RunStatus"];
            /** @description The `context` the run was started with. */
            trigger_payload?: {
                [key: string]: unknown;
            };
            /** @description Why the run failed; null unless it did. */
            error_message?: string | null;
            /**
             * Format: date-time
             * @description When the run started; null while it is still queued.
             */
            started_at?: string | null;
            /**
             * Format: date-time
             * @description When the run ended; null until it does.
             */
            completed_at?: string | null;
            /** @description How long the run took; null until it ends. */
            duration_in_seconds?: number | null;
            /**
             * Format: date-time
             * @description When the run was created.
             */
            created_at?: string;
            workflow?: components["schemas"]["Workflow"];
            /** @description One entry per node the run has executed so far. */
            logs?: components["schemas"]["RunLog"][];
        };
        /** @description The workflow the run belongs to. */
        Workflow: {
            /** @description The workflow's prefixed id. */
            id?: string;
            /** @description The workflow's name. */
            name?: string;
            /** @description What the workflow is for. */
            description?: string | null;
            /** @description The workflow's steps. */
            nodes?: components["schemas"]["WorkflowNode"][];
            /** @description The connections between steps. */
            edges?: components["schemas"]["WorkflowEdge"][];
            /** @description How the workflow is scheduled, for example `cron`; null when it is not. */
            schedule_type?: string | null;
            /** @description The schedule itself, for example a cron expression. */
            schedule_value?: string | null;
            /**
             * Format: date-time
             * @description When the schedule next runs the workflow.
             */
            next_run_at?: string | null;
            /** @description Whether the workflow can run. */
            is_active?: boolean;
            /** @description The URL that triggers the workflow by webhook. */
            webhook_url?: string | null;
            /**
             * Format: date-time
             * @description When the workflow was created.
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description When the workflow last changed.
             */
            updated_at?: string;
            authorization?: components["schemas"]["WorkflowAuthorization"];
            /** @description Runs of the workflow; the reference leaves their fields unspecified here. */
            runs?: {
                [key: string]: unknown;
            }[];
        };
        /** @description One step of a workflow. */
        WorkflowNode: {
            /** @description The node's id within the workflow. */
            id?: string;
            /** @description The kind of node, for example `action`. */
            type?: string;
            /** @description The node's settings, such as the `componentId` it runs. */
            data?: {
                [key: string]: unknown;
            };
        };
        /** @description A connection from one node to the next. */
        WorkflowEdge: {
            /** @description The edge's id. */
            id?: string;
            /** @description The node the edge leaves. */
            source?: string;
            /** @description The node the edge enters. */
            target?: string;
            /** @description Which output of the source node the edge leaves from, such as `true` for a condition. */
            sourceHandle?: string | null;
        };
        /** @description The account the workflow runs as. */
        WorkflowAuthorization: {
            /** @description The authorization's prefixed id. */
            id?: string;
            /** @description The user the authorization belongs to. */
            user_id?: string;
            /**
             * Format: email
             * @description That user's email address.
             */
            email?: string;
            /**
             * Format: date-time
             * @description When the authorization was granted.
             */
            created_at?: string;
        };
        /** @description What one node did during the run. */
        RunLog: {
            /** @description The log entry's prefixed id. */
            id?: string;
            /** @description The run the entry belongs to. */
            execution_id?: string;
            /** @description The node the entry describes. */
            node_id?: string;
            /** @description How the node's step ended, for example `success`. */
            status?: string;
            /** @description What the node produced. */
            output?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the node ran.
             */
            created_at?: string;
        };
        /** @description An error answer, in Laravel's shape; see the `error-responses` decision. */
        AltostratError: {
            /** @description A human-readable reason. */
            message: string;
            /** @description On 422, the problems with each request field, by field name. */
            errors?: {
                [key: string]: string[];
            };
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description The bearer token is missing, expired or not valid. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Unauthenticated."
                 *     }
                 */
                "application/json": components["schemas"]["AltostratError"];
            };
        };
        /** @description The token is valid but may not run this workflow. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "This action is unauthorized."
                 *     }
                 */
                "application/json": components["schemas"]["AltostratError"];
            };
        };
        /** @description No workflow with this id is visible to the token. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Workflow not found."
                 *     }
                 */
                "application/json": components["schemas"]["AltostratError"];
            };
        };
        /** @description The body or the idempotency key is malformed. */
        UnprocessableContent: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "The context field must be an array.",
                 *       "errors": {
                 *         "context": [
                 *           "The context field must be an array."
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["AltostratError"];
            };
        };
        /** @description Too many requests; nothing was queued. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Too Many Attempts."
                 *     }
                 */
                "application/json": components["schemas"]["AltostratError"];
            };
        };
        /** @description Altostrat failed while handling the request. With an idempotency key the request can be repeated safely; without one the run may or may not have been queued. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Server Error"
                 *     }
                 */
                "application/json": components["schemas"]["AltostratError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description Seconds (or an HTTP date) to wait before trying again. Decided, not documented; honoured when present.
         * @example 10
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
            header?: {
                /**
                 * @description A UUID naming this execution request. Altostrat processes a key once: the same key within 24 hours returns the run the first request created. The clients generate one per `run` unless the caller gives one.
                 * @example 5f0c6a1e-8a4b-4f7e-9d2a-3b1c0e9f7a64
                 */
                "Idempotency-Key"?: string;
            };
            path: {
                /**
                 * @description The workflow's prefixed id, such as `fl_a1b2c3d4e5f6g7h8`.
                 * @example fl_a1b2c3d4e5f6g7h8
                 */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteWorkflowRequest"];
            };
        };
        responses: {
            /** @description The run was accepted and queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
