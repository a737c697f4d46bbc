// Generated from specs/aitutor/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

export interface paths {
    "/api/v1/run/{workflow_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a workflow
         * @description Runs the published workflow with the given template variables and answers when the
         *     text is complete, which can take up to 300 seconds; clients must wait longer than
         *     that. Each successful run deducts credits from the organization's balance according
         *     to the tokens used.
         */
        post: operations["runWorkflow"];
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
        /** @description Template variables by name. */
        WorkflowInput: {
            [key: string]: unknown;
        };
        /** @description The finished run's output. */
        RunWorkflowResponse: {
            /**
             * @description Always `true` on success.
             * @constant
             */
            success: true;
            /** @description The complete generated text. */
            result: string;
            /** @description The web sources the model used, when it searched the web. Absent when it did not, and on cached results (inferred). */
            citations?: string[];
        };
        /** @description An error answer, flat as the service sends it. */
        ErrorResponse: {
            /**
             * @description Always `false` on an error.
             * @constant
             */
            success: false;
            /** @description A human-readable reason. */
            error: string;
            /**
             * @description A machine-readable reason, on some errors. Values seen (inferred, not documented): `missing_input`, `workflow_not_found`, `workflow_run_failed`, `invalid_billing`, `internal_server_error`, `request_blocked`.
             * @example workflow_not_found
             */
            code?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description How many requests the rate-limit window allows. Sent only with fresh (uncached) results (inferred), so it may be absent.
         * @example 60
         */
        RateLimitLimit: number;
        /**
         * @description How many requests are left in the current window. Absent like `x-ratelimit-limit`.
         * @example 59
         */
        RateLimitRemaining: number;
        /**
         * @description Seconds (or an HTTP date) to wait before trying again. Decided, not documented; honoured when present.
         * @example 20
         */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    runWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the workflow to run, for example `wf_abc123`.
                 * @example wf_abc123
                 */
                workflow_id: string;
            };
            cookie?: never;
        };
        /** @description The workflow's input variables as key/value pairs. Each key must be exactly the name of a variable in the workflow's template (for `{{story}}`, the key `story`). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowInput"];
            };
        };
        responses: {
            /** @description The run finished; the answer holds the whole generated text. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunWorkflowResponse"];
                };
            };
            /** @description The Authorization header is missing or holds a key that is not valid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Unauthorized. Please provide a valid secret key."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The organization has no credits left; nothing was run. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "No credits remaining. Please add credits to continue using the service.",
                     *       "code": "invalid_billing"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No published workflow has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Workflow not found",
                     *       "code": "workflow_not_found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The rate limit for the current window is used up; nothing was run. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Rate limit exceeded"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The run failed while executing. Credits may have been spent and the model may have run, so the clients do not retry it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Failed to run workflow",
                     *       "code": "workflow_run_failed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
