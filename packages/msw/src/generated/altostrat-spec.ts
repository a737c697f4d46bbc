// Generated from specs/altostrat/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

/** The altostrat OpenAPI document, as the mock validates requests against it. */
export const altostratSpec = {
  "openapi": "3.1.0",
  "info": {
    "title": "Altostrat workflow execution API",
    "version": "1.0.0",
    "summary": "Queue a run of an Altostrat workflow, safely repeatable with an idempotency key.",
    "description": "Hand-written from Altostrat's API reference (\"Execute a workflow\"). The call queues a\nrun and answers at once with the run record; the run itself proceeds asynchronously.\nSending the same `Idempotency-Key` again within 24 hours returns the original run\ninstead of starting another, which is what makes retries safe for this vendor only.\n\nWhere the reference is silent this spec decides, and says so in an `x-decision` note.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "x-decision": {
      "error-responses": "The reference documents only the 202 answer. The error statuses on the operation (401, 403, 404, 422, 429, 500) are those a JWT-authenticated Laravel API answers with; their body is Laravel's `{\"message\": ...}`, with `errors` per field on 422."
    }
  },
  "externalDocs": {
    "description": "Altostrat API reference, execute a workflow",
    "url": "https://altostrat.io/docs/api/en/workflow-runs/execute-a-workflow"
  },
  "servers": [
    {
      "url": "https://v1.api.altostrat.io",
      "description": "Altostrat API (the host the execute reference uses)"
    },
    {
      "url": "https://api.altostrat.io",
      "description": "The host some other Altostrat reference pages show"
    }
  ],
  "security": [
    {
      "altostratJwt": []
    }
  ],
  "tags": [
    {
      "name": "Workflow runs",
      "description": "Start runs of Altostrat workflows."
    }
  ],
  "paths": {
    "/workflows/{workflowId}/execute": {
      "post": {
        "tags": [
          "Workflow runs"
        ],
        "operationId": "executeWorkflow",
        "summary": "Execute a workflow",
        "description": "Queues one run of the workflow with the given context and answers `202` with the run\nrecord, usually still `pending`. With an `Idempotency-Key`, a repeat of the request\nwithin 24 hours answers with the original run instead of queueing another, so a\nfailed attempt (5xx, timeout, reset) may be retried with the same key.\n",
        "parameters": [
          {
            "name": "workflowId",
            "in": "path",
            "required": true,
            "description": "The workflow's prefixed id, such as `fl_a1b2c3d4e5f6g7h8`.",
            "x-decision": "The reference only says ids are prefixed (`fl_...`); no pattern is enforced beyond a non-empty id, so a new prefix does not break the clients.",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "example": "fl_a1b2c3d4e5f6g7h8"
          },
          {
            "name": "Idempotency-Key",
            "in": "header",
            "required": false,
            "description": "A UUID naming this execution request. Altostrat processes a key once: the same key within 24 hours returns the run the first request created. The clients generate one per `run` unless the caller gives one.",
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "example": "5f0c6a1e-8a4b-4f7e-9d2a-3b1c0e9f7a64"
          }
        ],
        "requestBody": {
          "required": true,
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
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "The run was accepted and queued.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WorkflowRun"
                },
                "examples": {
                  "queued": {
                    "summary": "The reference's example run, with its placeholders filled in",
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
                        "runs": [
                          {}
                        ]
                      },
                      "logs": [
                        {
                          "id": "fl_log_a1b2c3d4e5f6g7h8",
                          "execution_id": "fl_run_a1b2c3d4e5f6g7h8",
                          "node_id": "node_1",
                          "status": "success",
                          "output": {},
                          "created_at": "2023-11-07T05:31:56Z"
                        }
                      ]
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
        "description": "A JWT from Altostrat's own sign-in, sent as `Authorization: Bearer <token>`. The clients read it from `ALTOSTRAT_API_KEY` when none is passed."
      }
    },
    "schemas": {
      "ExecuteWorkflowRequest": {
        "type": "object",
        "description": "What the run starts with.",
        "properties": {
          "context": {
            "type": "object",
            "description": "Key/value data the run's nodes can read, stored on the run as `trigger_payload`.",
            "additionalProperties": true
          }
        },
        "additionalProperties": false
      },
      "RunStatus": {
        "type": "string",
        "description": "Where the run stands: `pending` (queued), `running`, `completed`, `failed`, or `awaiting_ui_interaction` (paused until someone acts in Altostrat's interface).",
        "enum": [
          "pending",
          "running",
          "completed",
          "failed",
          "awaiting_ui_interaction"
        ],
        "x-decision": "The enum follows the newer reference pages, which add `awaiting_ui_interaction` to the four older values."
      },
      "WorkflowRun": {
        "type": "object",
        "description": "One run of a workflow.",
        "required": [
          "id",
          "status"
        ],
        "x-decision": "Only `id` and `status` are required: the reference marks no field required, and a freshly queued run has nothing else the clients rely on.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The run's prefixed id.",
            "examples": [
              "fl_run_a1b2c3d4e5f6g7h8"
            ]
          },
          "status": {
            "$ref": "#/components/schemas/RunStatus"
          },
          "trigger_payload": {
            "type": "object",
            "description": "The `context` the run was started with.",
            "additionalProperties": true
          },
          "error_message": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the run failed; null unless it did."
          },
          "started_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the run started; null while it is still queued.",
            "x-decision": "Nullable because a queued run has not started; the reference shows only a filled example."
          },
          "completed_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the run ended; null until it does.",
            "x-decision": "Nullable because a queued or running run has not completed."
          },
          "duration_in_seconds": {
            "type": [
              "integer",
              "null"
            ],
            "description": "How long the run took; null until it ends.",
            "minimum": 0
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the run was created."
          },
          "workflow": {
            "$ref": "#/components/schemas/Workflow"
          },
          "logs": {
            "type": "array",
            "description": "One entry per node the run has executed so far.",
            "items": {
              "$ref": "#/components/schemas/RunLog"
            }
          }
        }
      },
      "Workflow": {
        "type": "object",
        "description": "The workflow the run belongs to.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The workflow's prefixed id."
          },
          "name": {
            "type": "string",
            "description": "The workflow's name."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "What the workflow is for."
          },
          "nodes": {
            "type": "array",
            "description": "The workflow's steps.",
            "items": {
              "$ref": "#/components/schemas/WorkflowNode"
            }
          },
          "edges": {
            "type": "array",
            "description": "The connections between steps.",
            "items": {
              "$ref": "#/components/schemas/WorkflowEdge"
            }
          },
          "schedule_type": {
            "type": [
              "string",
              "null"
            ],
            "description": "How the workflow is scheduled, for example `cron`; null when it is not."
          },
          "schedule_value": {
            "type": [
              "string",
              "null"
            ],
            "description": "The schedule itself, for example a cron expression."
          },
          "next_run_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the schedule next runs the workflow."
          },
          "is_active": {
            "type": "boolean",
            "description": "Whether the workflow can run."
          },
          "webhook_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "The URL that triggers the workflow by webhook."
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
            "description": "Runs of the workflow; the reference leaves their fields unspecified here.",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          }
        }
      },
      "WorkflowNode": {
        "type": "object",
        "description": "One step of a workflow.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The node's id within the workflow."
          },
          "type": {
            "type": "string",
            "description": "The kind of node, for example `action`."
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
            "description": "Which output of the source node the edge leaves from, such as `true` for a condition."
          }
        }
      },
      "WorkflowAuthorization": {
        "type": "object",
        "description": "The account the workflow runs as.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The authorization's prefixed id."
          },
          "user_id": {
            "type": "string",
            "description": "The user the authorization belongs to."
          },
          "email": {
            "type": "string",
            "format": "email",
            "description": "That user's email address."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the authorization was granted."
          }
        }
      },
      "RunLog": {
        "type": "object",
        "description": "What one node did during the run.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The log entry's prefixed id."
          },
          "execution_id": {
            "type": "string",
            "description": "The run the entry belongs to."
          },
          "node_id": {
            "type": "string",
            "description": "The node the entry describes."
          },
          "status": {
            "type": "string",
            "description": "How the node's step ended, for example `success`."
          },
          "output": {
            "type": "object",
            "description": "What the node produced.",
            "additionalProperties": true
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the node ran."
          }
        }
      },
      "AltostratError": {
        "type": "object",
        "description": "An error answer, in Laravel's shape; see the `error-responses` decision.",
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
            "description": "On 422, the problems with each request field, by field name.",
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
      "RetryAfter": {
        "description": "Seconds (or an HTTP date) to wait before trying again. Decided, not documented; honoured when present.",
        "schema": {
          "type": "string"
        },
        "example": "10"
      }
    },
    "responses": {
      "Unauthenticated": {
        "description": "The bearer token is missing, expired or not valid.",
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
        "description": "The token is valid but may not run this workflow.",
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
        "description": "No workflow with this id is visible to the token.",
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
      "UnprocessableContent": {
        "description": "The body or the idempotency key is malformed.",
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
        "description": "Too many requests; nothing was queued.",
        "headers": {
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
              "message": "Too Many Attempts."
            }
          }
        }
      },
      "ServerError": {
        "description": "Altostrat failed while handling the request. With an idempotency key the request can be repeated safely; without one the run may or may not have been queued.",
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
      }
    }
  }
} as const;
