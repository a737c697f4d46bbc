// Generated from specs/wiv/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

/** The wiv OpenAPI document, as the mock validates requests against it. */
export const wivSpec = {
  "openapi": "3.1.0",
  "info": {
    "title": "Wiv workflow trigger API",
    "version": "1.0.0",
    "summary": "Start a Wiv workflow from code and get back the id of the run it started.",
    "description": "Hand-written from Wiv's public API guide (\"Running a workflow from the API\").\nWiv documents a single endpoint: it triggers one run of a workflow and answers with\nthe trigger event, whose `execution_id` identifies the run. Wiv documents no endpoint\nto read a run's status, list runs or cancel one.\n\nWhere the guide is silent this spec decides, and says so in an `x-decision` note\nnext to the fact it decides.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "x-decision": {
      "error-responses": "The guide documents only the 200 answer. The error statuses listed on the operation (401, 403, 404, 429, 500) are the ones any authenticated API behind a gateway produces; their bodies are not documented, so `WivError` accepts any JSON object and names the two fields (`message`, `error`) that gateways commonly use."
    }
  },
  "externalDocs": {
    "description": "Wiv API guide, running a workflow from the API",
    "url": "https://docs.wiv.ai/api-guide/workflows/running-workflow-from-api"
  },
  "servers": [
    {
      "url": "https://api.wiv.ai",
      "description": "Wiv production API"
    }
  ],
  "security": [
    {
      "wivApiKey": []
    }
  ],
  "tags": [
    {
      "name": "Workflows",
      "description": "Trigger runs of Wiv workflows."
    }
  ],
  "paths": {
    "/workflows/{workflow_id}/run": {
      "post": {
        "tags": [
          "Workflows"
        ],
        "operationId": "runWorkflow",
        "summary": "Trigger a workflow run",
        "description": "Starts one run of the workflow and returns at once with the trigger event; the\nworkflow itself runs asynchronously. Each call starts a new run: Wiv documents no\nidempotency key, so a client must never retry this call after the request may have\nreached Wiv (only a `429`, or a connection that failed before sending, is safe to retry).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/WorkflowId"
          }
        ],
        "requestBody": {
          "required": true,
          "description": "The input handed to the workflow. The guide lists `Content-Type: application/json`\nas a required header, so a JSON body is always sent.\n",
          "x-decision": "`payload` is optional, as the guide marks it; a caller with no input sends `{\"payload\": {}}`, the guide's own example for workflows without inputs.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RunWorkflowRequest"
              },
              "examples": {
                "emptyPayload": {
                  "summary": "A workflow that needs no input",
                  "value": {
                    "payload": {}
                  }
                },
                "withInputData": {
                  "summary": "A workflow that takes an order to process",
                  "description": "The guide's second example, with the commas and the closing quote it is missing restored so that it is valid JSON.",
                  "value": {
                    "payload": {
                      "user_id": "12345",
                      "action": "process_order",
                      "data": {
                        "order_id": "ORD-2024-001",
                        "customer_email": "customer@example.com"
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The run was triggered; `data.execution_id` identifies it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RunWorkflowResponse"
                },
                "examples": {
                  "triggered": {
                    "summary": "The guide's example answer",
                    "value": {
                      "data": {
                        "event_type": "WORKFLOW_TRIGGER",
                        "execution_id": "exec_abc123def456",
                        "payload": {},
                        "run_by": "api_user_name",
                        "tenant_id": "tenant_xyz789",
                        "timestamp": "2025-05-22 20:59:07.014093",
                        "trigger_id": "-",
                        "trigger_type": "MANUAL",
                        "workflow_id": "workflow_def456ghi789"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
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
      "wivApiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-KEY",
        "description": "An API key generated in Wiv's API settings. Keep it out of source control; the clients read it from `WIV_API_KEY` when no key is passed."
      }
    },
    "parameters": {
      "WorkflowId": {
        "name": "workflow_id",
        "in": "path",
        "required": true,
        "description": "The id of the workflow to run. Wiv gives no format, so any non-empty id is accepted and percent-encoded into the path; `.` and `..` are refused by the clients because URL parsing would turn them into a different path.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "workflow_def456ghi789"
      }
    },
    "schemas": {
      "RunWorkflowRequest": {
        "type": "object",
        "description": "What to hand to the workflow run.",
        "properties": {
          "payload": {
            "type": "object",
            "description": "The workflow's input. Its keys are whatever the workflow's inputs expect; Wiv passes the object through unchanged and echoes it in the answer.",
            "additionalProperties": true,
            "default": {},
            "x-decision": "The guide marks `payload` optional but states no default. `{}` is decided from its example for workflows without inputs, `{\"payload\": {}}`: a run sent without `payload` is taken to get no input, as that one does."
          }
        },
        "additionalProperties": false,
        "x-decision": "The guide documents `payload` as the body's only field. Any other field is refused (`additionalProperties: false`): a misspelt `payload` would otherwise be sent, ignored by Wiv, and run the workflow with no input."
      },
      "RunWorkflowResponse": {
        "type": "object",
        "description": "The envelope Wiv wraps the trigger event in.",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WorkflowTriggerEvent"
          }
        }
      },
      "WorkflowTriggerEvent": {
        "type": "object",
        "description": "The event recording that a run was triggered. Every field is a string except the echoed payload.",
        "required": [
          "execution_id",
          "event_type",
          "timestamp",
          "trigger_type",
          "run_by",
          "tenant_id",
          "workflow_id"
        ],
        "x-decision": "The fields the guide's table describes are required; `payload` and `trigger_id` appear only in its example, so they are optional.",
        "properties": {
          "execution_id": {
            "type": "string",
            "description": "The id of the run this call started; keep it to follow the run in Wiv.",
            "examples": [
              "exec_abc123def456"
            ]
          },
          "event_type": {
            "type": "string",
            "const": "WORKFLOW_TRIGGER",
            "description": "The kind of event; the guide says it is always `WORKFLOW_TRIGGER` for runs started by hand or by API."
          },
          "timestamp": {
            "type": "string",
            "description": "When the run was triggered, in UTC. Not ISO 8601: a space separates date and time and the seconds carry microseconds, so it is not typed `date-time`.",
            "pattern": "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?$",
            "x-decision": "The pattern is inferred from the guide's example value.",
            "examples": [
              "2025-05-22 20:59:07.014093"
            ]
          },
          "trigger_type": {
            "type": "string",
            "const": "MANUAL",
            "description": "How the run was started; `MANUAL` for every run started through this API."
          },
          "run_by": {
            "type": "string",
            "description": "The user or system that started the run.",
            "examples": [
              "api_user_name"
            ]
          },
          "tenant_id": {
            "type": "string",
            "description": "The identifier of your organization.",
            "examples": [
              "tenant_xyz789"
            ]
          },
          "workflow_id": {
            "type": "string",
            "description": "The workflow that was run, echoed back as confirmation.",
            "examples": [
              "workflow_def456ghi789"
            ]
          },
          "trigger_id": {
            "type": "string",
            "description": "The trigger's id; `-` in the guide's example of a run started through this API.",
            "x-decision": "Only in the guide's example, undescribed. Its meaning is read from the name, and `-` is not said to be the value of every API run, so any string is accepted.",
            "examples": [
              "-"
            ]
          },
          "payload": {
            "type": "object",
            "description": "The request's `payload`, echoed back.",
            "additionalProperties": true
          }
        }
      },
      "WivError": {
        "type": "object",
        "description": "An error answer. Wiv does not document error bodies; see the `error-responses` decision.",
        "properties": {
          "message": {
            "type": "string",
            "description": "A human-readable reason, when the answer carries one."
          },
          "error": {
            "type": "string",
            "description": "A short error name or reason, when the answer carries one."
          }
        },
        "additionalProperties": true
      }
    },
    "headers": {
      "RetryAfter": {
        "description": "How long to wait before trying again, in seconds or as an HTTP date. Not documented by Wiv; the clients honour it when present.",
        "schema": {
          "type": "string"
        },
        "example": "30"
      }
    },
    "responses": {
      "Unauthorized": {
        "description": "The `X-API-KEY` header is missing or holds a key Wiv does not accept.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/WivError"
            },
            "example": {
              "message": "Unauthorized"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The key is valid but may not run this workflow.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/WivError"
            },
            "example": {
              "message": "Forbidden"
            }
          }
        }
      },
      "NotFound": {
        "description": "No workflow with this id exists for the key's organization.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/WivError"
            },
            "example": {
              "message": "Workflow not found"
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Too many requests; nothing was run. Safe to retry after the advertised delay.",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/WivError"
            },
            "example": {
              "message": "Too many requests"
            }
          }
        }
      },
      "ServerError": {
        "description": "Wiv failed while handling the request. The run may or may not have started, so the clients do not retry it.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/WivError"
            },
            "example": {
              "message": "Internal server error"
            }
          }
        }
      }
    }
  }
} as const;

/** What a mock of this spec can be told to answer (`respondWith`): each operation id, each status it documents, and the names of that status's examples. */
export interface MockedOperations {
  runWorkflow: { 200: "triggered"; 401: never; 403: never; 404: never; 429: never; 500: never };
}
