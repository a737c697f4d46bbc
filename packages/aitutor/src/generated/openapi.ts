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
         * Run a workflow and wait for its output
         * @description Runs the published workflow with the given template variables and answers once the
         *     model has finished, with the complete text in one JSON body. A run may last up to 300
         *     seconds before the service gives up, so a client must wait longer than that for the
         *     answer (the clients wait 310 seconds by default). Meant for server-side callers that
         *     do not need the text as it is generated; the streaming endpoint serves those that do.
         *
         *     Each successful run deducts credits from the organization's balance according to the
         *     tokens it used. No idempotency key is documented, so a request that may have reached
         *     the service is never sent again by the clients: only a `429`, or a connection that
         *     failed before sending, is retried.
         */
        post: operations["runWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a single-use stream token
         * @description Exchanges the secret key for a token that authorizes one streaming run. The token is
         *     good for `ttl` seconds and for one use only; the clients fetch a fresh one for every
         *     stream.
         */
        get: operations["createStreamToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/run/{workflow_id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a workflow and stream its output
         * @description Runs the published workflow like `runWorkflow`, with the same body, but sends the
         *     generated text as it is produced, in plain UTF-8 chunks, ending the body when the model
         *     is done. Authenticated only by the single-use stream token (`aiTutorStreamToken`, the
         *     `token` query parameter): no `Authorization` header is needed, so the call can be made
         *     from a browser.
         *
         *     A stream cut off part-way cannot be resumed, and the token is spent, so the clients do
         *     not retry it.
         */
        post: operations["streamWorkflow"];
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
        /**
         * @description Template variables by name; the values are put into the template where their names appear.
         * @example {
         *       "story": "A dragon who is afraid of the dark learns to love the night sky."
         *     }
         */
        WorkflowVariables: {
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
            /** @description The web sources the model used. Present only when the model searched the web, and left out of cached results (inferred). */
            citations?: string[];
        };
        /** @description A single-use token for one streaming run. */
        StreamToken: {
            /**
             * @description Always `true` on success.
             * @constant
             */
            success: true;
            /**
             * @description The token, to pass as the stream's `token` query parameter (`aiTutorStreamToken`).
             * @example pub_tok_8f3a2c1d9e7b6a5f4c3d2e1f
             */
            token: string;
            /**
             * @description How many seconds the token stays valid.
             * @example 60
             */
            ttl: number;
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
             * @description A machine-readable reason, present on some errors only. Values seen (inferred, not documented): `missing_input`, `workflow_not_found`, `workflow_run_failed`, `invalid_billing`, `internal_server_error`, `request_blocked`.
             * @example workflow_not_found
             */
            code?: string;
        };
    };
    responses: {
        /** @description The run finished; the answer holds the whole generated text. */
        RunCompleted: {
            headers: {
                /**
                 * @description How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.
                 * @example 60
                 */
                "x-ratelimit-limit"?: number;
                /**
                 * @description How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.
                 * @example 59
                 */
                "x-ratelimit-remaining"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RunWorkflowResponse"];
            };
        };
        /** @description The `Authorization` header is missing or holds a key the service does not accept. */
        Unauthorized: {
            headers: {
                /**
                 * @description How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.
                 * @example 60
                 */
                "x-ratelimit-limit"?: number;
                /**
                 * @description How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.
                 * @example 59
                 */
                "x-ratelimit-remaining"?: number;
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
        /** @description The organization has no credits left; nothing was run. Add credits before trying again. */
        PaymentRequired: {
            headers: {
                /**
                 * @description How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.
                 * @example 60
                 */
                "x-ratelimit-limit"?: number;
                /**
                 * @description How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.
                 * @example 59
                 */
                "x-ratelimit-remaining"?: number;
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
        /** @description No workflow has this id, or the workflow is not published. */
        NotFound: {
            headers: {
                /**
                 * @description How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.
                 * @example 60
                 */
                "x-ratelimit-limit"?: number;
                /**
                 * @description How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.
                 * @example 59
                 */
                "x-ratelimit-remaining"?: number;
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
        /** @description The rate limit of the current window is used up; nothing was run. Safe to retry after the advertised delay. */
        TooManyRequests: {
            headers: {
                /**
                 * @description Seconds to wait, or an HTTP date to wait until, before trying again.
                 * @example 20
                 */
                "Retry-After"?: string;
                /**
                 * @description How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.
                 * @example 60
                 */
                "x-ratelimit-limit"?: number;
                /**
                 * @description How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.
                 * @example 0
                 */
                "x-ratelimit-remaining"?: number;
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
        /** @description The `token` is not accepted, for example because it has expired or was already used. */
        InvalidToken: {
            headers: {
                /**
                 * @description How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.
                 * @example 60
                 */
                "x-ratelimit-limit"?: number;
                /**
                 * @description How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.
                 * @example 59
                 */
                "x-ratelimit-remaining"?: number;
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
        /** @description The service could not issue a token; try again later. */
        TokenFailed: {
            headers: {
                /**
                 * @description How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.
                 * @example 60
                 */
                "x-ratelimit-limit"?: number;
                /**
                 * @description How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.
                 * @example 59
                 */
                "x-ratelimit-remaining"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Failed to create token",
                 *       "code": "internal_server_error"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Something went wrong while the workflow ran. The model may have run and credits may have been spent, so the clients do not retry it. */
        RunFailed: {
            headers: {
                /**
                 * @description How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.
                 * @example 60
                 */
                "x-ratelimit-limit"?: number;
                /**
                 * @description How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.
                 * @example 59
                 */
                "x-ratelimit-remaining"?: number;
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
    parameters: {
        /**
         * @description The id of the published workflow to run, for example `wf_abc123`. Any other character is percent-encoded into the path; `.` and `..` are refused by the clients because URL parsing would turn them into a different path.
         * @example wf_abc123
         */
        WorkflowId: string;
    };
    requestBodies: never;
    headers: never;
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
                 * @description The id of the published workflow to run, for example `wf_abc123`. Any other character is percent-encoded into the path; `.` and `..` are refused by the clients because URL parsing would turn them into a different path.
                 * @example wf_abc123
                 */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /** @description The workflow's input variables as a JSON object of key/value pairs. Each key must be exactly the name of a variable in the workflow's template: for a template containing `{{story}}`, the key is `story`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowVariables"];
            };
        };
        responses: {
            200: components["responses"]["RunCompleted"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["RunFailed"];
        };
    };
    createStreamToken: {
        parameters: {
            query?: {
                /**
                 * @description How many seconds the token stays valid, from 1 to 300.
                 * @example 60
                 */
                ttl?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A fresh single-use token. */
            200: {
                headers: {
                    /**
                     * @description How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.
                     * @example 60
                     */
                    "x-ratelimit-limit"?: number;
                    /**
                     * @description How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.
                     * @example 59
                     */
                    "x-ratelimit-remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["TokenFailed"];
        };
    };
    streamWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of the published workflow to run, for example `wf_abc123`. Any other character is percent-encoded into the path; `.` and `..` are refused by the clients because URL parsing would turn them into a different path.
                 * @example wf_abc123
                 */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /** @description The workflow's input variables, exactly as for `runWorkflow`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowVariables"];
            };
        };
        responses: {
            /** @description The generated text, sent in chunks as the model produces it. */
            200: {
                headers: {
                    /**
                     * @description How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.
                     * @example 60
                     */
                    "x-ratelimit-limit"?: number;
                    /**
                     * @description How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.
                     * @example 59
                     */
                    "x-ratelimit-remaining"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            401: components["responses"]["InvalidToken"];
            402: components["responses"]["PaymentRequired"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["RunFailed"];
        };
    };
}
