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
         * @description Queues one run of the workflow, handing it the request's `context`, and answers `202`
         *     with the run record, normally still `pending`; the run then proceeds asynchronously.
         *
         *     With an `Idempotency-Key`, a repeat of the request within 24 hours answers with the
         *     original result instead of queueing another run: the run the first request queued, or
         *     the error it was answered with. That makes a failed attempt (a 5xx, a timeout, a
         *     connection reset) safe to send again with the same key: the repeat never queues a
         *     second run, though it may fail again with the original 5xx.
         */
        post: operations["executeWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a workflow run
         * @description Reads one run as it stands now, with the log of every step it has executed so far:
         *     the way to follow a run that `executeWorkflow` queued until it completes, fails or
         *     waits for someone. Reading changes nothing, so the clients may retry it.
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
    "/workflows/{workflowId}/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a workflow's executions
         * @description The workflow's runs, a page at a time, in Laravel's paginated shape: the runs in
         *     `data`, links to the neighbouring pages in `links`, and the counts in `meta`. Follow
         *     `links.next` (or raise `page`) until it is null.
         */
        get: operations["listWorkflowExecutions"];
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
        /** @description What the run starts with. */
        ExecuteWorkflowRequest: {
            /** @description Key/value data the run starts with, such as the reference's `user_id` and `source`; the run's `trigger_payload` is taken to be this object. */
            context?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Where the run stands:
         *     - `pending`: queued, not started yet.
         *     - `running`: in progress.
         *     - `completed`: finished successfully.
         *     - `failed`: stopped with an error; see `error_message`.
         *     - `awaiting_ui_interaction`: paused until someone acts in Altostrat's interface.
         * @enum {string}
         */
        RunStatus: "pending" | "running" | "completed" | "failed" | "awaiting_ui_interaction";
        /** @description One run of a workflow. */
        WorkflowRun: {
            /**
             * @description The run's id, prefixed `fl_run_` in every example; pass it unchanged to read the run back.
             * @example fl_run_a1b2c3d4e5f6g7h8
             */
            id: string;
            status: components["schemas"]["RunStatus"];
            /** @description The data the run was triggered with; for a run this call queued, the request's `context`. */
            trigger_payload?: {
                [key: string]: unknown;
            };
            /**
             * @description Why the run failed; null unless it did.
             * @example Webhook request failed: 503 Service Unavailable
             */
            error_message?: string | null;
            /**
             * Format: date-time
             * @description When the run started; null while it is still queued.
             */
            started_at?: string | null;
            /**
             * Format: date-time
             * @description When the run ended, successfully or not; null until it does.
             */
            completed_at?: string | null;
            /** @description How long the run took, in seconds; null until it ends. */
            duration_in_seconds?: number | null;
            /**
             * Format: date-time
             * @description When the run was queued.
             */
            created_at?: string;
            workflow?: components["schemas"]["Workflow"];
            /** @description The run's log entries, each about one node it ran. */
            logs?: components["schemas"]["RunLog"][];
        };
        /** @description The workflow the run belongs to. */
        Workflow: {
            /**
             * @description The workflow's prefixed id (`fl_...`), the one the `workflowId` path parameter takes.
             * @example fl_a1b2c3d4e5f6g7h8
             */
            id?: string;
            /** @description The workflow's human-readable name. */
            name?: string;
            /** @description What the workflow does. */
            description?: string | null;
            /** @description The steps of the workflow graph. */
            nodes?: components["schemas"]["WorkflowNode"][];
            /** @description The connections between the steps. */
            edges?: components["schemas"]["WorkflowEdge"][];
            /**
             * @description What starts the workflow on its own, such as `cron` (the reference's example).
             * @example cron
             */
            schedule_type?: string | null;
            /** @description The schedule's value for its `schedule_type`, such as the cron expression `0 9 * * *` (the reference's example for `cron`). */
            schedule_value?: string | null;
            /**
             * Format: date-time
             * @description When the schedule runs the workflow next; null when it has no schedule.
             */
            next_run_at?: string | null;
            /** @description Whether the workflow is active (`true` in the reference's example). */
            is_active?: boolean;
            /** @description The workflow's webhook URL, when it has one. */
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
            /** @description The workflow's runs; the reference shows the list but not the fields of its entries. */
            runs?: {
                [key: string]: unknown;
            }[];
        };
        /** @description One step of the workflow graph. */
        WorkflowNode: {
            /** @description The node's id within the workflow. */
            id?: string;
            /** @description The kind of node, such as `action`. */
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
            /** @description Which output of the source node the edge leaves by, such as `true` (the reference's example). */
            sourceHandle?: string | null;
        };
        /** @description The authorization attached to the workflow, as the reference's example shows it. */
        WorkflowAuthorization: {
            /** @description The authorization's id, prefixed `auth_` in the reference's example. */
            id?: string;
            /** @description The id of the user the authorization names. */
            user_id?: string | null;
            /**
             * Format: email
             * @description An email address, that user's as far as the example suggests.
             */
            email?: string;
            /**
             * Format: date-time
             * @description When the authorization was created.
             */
            created_at?: string;
        };
        /** @description One entry of the run's log, about one node of the workflow. */
        RunLog: {
            /** @description The log entry's id, prefixed `fl_log_` in the reference's example. */
            id?: string;
            /** @description The id of the run the entry belongs to. */
            execution_id?: string;
            /** @description The node the entry describes. */
            node_id?: string;
            /** @description The component the node ran, such as `webhook`. */
            component_id?: string;
            /** @description The step's status, such as `success` (the reference's example). */
            status?: string;
            /** @description What the step produced. */
            output?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the step ran.
             */
            created_at?: string;
        };
        /** @description One page of runs, in Laravel's paginated shape. */
        WorkflowRunPage: {
            /** @description The runs on this page. */
            data: components["schemas"]["WorkflowRun"][];
            /** @description Absolute URLs of the first, last, previous and next pages; null where there is none. */
            links: {
                /**
                 * Format: uri
                 * @description The first page.
                 */
                first: string | null;
                /**
                 * Format: uri
                 * @description The last page.
                 */
                last: string | null;
                /**
                 * Format: uri
                 * @description The page before this one; null on the first.
                 */
                prev: string | null;
                /**
                 * Format: uri
                 * @description The page after this one; null on the last.
                 */
                next: string | null;
            };
            /** @description Where this page sits among all of them. */
            meta: {
                /** @description This page's number. */
                current_page: number;
                /** @description The position of this page's first run among all runs; null when the page is empty. */
                from?: number | null;
                /** @description The number of the last page. */
                last_page: number;
                /**
                 * Format: uri
                 * @description The list's URL without the page query.
                 */
                path?: string;
                /** @description How many runs a page holds. */
                per_page: number;
                /** @description The position of this page's last run; null when the page is empty. */
                to?: number | null;
                /** @description How many runs there are in all. */
                total: number;
            };
        };
        /** @description An error answer in Laravel's shape; see the `error-responses` decision. */
        AltostratError: {
            /** @description A human-readable reason. */
            message: string;
            /** @description On 422, what is wrong with each request field, by field name. */
            errors?: {
                [key: string]: string[];
            };
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description The bearer token is missing, expired or not one Altostrat issued. */
        Unauthenticated: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
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
        /** @description The token is valid, but its account may not run this workflow. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
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
        /** @description No workflow with this id is visible to the token's account. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
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
        /** @description No run with this id is visible to the token's account. */
        RunNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Workflow run not found."
                 *     }
                 */
                "application/json": components["schemas"]["AltostratError"];
            };
        };
        /** @description The body or the idempotency key did not pass validation; nothing was queued. */
        UnprocessableContent: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
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
        /** @description Too many requests in the current window; nothing was queued. Safe to retry after the advertised wait. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
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
        /** @description Altostrat failed while handling the request. The run may or may not have been queued: a repeat with the same idempotency key is safe, a repeat without one may run the workflow twice. Within 24 hours, a repeat with the same key may be answered with this same error, the original result (see the `idempotent-replay` decision). */
        ServerError: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
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
        /** @description Altostrat is in maintenance or cannot reach a service it depends on. Safe to repeat with the same idempotency key, after `Retry-After` when it is given; the repeat may be answered with this same error, the original result. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Service Unavailable"
                 *     }
                 */
                "application/json": components["schemas"]["AltostratError"];
            };
        };
    };
    parameters: {
        /**
         * @description The workflow's prefixed id, `fl_` and then the rest of the id, such as `fl_a1b2c3d4e5f6g7h8`. Any character after the prefix is percent-encoded into the path.
         * @example fl_a1b2c3d4e5f6g7h8
         */
        WorkflowId: string;
        /**
         * @description The run's id, exactly as executing the workflow answered it (its `id`), such as `fl_run_a1b2c3d4e5f6g7h8`. It is percent-encoded into the path; an empty id, `.` and `..` are refused by the clients because URL parsing would turn them into a different path.
         * @example fl_run_a1b2c3d4e5f6g7h8
         */
        RunId: string;
        /**
         * @description A UUID that names this execution request. Altostrat acts on a key once: the same key sent again within 24 hours answers with the first request's original result. The providers generate one per `run` unless the caller gives one, and send that same key on every retry.
         * @example 5f0c6a1e-8a4b-4f7e-9d2a-3b1c0e9f7a64
         */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description An id for this request, to quote to Altostrat's support. Decided, not documented.
         * @example req_01h3j4k5l6m7n8p9q0r1s2t3u4
         */
        RequestId: string;
        /**
         * @description How many requests the current window allows. Decided, not documented.
         * @example 60
         */
        RateLimitLimit: number;
        /**
         * @description How many requests are left in the current window. Decided, not documented.
         * @example 59
         */
        RateLimitRemaining: number;
        /**
         * @description When the window resets, as Unix seconds. Decided, not documented.
         * @example 1761912060
         */
        RateLimitReset: number;
        /**
         * @description How long to wait before trying again, in seconds or as an HTTP date. Decided, not documented; the clients wait it out when present.
         * @example 1
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
                 * @description A UUID that names this execution request. Altostrat acts on a key once: the same key sent again within 24 hours answers with the first request's original result. The providers generate one per `run` unless the caller gives one, and send that same key on every retry.
                 * @example 5f0c6a1e-8a4b-4f7e-9d2a-3b1c0e9f7a64
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The workflow's prefixed id, `fl_` and then the rest of the id, such as `fl_a1b2c3d4e5f6g7h8`. Any character after the prefix is percent-encoded into the path.
                 * @example fl_a1b2c3d4e5f6g7h8
                 */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * @description The data the run starts with. The reference's example is always sent as JSON, so a
         *     body is required even when `context` is left out.
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteWorkflowRequest"];
            };
        };
        responses: {
            /** @description The run was accepted and queued (or, for a repeated key, the run the first request created). */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
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
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWorkflowRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The run's id, exactly as executing the workflow answered it (its `id`), such as `fl_run_a1b2c3d4e5f6g7h8`. It is percent-encoded into the path; an empty id, `.` and `..` are refused by the clients because URL parsing would turn them into a different path.
                 * @example fl_run_a1b2c3d4e5f6g7h8
                 */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run, with its logs. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRun"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["RunNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWorkflowExecutions: {
        parameters: {
            query?: {
                /**
                 * @description Which page to return, counting from 1.
                 * @example 2
                 */
                page?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The workflow's prefixed id, `fl_` and then the rest of the id, such as `fl_a1b2c3d4e5f6g7h8`. Any character after the prefix is percent-encoded into the path.
                 * @example fl_a1b2c3d4e5f6g7h8
                 */
                workflowId: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the workflow's runs. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowRunPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
