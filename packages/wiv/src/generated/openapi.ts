// Generated from specs/wiv/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

export interface paths {
    "/workflows/{workflow_id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trigger a workflow run
         * @description Starts one run of the workflow and returns at once with the trigger event; the
         *     workflow itself runs asynchronously. Each call starts a new run: Wiv documents no
         *     idempotency key, so a client must never retry this call after the request may have
         *     reached Wiv (only a `429`, or a connection that failed before sending, is safe to retry).
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
        /** @description What to hand to the workflow run. */
        RunWorkflowRequest: {
            /**
             * @description The workflow's input. Its keys are whatever the workflow's inputs expect; Wiv passes the object through unchanged and echoes it in the answer.
             * @default {}
             */
            payload?: {
                [key: string]: unknown;
            };
        };
        /** @description The envelope Wiv wraps the trigger event in. */
        RunWorkflowResponse: {
            data: components["schemas"]["WorkflowTriggerEvent"];
        };
        /** @description The event recording that a run was triggered. Every field is a string except the echoed payload. */
        WorkflowTriggerEvent: {
            /**
             * @description The id of the run this call started; keep it to follow the run in Wiv.
             * @example exec_abc123def456
             */
            execution_id: string;
            /**
             * @description The kind of event; the guide says it is always `WORKFLOW_TRIGGER` for runs started by hand or by API.
             * @constant
             */
            event_type: "WORKFLOW_TRIGGER";
            /**
             * @description When the run was triggered, in UTC. Not ISO 8601: a space separates date and time and the seconds carry microseconds, so it is not typed `date-time`.
             * @example 2025-05-22 20:59:07.014093
             */
            timestamp: string;
            /**
             * @description How the run was started; `MANUAL` for every run started through this API.
             * @constant
             */
            trigger_type: "MANUAL";
            /**
             * @description The user or system that started the run.
             * @example api_user_name
             */
            run_by: string;
            /**
             * @description The identifier of your organization.
             * @example tenant_xyz789
             */
            tenant_id: string;
            /**
             * @description The workflow that was run, echoed back as confirmation.
             * @example workflow_def456ghi789
             */
            workflow_id: string;
            /**
             * @description The trigger's id; `-` in the guide's example of a run started through this API.
             * @example -
             */
            trigger_id?: string;
            /** @description The request's `payload`, echoed back. */
            payload?: {
                [key: string]: unknown;
            };
        };
        /** @description An error answer. Wiv does not document error bodies; see the `error-responses` decision. */
        WivError: {
            /** @description A human-readable reason, when the answer carries one. */
            message?: string;
            /** @description A short error name or reason, when the answer carries one. */
            error?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description The `X-API-KEY` header is missing or holds a key Wiv does not accept. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Unauthorized"
                 *     }
                 */
                "application/json": components["schemas"]["WivError"];
            };
        };
        /** @description The key is valid but may not run this workflow. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Forbidden"
                 *     }
                 */
                "application/json": components["schemas"]["WivError"];
            };
        };
        /** @description No workflow with this id exists for the key's organization. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Workflow not found"
                 *     }
                 */
                "application/json": components["schemas"]["WivError"];
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
                 *       "message": "Too many requests"
                 *     }
                 */
                "application/json": components["schemas"]["WivError"];
            };
        };
        /** @description Wiv failed while handling the request. The run may or may not have started, so the clients do not retry it. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["WivError"];
            };
        };
    };
    parameters: {
        /**
         * @description The id of the workflow to run. Wiv gives no format, so any non-empty id is accepted and percent-encoded into the path; `.` and `..` are refused by the clients because URL parsing would turn them into a different path.
         * @example workflow_def456ghi789
         */
        WorkflowId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description How long to wait before trying again, in seconds or as an HTTP date. Not documented by Wiv; the clients honour it when present.
         * @example 30
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
                 * @description The id of the workflow to run. Wiv gives no format, so any non-empty id is accepted and percent-encoded into the path; `.` and `..` are refused by the clients because URL parsing would turn them into a different path.
                 * @example workflow_def456ghi789
                 */
                workflow_id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * @description The input handed to the workflow. The guide lists `Content-Type: application/json`
         *     as a required header, so a JSON body is always sent.
         */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunWorkflowRequest"];
            };
        };
        responses: {
            /** @description The run was triggered; `data.execution_id` identifies it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunWorkflowResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
