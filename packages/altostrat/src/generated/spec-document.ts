// Generated from specs/altostrat/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

/** The altostrat OpenAPI document, as the mock validates requests against it. */
export const altostratSpec = {
  "openapi": "3.1.0",
  "info": {
    "title": "Altostrat workflow execution API",
    "version": "1.0.0",
    "summary": "Queue a run of an Altostrat workflow; an idempotency key makes the call safe to repeat.",
    "description": "Hand-written from Altostrat's API reference (\"Execute a workflow\", in the Workflow Runs\nsection). The call queues one run of a workflow and answers straight away with the run\nrecord; the workflow then runs in the background. A repeat of the request carrying the\nsame `Idempotency-Key` within 24 hours gets the original result back (the run it queued,\nor the error it failed with) rather than a second run, which is why, of all the vendors\nin this project, only Altostrat's calls are retried after a server error, a timeout or a\ndropped connection.\n\nThe execute page is the primary source. Altostrat's documentation index\n(https://altostrat.io/docs/llms.txt) leads to its newer pages, which add the\n`awaiting_ui_interaction` run status and document reading one run back with its logs\nand listing a workflow's executions a page at a time. Everything else this spec says\nbeyond those pages is decided, and says so in an `x-decision` note next to the fact.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "x-decision": {
      "error-responses": "The reference documents only the 202 answer. The list endpoint pages the way Laravel does (documentation index), so the service is taken to be a Laravel application and the error statuses on the operations are the ones such a stack answers with (decided, not documented): 401 (no or bad JWT), 403 (the token's account may not run the workflow), 404 (no such workflow), 422 (validation), 429 (throttling), 500 (a failure inside the service) and 503 (maintenance mode or an unavailable upstream). Their body is Laravel's `{\"message\": ...}`, with `errors` per field on 422.",
      "response-headers": "No response header is documented. `X-Request-Id` (a request id for support) and Laravel's throttle headers (`X-RateLimit-Limit`, `X-RateLimit-Remaining`, and on 429 also `Retry-After` and `X-RateLimit-Reset`) are listed as optional so the clients surface them when they come; nothing depends on their presence."
    }
  },
  "externalDocs": {
    "description": "Altostrat API reference, execute a workflow",
    "url": "https://altostrat.io/docs/api/en/workflow-runs/execute-a-workflow"
  },
  "servers": [
    {
      "url": "https://v1.api.altostrat.io",
      "description": "Altostrat production API, the host the execute reference uses."
    },
    {
      "url": "https://api.altostrat.io",
      "description": "The host some other Altostrat reference pages show. Listed for completeness; the clients default to the first server."
    }
  ],
  "security": [
    {
      "altostratJwt": []
    }
  ],
  "tags": [
    {
      "name": "Workflow Runs",
      "description": "Start runs of Altostrat workflows and read back the run each call created."
    }
  ],
  "paths": {
    "/workflows/{workflowId}/execute": {
      "post": {
        "tags": [
          "Workflow Runs"
        ],
        "operationId": "executeWorkflow",
        "summary": "Execute a workflow",
        "description": "Queues one run of the workflow, handing it the request's `context`, and answers `202`\nwith the run record, normally still `pending`; the run then proceeds asynchronously.\n\nWith an `Idempotency-Key`, a repeat of the request within 24 hours answers with the\noriginal result instead of queueing another run: the run the first request queued, or\nthe error it was answered with. That makes a failed attempt (a 5xx, a timeout, a\nconnection reset) safe to send again with the same key: the repeat never queues a\nsecond run, though it may fail again with the original 5xx.\n",
        "x-decision": {
          "idempotent-replay": "The reference says a repeated key gets \"the original result\" back, without naming the status. That result is whatever the first request got. When it was queued, the replay is described like the first call, `202` with the run record, with an example for every run status, since the reference does not say whether the run is shown as first stored or as it stands now. When it failed with a 5xx, the replay may be that same 5xx, described by the `500` and `503` answers. The clients retry a 5xx with the same key up to `maxRetries` times; a replay still answered with the original 5xx is reported as that error, still `retryable` (the same key cannot queue a second run), with `mayHaveStarted` false."
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/WorkflowId"
          },
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "description": "The data the run starts with. The reference's example is always sent as JSON, so a\nbody is required even when `context` is left out.\n",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExecuteWorkflowRequest"
              },
              "examples": {
                "manualTest": {
                  "summary": "The reference's example context",
                  "value": {
                    "context": {
                      "user_id": 123,
                      "source": "manual-test"
                    }
                  }
                },
                "siteCheck": {
                  "summary": "A context naming a user and a site (illustrative)",
                  "value": {
                    "context": {
                      "user_id": "usr_123",
                      "site_id": "site_456"
                    }
                  }
                },
                "noContext": {
                  "summary": "A workflow that needs no initial data",
                  "value": {}
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "The run was accepted and queued (or, for a repeated key, the run the first request created).",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/RateLimitLimit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/RateLimitRemaining"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WorkflowRun"
                },
                "examples": {
                  "queued": {
                    "summary": "The reference's example run, its `<string>` placeholders filled in",
                    "description": "The reference's own values, kept as published (so this pending run already shows start and end times). Only its placeholders were replaced, with values of ours: the empty `trigger_payload` by the request example's context, the empty log `output` by a webhook's status, the empty `runs` entry by an empty list, and the `<string>` placeholders by an illustrative `webhook_url` and `user_id` and by a `null` `error_message`.",
                    "value": {
                      "id": "fl_run_a1b2c3d4e5f6g7h8",
                      "status": "pending",
                      "trigger_payload": {
                        "user_id": 123,
                        "source": "manual-test"
                      },
                      "error_message": null,
                      "started_at": "2023-11-07T05:31:56Z",
                      "completed_at": "2023-11-07T05:31:56Z",
                      "duration_in_seconds": 123,
                      "created_at": "2023-11-07T05:31:56Z",
                      "workflow": {
                        "id": "fl_a1b2c3d4e5f6g7h8",
                        "name": "User Onboarding",
                        "description": "Workflow to onboard new users.",
                        "nodes": [
                          {
                            "id": "node_1",
                            "type": "action",
                            "data": {
                              "componentId": "webhook"
                            }
                          }
                        ],
                        "edges": [
                          {
                            "id": "edge_1_2",
                            "source": "node_1",
                            "target": "node_2",
                            "sourceHandle": "true"
                          }
                        ],
                        "schedule_type": "cron",
                        "schedule_value": "0 9 * * *",
                        "next_run_at": "2023-11-07T05:31:56Z",
                        "is_active": true,
                        "webhook_url": "https://v1.api.altostrat.io/workflows/webhooks/fl_a1b2c3d4e5f6g7h8",
                        "created_at": "2023-11-07T05:31:56Z",
                        "updated_at": "2023-11-07T05:31:56Z",
                        "authorization": {
                          "id": "auth_a1b2c3d4e5f6g7h8",
                          "user_id": "usr_a1b2c3d4e5f6g7h8",
                          "email": "jsmith@example.com",
                          "created_at": "2023-11-07T05:31:56Z"
                        },
                        "runs": []
                      },
                      "logs": [
                        {
                          "id": "fl_log_a1b2c3d4e5f6g7h8",
                          "execution_id": "fl_run_a1b2c3d4e5f6g7h8",
                          "node_id": "node_1",
                          "status": "success",
                          "output": {
                            "status": 200
                          },
                          "created_at": "2023-11-07T05:31:56Z"
                        }
                      ]
                    }
                  },
                  "running": {
                    "summary": "A repeated key whose run has started",
                    "value": {
                      "id": "fl_run_01h3j4k5l6m7n8p9q0r1s2t3u4",
                      "status": "running",
                      "trigger_payload": {
                        "user_id": "usr_123",
                        "site_id": "site_456"
                      },
                      "error_message": null,
                      "started_at": "2025-10-31T12:00:00.000000Z",
                      "completed_at": null,
                      "duration_in_seconds": null,
                      "created_at": "2025-10-31T11:59:59.000000Z"
                    }
                  },
                  "awaitingUiInteraction": {
                    "summary": "A repeated key whose run waits for someone to act in Altostrat's interface",
                    "value": {
                      "id": "fl_run_01h3j4k5l6m7n8p9q0r1s2t3u4",
                      "status": "awaiting_ui_interaction",
                      "error_message": null,
                      "started_at": "2025-10-31T12:00:00.000000Z",
                      "completed_at": null,
                      "duration_in_seconds": null,
                      "created_at": "2025-10-31T11:59:59.000000Z"
                    }
                  },
                  "completed": {
                    "summary": "A repeated key whose run has finished",
                    "value": {
                      "id": "fl_run_01h3j4k5l6m7n8p9q0r1s2t3u4",
                      "status": "completed",
                      "error_message": null,
                      "started_at": "2025-10-31T12:00:00.000000Z",
                      "completed_at": "2025-10-31T12:00:05.000000Z",
                      "duration_in_seconds": 5,
                      "created_at": "2025-10-31T11:59:59.000000Z",
                      "logs": [
                        {
                          "id": "fl_log_01h3j4k5l6m7n8p9q0r1s2t3u4",
                          "node_id": "n2",
                          "component_id": "webhook",
                          "status": "success",
                          "output": {
                            "status": 200,
                            "body": {
                              "message": "ok"
                            }
                          },
                          "created_at": "2025-10-31T12:00:02.000000Z"
                        }
                      ]
                    }
                  },
                  "failed": {
                    "summary": "A repeated key whose run has failed",
                    "value": {
                      "id": "fl_run_01h3j4k5l6m7n8p9q0r1s2t3u4",
                      "status": "failed",
                      "error_message": "Webhook request failed: 503 Service Unavailable",
                      "started_at": "2025-10-31T12:00:00.000000Z",
                      "completed_at": "2025-10-31T12:00:05.000000Z",
                      "duration_in_seconds": 5,
                      "created_at": "2025-10-31T11:59:59.000000Z"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/workflows/runs/{runId}": {
      "get": {
        "tags": [
          "Workflow Runs"
        ],
        "operationId": "getWorkflowRun",
        "externalDocs": {
          "description": "Altostrat's documentation index, which lists this endpoint",
          "url": "https://altostrat.io/docs/llms.txt"
        },
        "summary": "Retrieve a workflow run",
        "description": "Reads one run as it stands now, with the log of every step it has executed so far:\nthe way to follow a run that `executeWorkflow` queued until it completes, fails or\nwaits for someone. Reading changes nothing, so the clients may retry it.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/RunId"
          }
        ],
        "responses": {
          "200": {
            "description": "The run, with its logs.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/RateLimitLimit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/RateLimitRemaining"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WorkflowRun"
                },
                "examples": {
                  "completed": {
                    "summary": "The example run, after its one step completed",
                    "value": {
                      "id": "fl_run_a1b2c3d4e5f6g7h8",
                      "status": "completed",
                      "trigger_payload": {
                        "user_id": 123,
                        "source": "manual-test"
                      },
                      "error_message": null,
                      "started_at": "2025-10-30T10:00:01Z",
                      "completed_at": "2025-10-30T10:00:05Z",
                      "duration_in_seconds": 4,
                      "created_at": "2025-10-30T10:00:00Z",
                      "logs": [
                        {
                          "id": "fl_log_a1b2c3d4e5f6g7h8",
                          "execution_id": "fl_run_a1b2c3d4e5f6g7h8",
                          "node_id": "node_webhook",
                          "component_id": "webhook",
                          "status": "success",
                          "output": {
                            "status_code": 200
                          },
                          "created_at": "2025-10-30T10:00:05Z"
                        }
                      ]
                    }
                  },
                  "running": {
                    "summary": "A run part-way through",
                    "value": {
                      "id": "fl_run_a1b2c3d4e5f6g7h8",
                      "status": "running",
                      "error_message": null,
                      "started_at": "2025-10-30T10:00:01Z",
                      "completed_at": null,
                      "duration_in_seconds": null,
                      "created_at": "2025-10-30T10:00:00Z",
                      "logs": []
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/RunNotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/workflows/{workflowId}/executions": {
      "get": {
        "tags": [
          "Workflow Runs"
        ],
        "operationId": "listWorkflowExecutions",
        "externalDocs": {
          "description": "Altostrat's documentation index, which lists this endpoint",
          "url": "https://altostrat.io/docs/llms.txt"
        },
        "summary": "List a workflow's executions",
        "description": "The workflow's runs, a page at a time, in Laravel's paginated shape: the runs in\n`data`, links to the neighbouring pages in `links`, and the counts in `meta`. Follow\n`links.next` (or raise `page`) until it is null.\n",
        "x-decision": {
          "run-detail": "The reference does not say whether listed runs carry their `logs`; they are described with the same run schema, in which `logs` is optional."
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/WorkflowId"
          },
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "Which page to return, counting from 1.",
            "x-decision": "The documentation index gives only `?page=N`. Counting from 1, the minimum of 1 and the default of 1 (the first page when `page` is left out) are decided from the Laravel paging the answer's shape shows, where they hold.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "default": 1
            },
            "example": 2
          }
        ],
        "responses": {
          "200": {
            "description": "One page of the workflow's runs.",
            "headers": {
              "X-Request-Id": {
                "$ref": "#/components/headers/RequestId"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/RateLimitLimit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/RateLimitRemaining"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WorkflowRunPage"
                },
                "examples": {
                  "onlyPage": {
                    "summary": "All of the workflow's runs, on one page",
                    "value": {
                      "data": [
                        {
                          "id": "fl_run_a1b2c3d4e5f6g7h8",
                          "status": "completed",
                          "error_message": null,
                          "started_at": "2025-10-30T10:00:01Z",
                          "completed_at": "2025-10-30T10:00:05Z",
                          "duration_in_seconds": 4,
                          "created_at": "2025-10-30T10:00:00Z"
                        }
                      ],
                      "links": {
                        "first": "https://v1.api.altostrat.io/workflows/fl_a1b2c3d4e5f6g7h8/executions?page=1",
                        "last": "https://v1.api.altostrat.io/workflows/fl_a1b2c3d4e5f6g7h8/executions?page=1",
                        "prev": null,
                        "next": null
                      },
                      "meta": {
                        "current_page": 1,
                        "from": 1,
                        "last_page": 1,
                        "path": "https://v1.api.altostrat.io/workflows/fl_a1b2c3d4e5f6g7h8/executions",
                        "per_page": 15,
                        "to": 1,
                        "total": 1
                      }
                    }
                  },
                  "lastPage": {
                    "summary": "The second and last page, of one run per page",
                    "value": {
                      "data": [
                        {
                          "id": "fl_run_a1b2c3d4e5f6g7h8",
                          "status": "completed",
                          "error_message": null,
                          "started_at": "2025-10-30T10:00:01Z",
                          "completed_at": "2025-10-30T10:00:05Z",
                          "duration_in_seconds": 4,
                          "created_at": "2025-10-30T10:00:00Z"
                        }
                      ],
                      "links": {
                        "first": "https://v1.api.altostrat.io/workflows/fl_a1b2c3d4e5f6g7h8/executions?page=1",
                        "last": "https://v1.api.altostrat.io/workflows/fl_a1b2c3d4e5f6g7h8/executions?page=2",
                        "prev": "https://v1.api.altostrat.io/workflows/fl_a1b2c3d4e5f6g7h8/executions?page=1",
                        "next": null
                      },
                      "meta": {
                        "current_page": 2,
                        "from": 2,
                        "last_page": 2,
                        "path": "https://v1.api.altostrat.io/workflows/fl_a1b2c3d4e5f6g7h8/executions",
                        "per_page": 1,
                        "to": 2,
                        "total": 2
                      }
                    }
                  },
                  "firstPage": {
                    "summary": "The first of two pages, of one run per page",
                    "value": {
                      "data": [
                        {
                          "id": "fl_run_b2c3d4e5f6g7h8i9",
                          "status": "failed",
                          "error_message": "Webhook request failed: 503 Service Unavailable",
                          "started_at": "2025-10-31T09:00:01Z",
                          "completed_at": "2025-10-31T09:00:03Z",
                          "duration_in_seconds": 2,
                          "created_at": "2025-10-31T09:00:00Z"
                        }
                      ],
                      "links": {
                        "first": "https://v1.api.altostrat.io/workflows/fl_a1b2c3d4e5f6g7h8/executions?page=1",
                        "last": "https://v1.api.altostrat.io/workflows/fl_a1b2c3d4e5f6g7h8/executions?page=2",
                        "prev": null,
                        "next": "https://v1.api.altostrat.io/workflows/fl_a1b2c3d4e5f6g7h8/executions?page=2"
                      },
                      "meta": {
                        "current_page": 1,
                        "from": 1,
                        "last_page": 2,
                        "path": "https://v1.api.altostrat.io/workflows/fl_a1b2c3d4e5f6g7h8/executions",
                        "per_page": 1,
                        "to": 1,
                        "total": 2
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableContent"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "altostratJwt": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "The JWT Altostrat's own sign-in issues for a user session, sent as `Authorization: Bearer <token>`. The clients read it from `ALTOSTRAT_API_KEY` when none is passed.",
        "x-decision": "The clients check only the bearer-token syntax of RFC 6750 (letters, digits and `-._~+/`, then optional `=` padding), which catches a token pasted with its `Bearer ` prefix or a stray space. They do not check a JWT's three dot-separated parts: a bearer token is opaque to its holder, and Altostrat's server verifies it either way."
      }
    },
    "parameters": {
      "WorkflowId": {
        "name": "workflowId",
        "in": "path",
        "required": true,
        "description": "The workflow's prefixed id, `fl_` and then the rest of the id, such as `fl_a1b2c3d4e5f6g7h8`. Any character after the prefix is percent-encoded into the path.",
        "x-decision": "Stated by the reference: the id is prefixed, \"e.g., fl_...\". Decided: the pattern requires that `fl_` prefix and at least one character after it, and nothing more. The alphabet, the length and the absence of a `run_` or `log_` after the prefix are only what the reference's examples happen to show, so they are not enforced (a run id `fl_run_...` therefore matches; Altostrat refuses it as no workflow). The answers' `workflow.id` carries the same pattern, so an id read from an answer is always one this path accepts.",
        "schema": {
          "type": "string",
          "pattern": "^fl_.+"
        },
        "example": "fl_a1b2c3d4e5f6g7h8"
      },
      "RunId": {
        "name": "runId",
        "in": "path",
        "required": true,
        "description": "The run's id, exactly as executing the workflow answered it (its `id`), such as `fl_run_a1b2c3d4e5f6g7h8`. It is percent-encoded into the path; an empty id, `.` and `..` are refused by the clients because URL parsing would turn them into a different path.",
        "x-decision": "The reference states no format for run ids: it only shows examples with the `fl_run_` prefix, and the run's `id` in every answer is typed as a plain string. A pattern here would refuse an id an answer may carry, so any non-empty id is accepted, the same as the answers' `id`.",
        "schema": {
          "type": "string"
        },
        "example": "fl_run_a1b2c3d4e5f6g7h8"
      },
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "description": "A UUID that names this execution request. Altostrat acts on a key once: the same key sent again within 24 hours answers with the first request's original result. The providers generate one per `run` unless the caller gives one, and send that same key on every retry.",
        "x-decision": "The reference types the key `string<uuid>`. The pattern narrows it to the canonical 36-character form (JSON Schema's `uuid` format would also let a `urn:uuid:` prefix through), and the providers refuse any other key before sending.",
        "schema": {
          "type": "string",
          "format": "uuid",
          "pattern": "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
        },
        "example": "5f0c6a1e-8a4b-4f7e-9d2a-3b1c0e9f7a64"
      }
    },
    "schemas": {
      "ExecuteWorkflowRequest": {
        "type": "object",
        "description": "What the run starts with.",
        "properties": {
          "context": {
            "type": "object",
            "description": "Key/value data the run starts with, such as the reference's `user_id` and `source`; the run's `trigger_payload` is taken to be this object.",
            "additionalProperties": true,
            "x-decision": "Optional (decided): the reference shows it in its example without marking it required. The providers always send it, `{}` when the caller has no input. The reference says nothing of what the run does with it; that the run records it as `trigger_payload` is our reading of the two names, not documented."
          }
        },
        "additionalProperties": false,
        "x-decision": "The reference's request shows `context` as the body's only field. Any other field is refused (`additionalProperties: false`), so a misspelt `context` fails before sending instead of queueing a run without its data."
      },
      "RunStatus": {
        "type": "string",
        "description": "Where the run stands:\n- `pending`: queued, not started yet.\n- `running`: in progress.\n- `completed`: finished successfully.\n- `failed`: stopped with an error; see `error_message`.\n- `awaiting_ui_interaction`: paused until someone acts in Altostrat's interface.\n",
        "enum": [
          "pending",
          "running",
          "completed",
          "failed",
          "awaiting_ui_interaction"
        ],
        "x-decision": {
          "enum": "The enum is the one Altostrat's newer pages list (reached from the documentation index, https://altostrat.io/docs/llms.txt), which include `awaiting_ui_interaction`; the execute page itself shows only `pending`. The providers still read any other word as a run in progress and keep it.",
          "meanings": "The pages list the words without defining them. The meaning given to each is read from the word itself and from the execute page's \"accepted and queued\" (decided): `pending` before the run starts, `completed` a success, `failed` an end with an `error_message`, `awaiting_ui_interaction` a pause for someone in Altostrat's interface. The providers map them that way (`completed` succeeded, `failed` failed, `awaiting_ui_interaction` waiting, the rest still going)."
        }
      },
      "WorkflowRun": {
        "type": "object",
        "description": "One run of a workflow.",
        "required": [
          "id",
          "status"
        ],
        "x-decision": "The reference marks no field required. `id` and `status` are, since a run record without them names nothing; everything else may be absent (decided), so a run read back or listed without its `workflow` or `logs` still passes.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The run's id, prefixed `fl_run_` in every example; pass it unchanged to read the run back.",
            "x-decision": "No pattern: the reference states no format, only examples. The `runId` path parameter accepts the same.",
            "examples": [
              "fl_run_a1b2c3d4e5f6g7h8"
            ]
          },
          "status": {
            "$ref": "#/components/schemas/RunStatus"
          },
          "trigger_payload": {
            "type": "object",
            "description": "The data the run was triggered with; for a run this call queued, the request's `context`.",
            "additionalProperties": true,
            "x-decision": "The reference shows only an empty object. That it holds the request's `context` is read from the names (decided); the mock and the examples echo the context there."
          },
          "error_message": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the run failed; null unless it did.",
            "x-decision": "Nullable (decided): the reference shows a placeholder string, but a run that has not failed has no message to give.",
            "examples": [
              "Webhook request failed: 503 Service Unavailable"
            ]
          },
          "started_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the run started; null while it is still queued.",
            "x-decision": "Nullable (decided): the reference does not mark it so, but a `pending` run has not started."
          },
          "completed_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the run ended, successfully or not; null until it does.",
            "x-decision": "Nullable (decided): the reference does not mark it so, but a run still going has not ended."
          },
          "duration_in_seconds": {
            "type": [
              "number",
              "null"
            ],
            "minimum": 0,
            "description": "How long the run took, in seconds; null until it ends.",
            "x-decision": "A number rather than an integer and nullable like `completed_at` (decided): the reference's example, `123`, says neither, and a number also takes a fractional duration. The minimum of 0 is decided too: a duration is never negative."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the run was queued."
          },
          "workflow": {
            "$ref": "#/components/schemas/Workflow"
          },
          "logs": {
            "type": "array",
            "description": "The run's log entries, each about one node it ran.",
            "x-decision": "The reference shows log entries only in its example, without descriptions; each description of an entry's fields is read from the field's name and example value (decided), such as `execution_id`, which equals the run's `id` there.",
            "items": {
              "$ref": "#/components/schemas/RunLog"
            }
          }
        }
      },
      "Workflow": {
        "type": "object",
        "description": "The workflow the run belongs to.",
        "x-decision": {
          "nullable": "The reference fills every field in its example. `description`, `schedule_type`, `schedule_value`, `next_run_at` and `webhook_url` are nullable (decided): they describe what a workflow may lack (a description, a schedule, a webhook trigger), and a null there should not fail a run's answer.",
          "when": "The reference does not say whether this is the workflow as it stands when the run is read or as it was when the run was queued, so the spec says neither.",
          "field-meanings": "The reference gives the workflow's fields, and those of its nodes and edges, only as an example, without descriptions. Each description here and in `WorkflowNode` and `WorkflowEdge` is read from the field's name and example value (decided)."
        },
        "properties": {
          "id": {
            "type": "string",
            "description": "The workflow's prefixed id (`fl_...`), the one the `workflowId` path parameter takes.",
            "x-decision": "The same pattern as the `workflowId` path parameter (the documented `fl_` prefix and at least one character after it; see its decision), so that the id an answer names can always be passed back in a path.",
            "pattern": "^fl_.+",
            "examples": [
              "fl_a1b2c3d4e5f6g7h8"
            ]
          },
          "name": {
            "type": "string",
            "description": "The workflow's human-readable name."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "What the workflow does."
          },
          "nodes": {
            "type": "array",
            "description": "The steps of the workflow graph.",
            "items": {
              "$ref": "#/components/schemas/WorkflowNode"
            }
          },
          "edges": {
            "type": "array",
            "description": "The connections between the steps.",
            "items": {
              "$ref": "#/components/schemas/WorkflowEdge"
            }
          },
          "schedule_type": {
            "type": [
              "string",
              "null"
            ],
            "description": "What starts the workflow on its own, such as `cron` (the reference's example).",
            "examples": [
              "cron"
            ],
            "x-decision": "Not an enum: the reference shows one value, and a kind of schedule it does not show should not break a client reading a run."
          },
          "schedule_value": {
            "type": [
              "string",
              "null"
            ],
            "description": "The schedule's value for its `schedule_type`, such as the cron expression `0 9 * * *` (the reference's example for `cron`).",
            "x-decision": "The reference shows only that cron example. Which values other schedule types take is not documented, so none is described, and any string is accepted."
          },
          "next_run_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the schedule runs the workflow next; null when it has no schedule."
          },
          "is_active": {
            "type": "boolean",
            "description": "Whether the workflow is active (`true` in the reference's example)."
          },
          "webhook_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "The workflow's webhook URL, when it has one.",
            "x-decision": "The reference shows only a `<string>` placeholder. That it is a URL is read from its name; nothing says whether it is secret or what calling it does, so the spec says neither, and no `uri` format is enforced on an answer. The value in this spec's example is illustrative."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the workflow was created."
          },
          "updated_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the workflow last changed."
          },
          "authorization": {
            "$ref": "#/components/schemas/WorkflowAuthorization"
          },
          "runs": {
            "type": "array",
            "description": "The workflow's runs; the reference shows the list but not the fields of its entries.",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          }
        }
      },
      "WorkflowNode": {
        "type": "object",
        "description": "One step of the workflow graph.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The node's id within the workflow."
          },
          "type": {
            "type": "string",
            "description": "The kind of node, such as `action`."
          },
          "data": {
            "type": "object",
            "description": "The node's settings, such as the `componentId` it runs.",
            "additionalProperties": true
          }
        }
      },
      "WorkflowEdge": {
        "type": "object",
        "description": "A connection from one node to the next.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The edge's id."
          },
          "source": {
            "type": "string",
            "description": "The node the edge leaves."
          },
          "target": {
            "type": "string",
            "description": "The node the edge enters."
          },
          "sourceHandle": {
            "type": [
              "string",
              "null"
            ],
            "description": "Which output of the source node the edge leaves by, such as `true` (the reference's example).",
            "x-decision": "Nullable (decided): the reference does not define handles, and an edge may well leave a node that has only one output, by none."
          }
        }
      },
      "WorkflowAuthorization": {
        "type": "object",
        "description": "The authorization attached to the workflow, as the reference's example shows it.",
        "x-decision": "The reference shows this object only in its example (`id`, `user_id`, `email`, `created_at`) and never says what the authorization is for, whose account it is, or who granted it. The descriptions say only what the field names and example values do; the `email` and `date-time` formats are read from those values (decided).",
        "properties": {
          "id": {
            "type": "string",
            "description": "The authorization's id, prefixed `auth_` in the reference's example."
          },
          "user_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The id of the user the authorization names.",
            "x-decision": "Nullable (decided): the reference shows a placeholder, and an authorization whose user was removed may have none."
          },
          "email": {
            "type": "string",
            "format": "email",
            "description": "An email address, that user's as far as the example suggests."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the authorization was created."
          }
        }
      },
      "RunLog": {
        "type": "object",
        "description": "One entry of the run's log, about one node of the workflow.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The log entry's id, prefixed `fl_log_` in the reference's example."
          },
          "execution_id": {
            "type": "string",
            "description": "The id of the run the entry belongs to."
          },
          "node_id": {
            "type": "string",
            "description": "The node the entry describes."
          },
          "component_id": {
            "type": "string",
            "description": "The component the node ran, such as `webhook`.",
            "x-decision": "Not in the reference's log example; described as optional (decided) because the node's own `data.componentId` names it, so a log that carries it keeps it typed."
          },
          "status": {
            "type": "string",
            "description": "The step's status, such as `success` (the reference's example).",
            "x-decision": "Not an enum: the reference shows one value and defines none."
          },
          "output": {
            "type": "object",
            "description": "What the step produced.",
            "additionalProperties": true
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the step ran."
          }
        }
      },
      "WorkflowRunPage": {
        "type": "object",
        "description": "One page of runs, in Laravel's paginated shape.",
        "x-decision": "The fields are the ones the documentation index lists for this endpoint; their types, meanings, minimums and which are required are decided from how Laravel pages (the index marks none required: `data`, `links`, `meta`, every link, and `meta`'s page numbers and counts are, since Laravel always sends them). Which may be null is decided the same way: `prev` on the first page and `next` on the last, `from` and `to` on an empty page; `first` and `last` are accepted as null too, so an empty list does not fail the answer check.",
        "required": [
          "data",
          "links",
          "meta"
        ],
        "properties": {
          "data": {
            "type": "array",
            "description": "The runs on this page.",
            "items": {
              "$ref": "#/components/schemas/WorkflowRun"
            }
          },
          "links": {
            "type": "object",
            "description": "Absolute URLs of the first, last, previous and next pages; null where there is none.",
            "required": [
              "first",
              "last",
              "prev",
              "next"
            ],
            "properties": {
              "first": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "uri",
                "description": "The first page."
              },
              "last": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "uri",
                "description": "The last page."
              },
              "prev": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "uri",
                "description": "The page before this one; null on the first."
              },
              "next": {
                "type": [
                  "string",
                  "null"
                ],
                "format": "uri",
                "description": "The page after this one; null on the last."
              }
            }
          },
          "meta": {
            "type": "object",
            "description": "Where this page sits among all of them.",
            "required": [
              "current_page",
              "last_page",
              "per_page",
              "total"
            ],
            "properties": {
              "current_page": {
                "type": "integer",
                "minimum": 1,
                "description": "This page's number."
              },
              "from": {
                "type": [
                  "integer",
                  "null"
                ],
                "minimum": 1,
                "description": "The position of this page's first run among all runs; null when the page is empty."
              },
              "last_page": {
                "type": "integer",
                "minimum": 1,
                "description": "The number of the last page."
              },
              "path": {
                "type": "string",
                "format": "uri",
                "description": "The list's URL without the page query."
              },
              "per_page": {
                "type": "integer",
                "minimum": 1,
                "description": "How many runs a page holds."
              },
              "to": {
                "type": [
                  "integer",
                  "null"
                ],
                "minimum": 1,
                "description": "The position of this page's last run; null when the page is empty."
              },
              "total": {
                "type": "integer",
                "minimum": 0,
                "description": "How many runs there are in all."
              }
            }
          }
        }
      },
      "AltostratError": {
        "type": "object",
        "description": "An error answer in Laravel's shape; see the `error-responses` decision.",
        "required": [
          "message"
        ],
        "properties": {
          "message": {
            "type": "string",
            "description": "A human-readable reason."
          },
          "errors": {
            "type": "object",
            "description": "On 422, what is wrong with each request field, by field name.",
            "additionalProperties": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          }
        },
        "additionalProperties": true
      }
    },
    "headers": {
      "RequestId": {
        "description": "An id for this request, to quote to Altostrat's support. Decided, not documented.",
        "schema": {
          "type": "string"
        },
        "example": "req_01h3j4k5l6m7n8p9q0r1s2t3u4"
      },
      "RateLimitLimit": {
        "description": "How many requests the current window allows. Decided, not documented.",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 60
      },
      "RateLimitRemaining": {
        "description": "How many requests are left in the current window. Decided, not documented.",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 59
      },
      "RateLimitReset": {
        "description": "When the window resets, as Unix seconds. Decided, not documented.",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 1761912060
      },
      "RetryAfter": {
        "description": "How long to wait before trying again, in seconds or as an HTTP date. Decided, not documented; the clients wait it out when present.",
        "schema": {
          "type": "string"
        },
        "example": "1"
      }
    },
    "responses": {
      "Unauthenticated": {
        "description": "The bearer token is missing, expired or not one Altostrat issued.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AltostratError"
            },
            "example": {
              "message": "Unauthenticated."
            }
          }
        }
      },
      "Forbidden": {
        "description": "The token is valid, but its account may not run this workflow.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AltostratError"
            },
            "example": {
              "message": "This action is unauthorized."
            }
          }
        }
      },
      "NotFound": {
        "description": "No workflow with this id is visible to the token's account.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AltostratError"
            },
            "example": {
              "message": "Workflow not found."
            }
          }
        }
      },
      "RunNotFound": {
        "description": "No run with this id is visible to the token's account.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AltostratError"
            },
            "example": {
              "message": "Workflow run not found."
            }
          }
        }
      },
      "UnprocessableContent": {
        "description": "The body or the idempotency key did not pass validation; nothing was queued.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AltostratError"
            },
            "example": {
              "message": "The context field must be an array.",
              "errors": {
                "context": [
                  "The context field must be an array."
                ]
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Too many requests in the current window; nothing was queued. Safe to retry after the advertised wait.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/RateLimitLimit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/RateLimitRemaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/RateLimitReset"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AltostratError"
            },
            "example": {
              "message": "Too Many Attempts."
            }
          }
        }
      },
      "ServerError": {
        "description": "Altostrat failed while handling the request. The run may or may not have been queued: a repeat with the same idempotency key is safe, a repeat without one may run the workflow twice. Within 24 hours, a repeat with the same key may be answered with this same error, the original result (see the `idempotent-replay` decision).",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AltostratError"
            },
            "example": {
              "message": "Server Error"
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "Altostrat is in maintenance or cannot reach a service it depends on. Safe to repeat with the same idempotency key, after `Retry-After` when it is given; the repeat may be answered with this same error, the original result.",
        "headers": {
          "X-Request-Id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AltostratError"
            },
            "example": {
              "message": "Service Unavailable"
            }
          }
        }
      }
    }
  }
} as const;

/** What a mock of this spec can be told to answer (`respondWith`): each operation id, each status it documents, and the names of that status's examples. */
export interface MockedOperations {
  executeWorkflow: { 202: "queued" | "running" | "awaitingUiInteraction" | "completed" | "failed"; 401: never; 403: never; 404: never; 422: never; 429: never; 500: never; 503: never };
  getWorkflowRun: { 200: "completed" | "running"; 401: never; 403: never; 404: never; 429: never; 500: never; 503: never };
  listWorkflowExecutions: { 200: "onlyPage" | "lastPage" | "firstPage"; 401: never; 403: never; 404: never; 422: never; 429: never; 500: never; 503: never };
}
