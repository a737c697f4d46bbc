// Generated from specs/embedworkflow/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

/** The embedworkflow OpenAPI document, as the mock validates requests against it. */
export const embedworkflowSpec = {
  "openapi": "3.1.0",
  "info": {
    "title": "Embed Workflow execution API",
    "version": "1.0.0",
    "summary": "Start an execution of an Embed Workflow workflow and get back the execution record.",
    "description": "Hand-written from Embed Workflow's API reference (\"Execute workflow\") and the further\nfacts gathered from its other public pages and its official Ruby SDK. The call starts\none execution of a workflow for one of your users and answers `201` with the execution\nobject, whose `id` names the execution and whose `status` says where it stands\n(usually still `running`). Reading an execution back, to follow it until it finishes,\nis described here too; the reference's other endpoints are not.\n\nWhere the reference is silent or unclear this spec decides, and says so in an\n`x-decision` note next to the fact it decides.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "x-decision": {
      "error-responses": "The reference documents only `404`. The official Ruby SDK also handles `400`, `401` and `422`, so those are documented too. `429` and `500` are added, as for the other vendors, because any API answers them; with them the clients' retry behaviour (a `429` is retried, a `500` never is) is written down and testable against the mock. Neither the reference nor the SDK shows an error body (the SDK never reads one), so `EmbedWorkflowError` accepts any JSON object and names the fields a Rails API commonly sends: `error`, `message`, and per-field `errors` on `422`.",
      "request-id": "The reference does not mention `x-request-id`, but the official Ruby SDK reads it from every error answer; the service is a Rails application, which sends it on every answer. It is documented on every response, success included, as optional.",
      "idempotency": "The reference says POST requests may carry an idempotency key (valid for 24 hours, scoped to the request path), but the name of the header is not legible there. A header whose name would be guessed is not modelled: the clients send no idempotency key, report `capabilities.idempotency: false`, and never retry a request that may have reached Embed Workflow (only a `429`, or a connection that failed before sending)."
    }
  },
  "externalDocs": {
    "description": "Embed Workflow API reference, execute workflow",
    "url": "https://docs.embedworkflow.com/reference/workflows/execute-workflow"
  },
  "servers": [
    {
      "url": "https://embedworkflow.com/api/v1",
      "description": "Embed Workflow production API"
    }
  ],
  "security": [
    {
      "embedWorkflowSecretKey": []
    }
  ],
  "tags": [
    {
      "name": "Workflows",
      "description": "Start executions of Embed Workflow workflows on behalf of your users."
    },
    {
      "name": "Executions",
      "description": "Read executions back, to follow them until they finish."
    }
  ],
  "paths": {
    "/workflows/{id}/execute": {
      "post": {
        "tags": [
          "Workflows"
        ],
        "operationId": "executeWorkflow",
        "summary": "Execute a workflow",
        "description": "Starts one execution of the workflow with the given execution data, for the user\nnamed by `user_key`, and answers `201` with the new execution. The workflow's actions\nthen run asynchronously. Each call starts a new execution and no idempotency key is\nsent (see the `idempotency` decision), so a client must not retry it once the request\nmay have reached Embed Workflow.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/WorkflowId"
          }
        ],
        "requestBody": {
          "required": false,
          "description": "What the execution starts with. Every documented field is optional and has a\ndefault, so `{}` executes the workflow for the `main` user with no execution data.\n",
          "x-decision": "The body is optional as a whole, since each of its fields is; the clients always send one. The reference shows no request example, so the examples below are written from its field list, from the execution data echoed in its response example, and (`withFormData`) from the official Ruby SDK's `execute` call; their values are illustrative.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExecuteWorkflowRequest"
              },
              "examples": {
                "withExecutionData": {
                  "summary": "Execution data for the run, with the default user and id type",
                  "value": {
                    "execution_data": {
                      "user_name": "John Doe"
                    }
                  }
                },
                "everyField": {
                  "summary": "Every documented field given explicitly, with the documented defaults",
                  "value": {
                    "id_type": "id",
                    "user_key": "main",
                    "execution_data": {
                      "user_name": "John Doe"
                    }
                  }
                },
                "withFormData": {
                  "summary": "The body the official Ruby SDK sends, `form_data` beside `execution_data`",
                  "value": {
                    "form_data": {
                      "Name": "David",
                      "Email": "david@embedworkflow.com"
                    },
                    "execution_data": {
                      "user_name": "John Doe"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The execution was created and has started.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Execution"
                },
                "examples": {
                  "created": {
                    "summary": "The reference's example execution",
                    "value": {
                      "hashid": "6opb4",
                      "actions_count": 0,
                      "completed_actions_count": 0,
                      "created_at": "2025-08-19T11:19:18-04:00",
                      "created_at_string": "Aug 19, 2025 11:19 am EDT",
                      "created_at_utc": "2025-08-19T15:19:18Z",
                      "execution_data": {
                        "user_name": "John Doe"
                      },
                      "failed_actions_count": 0,
                      "id": "0198c2e9-cc9f-7277-af8a-40c7ef19273a",
                      "idle_actions_count": 0,
                      "key": "workflow_15",
                      "log": {},
                      "name": "Workflow 15",
                      "object": "execution",
                      "running_actions_count": 0,
                      "status": "running",
                      "stopped_actions_count": 0
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/executions/{id}": {
      "get": {
        "tags": [
          "Executions"
        ],
        "operationId": "getExecution",
        "summary": "Retrieve an execution",
        "description": "Reads one execution as it stands now: the same object executing a workflow answered\nwith, its counts and `status` brought up to date, plus `stats` for each node and edge\nof the workflow. Reading changes nothing, so the clients may retry it.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ExecutionId"
          }
        ],
        "responses": {
          "200": {
            "description": "The execution.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/RequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExecutionWithStats"
                },
                "examples": {
                  "completed": {
                    "summary": "The reference's example execution, later, once every action completed",
                    "value": {
                      "hashid": "6opb4",
                      "actions_count": 2,
                      "completed_actions_count": 2,
                      "created_at": "2025-08-19T11:19:18-04:00",
                      "created_at_string": "Aug 19, 2025 11:19 am EDT",
                      "created_at_utc": "2025-08-19T15:19:18Z",
                      "execution_data": {
                        "user_name": "John Doe"
                      },
                      "failed_actions_count": 0,
                      "id": "0198c2e9-cc9f-7277-af8a-40c7ef19273a",
                      "idle_actions_count": 0,
                      "key": "workflow_15",
                      "log": {},
                      "name": "Workflow 15",
                      "object": "execution",
                      "running_actions_count": 0,
                      "status": "completed",
                      "stopped_actions_count": 0,
                      "stats": {
                        "node_send_email": {
                          "completed": 1
                        },
                        "edge_start_to_send_email": {
                          "completed": 1
                        }
                      }
                    }
                  },
                  "running": {
                    "summary": "The reference's example execution, its first action running",
                    "value": {
                      "hashid": "6opb4",
                      "actions_count": 2,
                      "completed_actions_count": 0,
                      "created_at": "2025-08-19T11:19:18-04:00",
                      "created_at_string": "Aug 19, 2025 11:19 am EDT",
                      "created_at_utc": "2025-08-19T15:19:18Z",
                      "execution_data": {
                        "user_name": "John Doe"
                      },
                      "failed_actions_count": 0,
                      "id": "0198c2e9-cc9f-7277-af8a-40c7ef19273a",
                      "idle_actions_count": 1,
                      "key": "workflow_15",
                      "log": {},
                      "name": "Workflow 15",
                      "object": "execution",
                      "running_actions_count": 1,
                      "status": "running",
                      "stopped_actions_count": 0,
                      "stats": {
                        "node_send_email": {
                          "running": 1
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/ExecutionNotFound"
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
      "embedWorkflowSecretKey": {
        "type": "http",
        "scheme": "bearer",
        "description": "A secret API key, sent as `Authorization: Bearer <key>`. Secret keys come in two kinds: `sk_test_…` for the test environment and `sk_live_…` for live data. The publishable keys (`pk_…`) meant for embedding in browsers cannot execute workflows. The clients read the key from `EMBEDWORKFLOW_API_KEY` when none is passed, and refuse one that does not start with `sk_test_` or `sk_live_` before sending it."
      }
    },
    "parameters": {
      "ExecutionId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The execution to read: the `id` that executing a workflow answered with. Percent-encoded into the path; `.` and `..` are refused by the clients.",
        "x-decision": "The reference gives no format (its example is a UUID), so no pattern is enforced beyond a non-empty value.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "0198c2e9-cc9f-7277-af8a-40c7ef19273a"
      },
      "WorkflowId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The identifier Embed Workflow generated for the workflow to execute; which kind of identifier it is is named by the body's `id_type`. The value is percent-encoded into the path; `.` and `..` are refused by the clients because URL parsing would turn them into a different path.",
        "x-decision": "The reference gives no format, and `id_type` allows more than one kind of identifier here, so no pattern is enforced beyond a non-empty value. It shows no workflow id either: the example is an illustrative workflow id of the kind the reference describes the same way (\"System-generated unique identifier\"), a UUID like an execution's `id`, and names no execution.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "0198c2d4-7b1e-7a3c-9f2d-5e8a1b4c6d0f"
      }
    },
    "schemas": {
      "ExecuteWorkflowRequest": {
        "type": "object",
        "description": "How to execute the workflow, and the data the execution starts with.",
        "x-decision": "The reference's fields, plus `form_data`, which the official Ruby SDK sends (see its decision). Any other field is refused (`additionalProperties: false`, decided), so a misspelt field fails before sending instead of being ignored by the service.",
        "properties": {
          "id_type": {
            "type": "string",
            "description": "Which kind of identifier the path's `id` is. Left out, the path holds the workflow's system-generated `id`.",
            "default": "id",
            "examples": [
              "id"
            ],
            "x-decision": "Not an enum: the reference documents only the default `id`, and listing guessed alternatives would refuse values the service accepts."
          },
          "user_key": {
            "type": "string",
            "description": "The key of the user the workflow is executed for. Left out, it is `main`, the documented default.",
            "default": "main",
            "examples": [
              "main"
            ]
          },
          "execution_data": {
            "type": "object",
            "description": "Key/value pairs the execution's actions can read: the context and variables the workflow needs. Echoed back on the execution.",
            "additionalProperties": true,
            "default": {},
            "x-decision": "The reference renders this default as `[object Object]`, a display slip for an object; the default is read as the empty object."
          },
          "form_data": {
            "type": "object",
            "description": "Key/value pairs that Embed Workflow's official Ruby SDK sends beside `execution_data`, by their name form values (the SDK README's execute example passes `Name`, `Email` and `Phone`). Not in the API reference, which says nothing of what the service does with them.",
            "additionalProperties": true,
            "x-decision": "Accepted because the vendor's own Ruby SDK (github.com/embedworkflow/embed-workflow-ruby, `lib/embed_workflow/workflows.rb`) sends it on every execute call: `EmbedWorkflow::Workflows.execute(hashid:, form_data: {}, execution_data: {})` posts `{\"form_data\": ..., \"execution_data\": ...}` as JSON to this path, `{}` when the caller gives none. Refusing it would refuse a body the vendor's SDK sends. Decided from that code, not documented: that it is an object of any key/value pairs (the SDK passes through what its caller gives), that it is optional, and the reading of it as form values (from the SDK's argument name and README example). No default is stated, since the reference does not document the field; the clients' providers never send it, the raw client sends it as given."
          }
        },
        "additionalProperties": false
      },
      "Execution": {
        "type": "object",
        "description": "One execution of a workflow, with counts of its actions by state.",
        "required": [
          "hashid",
          "actions_count",
          "completed_actions_count",
          "created_at",
          "created_at_string",
          "created_at_utc",
          "execution_data",
          "failed_actions_count",
          "id",
          "idle_actions_count",
          "key",
          "log",
          "name",
          "object",
          "running_actions_count",
          "status",
          "stopped_actions_count"
        ],
        "x-decision": "Every property the reference lists is required: the list is the execution object's definition and the response example carries each one. None is nullable, since the reference marks none so and the example has no null. Decided beyond the reference's types: the counts are never negative (`minimum: 0`), and `created_at` and `created_at_utc` are `date-time`, as the example's values are.",
        "properties": {
          "hashid": {
            "type": "string",
            "description": "A system-generated unique identifier of the execution, beside its `id`.",
            "examples": [
              "6opb4"
            ]
          },
          "actions_count": {
            "type": "integer",
            "minimum": 0,
            "description": "How many actions the execution has in all."
          },
          "completed_actions_count": {
            "type": "integer",
            "minimum": 0,
            "description": "How many of its actions have completed."
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the execution was created, in the time zone the reference calls \"specified\" (the example's offset is `-04:00`).",
            "examples": [
              "2025-08-19T11:19:18-04:00"
            ]
          },
          "created_at_string": {
            "type": "string",
            "description": "The creation time formatted as a human-readable string.",
            "examples": [
              "Aug 19, 2025 11:19 am EDT"
            ]
          },
          "created_at_utc": {
            "type": "string",
            "format": "date-time",
            "description": "When the execution was created, in UTC.",
            "examples": [
              "2025-08-19T15:19:18Z"
            ]
          },
          "execution_data": {
            "type": "object",
            "description": "The data the execution runs with, as given in the request.",
            "additionalProperties": true
          },
          "failed_actions_count": {
            "type": "integer",
            "minimum": 0,
            "description": "How many of its actions have failed."
          },
          "id": {
            "type": "string",
            "description": "The execution's system-generated identifier (a UUID in the reference's example); the clients report it as the run id.",
            "examples": [
              "0198c2e9-cc9f-7277-af8a-40c7ef19273a"
            ]
          },
          "idle_actions_count": {
            "type": "integer",
            "minimum": 0,
            "description": "How many of its actions are idle, not yet started."
          },
          "key": {
            "type": "string",
            "description": "A unique key for the execution.",
            "examples": [
              "workflow_15"
            ]
          },
          "log": {
            "type": "object",
            "description": "Execution log details; `{}` in the reference's example of a running execution.",
            "x-decision": "Typed as an object whose fields pass through unchanged: the reference types it `object` and never shows its fields.",
            "additionalProperties": true
          },
          "name": {
            "type": "string",
            "description": "The execution's name.",
            "examples": [
              "Workflow 15"
            ]
          },
          "object": {
            "type": "string",
            "const": "execution",
            "description": "What kind of object this is; always `execution` here.",
            "x-decision": "A constant: the reference calls it an object type identifier and this endpoint only ever answers with an execution."
          },
          "running_actions_count": {
            "type": "integer",
            "minimum": 0,
            "description": "How many of its actions are running now."
          },
          "status": {
            "type": "string",
            "description": "Where the execution stands. A fresh execution is `running`; see the decision on the other words.",
            "examples": [
              "running"
            ],
            "x-decision": "Not an enum: the reference documents only `running`. The action counts suggest the other words (`idle`, `completed`, `failed`, `stopped`); the clients map those and keep any other word as it is, reading it as still running."
          },
          "stopped_actions_count": {
            "type": "integer",
            "minimum": 0,
            "description": "How many of its actions were stopped."
          }
        }
      },
      "ExecutionWithStats": {
        "description": "An execution as retrieving it answers, with per-node and per-edge statistics.",
        "allOf": [
          {
            "$ref": "#/components/schemas/Execution"
          },
          {
            "type": "object",
            "required": [
              "stats"
            ],
            "properties": {
              "stats": {
                "type": "object",
                "description": "Statistics for each node and each edge of the workflow, keyed by its id.",
                "x-decision": "The reference names the map and its keys but not the values' fields; each value is an object whose fields pass through unchanged (the counts in this spec's example are illustrative). Required (decided): the reference describes the retrieved execution as the created one plus this map.",
                "additionalProperties": {
                  "type": "object",
                  "additionalProperties": true
                }
              }
            }
          }
        ]
      },
      "EmbedWorkflowError": {
        "type": "object",
        "description": "An error answer. Embed Workflow does not document error bodies; see the `error-responses` decision.",
        "properties": {
          "error": {
            "type": "string",
            "description": "A short name for the error, when the answer carries one."
          },
          "message": {
            "type": "string",
            "description": "A human-readable reason, when the answer carries one."
          },
          "errors": {
            "type": "object",
            "description": "On `422`, what is wrong with each request field, by field name.",
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
        "description": "The id Embed Workflow gave this request; quote it when contacting support. The clients report it as `requestId` on errors.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "6f1c9a52-3b8e-4d07-9a14-c2e5b7d80f36"
      },
      "RetryAfter": {
        "description": "How long to wait before trying again, in seconds or as an HTTP date. Not documented by Embed Workflow; the clients honour it when present.",
        "schema": {
          "type": "string"
        },
        "example": "30"
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request could not be read, for example a body that is not a JSON object.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/EmbedWorkflowError"
            },
            "example": {
              "error": "bad_request",
              "message": "The request body must be a JSON object."
            }
          }
        }
      },
      "Unauthorized": {
        "description": "The `Authorization` header is missing or does not hold a secret key Embed Workflow accepts (a publishable `pk_` key included).",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/EmbedWorkflowError"
            },
            "example": {
              "error": "unauthorized",
              "message": "A valid secret key is required."
            }
          }
        }
      },
      "NotFound": {
        "description": "No workflow with this identifier exists in the key's account.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/EmbedWorkflowError"
            },
            "example": {
              "error": "not_found",
              "message": "Workflow not found"
            }
          }
        }
      },
      "ExecutionNotFound": {
        "description": "No execution with this identifier exists in the key's account.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/EmbedWorkflowError"
            },
            "example": {
              "error": "not_found",
              "message": "Execution not found"
            }
          }
        }
      },
      "UnprocessableEntity": {
        "description": "The request was read but cannot be carried out, for example invalid execution data.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/EmbedWorkflowError"
            },
            "example": {
              "error": "unprocessable_entity",
              "message": "The workflow could not be executed.",
              "errors": {
                "execution_data": [
                  "is invalid"
                ]
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Too many requests; nothing was executed. Safe to retry after the advertised delay.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          },
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/EmbedWorkflowError"
            },
            "example": {
              "error": "rate_limited",
              "message": "Too many requests"
            }
          }
        }
      },
      "ServerError": {
        "description": "Embed Workflow failed while handling the request. The execution may or may not have started, so the clients do not retry it.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/RequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/EmbedWorkflowError"
            },
            "example": {
              "error": "internal_server_error",
              "message": "Something went wrong"
            }
          }
        }
      }
    }
  }
} as const;

/** What a mock of this spec can be told to answer (`respondWith`): each operation id, each status it documents, and the names of that status's examples. */
export interface MockedOperations {
  executeWorkflow: { 201: "created"; 400: never; 401: never; 404: never; 422: never; 429: never; 500: never };
  getExecution: { 200: "completed" | "running"; 400: never; 401: never; 404: never; 429: never; 500: never };
}
