// Generated from specs/interactly/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

/** The interactly OpenAPI document, as the mock validates requests against it. */
export const interactlySpec = {
  "openapi": "3.1.0",
  "info": {
    "title": "Interactly workflow execution API",
    "version": "1.0.0",
    "summary": "Run an Interactly workflow as a conversation, one turn per request.",
    "description": "Hand-written from Interactly's API reference (\"Execute Workflow\") and the further facts\ngathered from its other public pages. One endpoint drives a whole interactive run: the\nfirst request starts the run and the answer names it with `run_id`; each later request\nechoes that `run_id` to feed the run its next input; a request whose command is `stop`\ncancels it. Every answer reports the run's status after that turn, the events the turn\nproduced, and whether the run now waits for input or has ended.\n\nInteractly also documents endpoints to read one run and to list runs a page at a time;\nboth are described here, so a run can be followed without taking a turn.\n\nWhere the reference is silent or contradicts itself this spec decides, and says so in an\n`x-decision` note next to the fact it decides.\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "x-decision": {
      "server": "The reference documents only its QA host, `https://api-qa.interactly.ai`; no production host is published. It is the only server listed, and so the clients' default base URL; pass `baseUrl` to reach another environment.",
      "error-responses": "The reference documents only the `200` answer. Its nullable fields written `X | null` and its \"Successful Response\" wording are those of a FastAPI service, so `422` is documented with FastAPI's validation error body (inferred, not documented). `401`, `403`, `404`, `429` and `500` are the statuses any authenticated API answers; their bodies are taken to be FastAPI's `{\"detail\": \"<reason>\"}`. A `500` raised by an unhandled exception in such a service is plain text, so that is documented too.",
      "request-id": "Interactly documents no request id header, so none is described. The clients still report an `x-request-id` header as the error's `requestId` whenever one arrives.",
      "idempotency": "No idempotency key is documented. A turn that may have reached Interactly is never retried (it could start a second run, or feed the same input twice); only a `429`, or a connection that failed before sending, is."
    }
  },
  "externalDocs": {
    "description": "Interactly API reference, execute workflow",
    "url": "https://docs-qa.interactly.ai/api-reference/workflows/workflow-execution/execute-workflow"
  },
  "servers": [
    {
      "url": "https://api-qa.interactly.ai",
      "description": "Interactly QA environment, the only host the reference documents"
    }
  ],
  "security": [
    {
      "interactlyBearer": []
    }
  ],
  "tags": [
    {
      "name": "Workflow execution",
      "description": "Start, continue and stop interactive runs of Interactly workflows."
    },
    {
      "name": "Workflow runs",
      "description": "Read runs back, one at a time or a page at a time, without taking a turn."
    }
  ],
  "paths": {
    "/workflows/v1/workflows/{workflow_id}/execute": {
      "post": {
        "tags": [
          "Workflow execution"
        ],
        "operationId": "executeWorkflow",
        "summary": "Execute one turn of a workflow run",
        "description": "Runs one turn of an interactive workflow run and answers when the turn is over.\n\n- **First turn**: leave `run_id` out. Interactly creates the run record and answers\n  with its `run_id`. The `version` query parameter picks the workflow version here.\n- **Later turns**: send the `run_id` from the previous answer, with the next input,\n  to continue the same run. The run keeps the version its first turn chose.\n- **Cancelling**: send the `run_id` with `run_input.command` set to `stop`.\n\nNo idempotency key exists, so a client must not retry a turn once the request may\nhave reached Interactly (only a `429`, or a connection that failed before sending,\nis safe to retry).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/WorkflowId"
          },
          {
            "$ref": "#/components/parameters/Version"
          }
        ],
        "requestBody": {
          "required": true,
          "description": "The input for this turn and, after the first turn, the run it belongs to.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExecuteWorkflowRequest"
              },
              "examples": {
                "firstTurn": {
                  "summary": "Start a run, handing the workflow its variables",
                  "value": {
                    "run_input": {
                      "command": "start",
                      "workflow_id": "5eb7cf5a86d9755df3a6c593",
                      "dynamic_variables": {
                        "patient_name": "Jane Doe"
                      }
                    }
                  }
                },
                "nextTurn": {
                  "summary": "Continue a run that waits for input",
                  "value": {
                    "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                    "run_input": {
                      "workflow_id": "5eb7cf5a86d9755df3a6c593",
                      "dynamic_variables": {
                        "date_of_birth": "1990-04-12"
                      }
                    }
                  }
                },
                "stop": {
                  "summary": "Cancel a run",
                  "value": {
                    "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                    "run_input": {
                      "command": "stop",
                      "workflow_id": "5eb7cf5a86d9755df3a6c593"
                    }
                  }
                },
                "reference": {
                  "summary": "The reference's example, every field shown with its placeholder",
                  "value": {
                    "run_input": {
                      "dynamic_variables": {},
                      "runtime_variables": {},
                      "miscellaneous": {},
                      "command": "start",
                      "workflow_id": "5eb7cf5a86d9755df3a6c593",
                      "version_number": 0,
                      "run_by": "<string>",
                      "workflow_run_id": "5eb7cf5a86d9755df3a6c593",
                      "team_id": "<string>",
                      "start_node_logical_id": "<string>",
                      "initial_state": {},
                      "thread_to_node_inputs": {}
                    },
                    "run_id": "<string>"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The turn ran. The same body answers every turn: `status`, `is_waiting_for_input`\nand `is_completed` say whether to send another turn, and `next_input_hint` what\nto send.\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExecuteWorkflowResponse"
                },
                "examples": {
                  "waitingForInput": {
                    "summary": "First turn, the workflow paused to ask for input",
                    "value": {
                      "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                      "status": "waiting_for_user_input",
                      "turn_number": 1,
                      "events": [
                        {
                          "type": "start_node",
                          "node_logical_id": "start"
                        },
                        {
                          "type": "busy_wait_for_user_message",
                          "node_logical_id": "ask_date_of_birth"
                        }
                      ],
                      "is_waiting_for_input": true,
                      "is_completed": false,
                      "error": null,
                      "next_input_hint": {
                        "node_logical_id": "ask_date_of_birth",
                        "message": "What is your date of birth?"
                      }
                    }
                  },
                  "completed": {
                    "summary": "Second turn, the input was taken and the workflow finished",
                    "value": {
                      "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                      "status": "completed",
                      "turn_number": 2,
                      "events": [
                        {
                          "type": "llm",
                          "node_logical_id": "confirm_details"
                        },
                        {
                          "type": "end_node",
                          "node_logical_id": "end"
                        }
                      ],
                      "is_waiting_for_input": false,
                      "is_completed": true,
                      "error": null
                    }
                  },
                  "cancelled": {
                    "summary": "Second turn was `stop`, the run was cancelled",
                    "value": {
                      "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                      "status": "cancelled",
                      "turn_number": 2,
                      "events": [
                        {
                          "type": "end",
                          "reason": "cancelled"
                        }
                      ],
                      "is_waiting_for_input": false,
                      "is_completed": true,
                      "error": null
                    }
                  },
                  "failed": {
                    "summary": "The workflow failed during the turn",
                    "value": {
                      "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                      "status": "failed",
                      "turn_number": 2,
                      "events": [
                        {
                          "type": "error",
                          "node_logical_id": "confirm_details"
                        }
                      ],
                      "is_waiting_for_input": false,
                      "is_completed": true,
                      "error": "Node confirm_details failed: the language model did not answer in time"
                    }
                  },
                  "abortedLoopingRisk": {
                    "summary": "The runtime stopped a workflow that kept looping",
                    "value": {
                      "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                      "status": "aborted_looping_risk",
                      "turn_number": 2,
                      "events": [
                        {
                          "type": "end",
                          "reason": "aborted_looping_risk"
                        }
                      ],
                      "is_waiting_for_input": false,
                      "is_completed": true,
                      "error": "The workflow visited the same nodes too many times and was stopped."
                    }
                  },
                  "reference": {
                    "summary": "The reference's example, its placeholders kept, with the `status` it leaves out",
                    "x-decision": "The reference's example omits `status`, which its own field list marks required; `waiting_for_user_input` is added to match its `is_waiting_for_input: true`. Its other values are placeholders and contradict one another (`is_completed` is also true).",
                    "value": {
                      "run_id": "<string>",
                      "status": "waiting_for_user_input",
                      "turn_number": 123,
                      "events": [
                        {}
                      ],
                      "is_waiting_for_input": true,
                      "is_completed": true,
                      "error": "<string>",
                      "next_input_hint": {}
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
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
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
    "/workflows/v1/workflow-runs/{workflow_run_id}": {
      "get": {
        "tags": [
          "Workflow runs"
        ],
        "operationId": "getWorkflowRun",
        "summary": "Get one workflow run",
        "description": "Reads a run as it stands now, without taking a turn: the way to follow a run that is\nstill going, or to look one up later by the `run_id` a turn answered with. Reading\nnever changes the run, so the clients retry it like any safe request.\n",
        "x-decision": {
          "run-fields": "The reference names this endpoint and says it returns one run, but lists no fields. The spec describes the run with the fields the execute answer reports about it (`status`, `is_waiting_for_input`, `is_completed`, `error`, `turn_number`), all optional but `status`, and lets every other field through unchanged."
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/WorkflowRunId"
          }
        ],
        "responses": {
          "200": {
            "description": "The run.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WorkflowRunRecord"
                },
                "examples": {
                  "waiting": {
                    "summary": "A run waiting for the caller's next turn",
                    "value": {
                      "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                      "workflow_id": "5eb7cf5a86d9755df3a6c593",
                      "status": "waiting_for_user_input",
                      "turn_number": 1,
                      "is_waiting_for_input": true,
                      "is_completed": false
                    }
                  },
                  "running": {
                    "summary": "A run still taking its turn",
                    "value": {
                      "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                      "workflow_id": "5eb7cf5a86d9755df3a6c593",
                      "status": "running",
                      "turn_number": 1,
                      "is_waiting_for_input": false,
                      "is_completed": false
                    }
                  },
                  "completed": {
                    "summary": "A run that has ended",
                    "value": {
                      "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                      "workflow_id": "5eb7cf5a86d9755df3a6c593",
                      "status": "completed",
                      "turn_number": 3,
                      "is_waiting_for_input": false,
                      "is_completed": true,
                      "error": null
                    }
                  },
                  "notStarted": {
                    "summary": "A run created, its first turn not yet begun",
                    "value": {
                      "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                      "workflow_id": "5eb7cf5a86d9755df3a6c593",
                      "status": "not_started",
                      "is_waiting_for_input": false,
                      "is_completed": false
                    }
                  },
                  "started": {
                    "summary": "A run whose first turn has begun",
                    "value": {
                      "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                      "workflow_id": "5eb7cf5a86d9755df3a6c593",
                      "status": "started",
                      "turn_number": 1,
                      "is_waiting_for_input": false,
                      "is_completed": false
                    }
                  },
                  "paused": {
                    "summary": "A paused run, which also waits for the next turn",
                    "value": {
                      "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                      "workflow_id": "5eb7cf5a86d9755df3a6c593",
                      "status": "paused",
                      "turn_number": 2,
                      "is_waiting_for_input": true,
                      "is_completed": false
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
            "$ref": "#/components/responses/RunNotFound"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
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
    "/workflows/v1/workflow-runs": {
      "get": {
        "tags": [
          "Workflow runs"
        ],
        "operationId": "listWorkflowRuns",
        "summary": "List workflow runs",
        "description": "Runs, a page at a time, optionally narrowed by a search text, a time window and\nfilters.\n",
        "x-decision": {
          "page-shape": "The reference documents the query parameters but not the answer. A FastAPI service paging with `page` and `size` answers, with the common fastapi-pagination package, `{items, total, page, size, pages}`; the spec assumes that shape (inferred) and lets every other field through.",
          "order": "The reference states no order, and which runs the key sees (its team's, presumably) is not documented either; the spec says neither, and nothing in the clients depends on them."
        },
        "parameters": [
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "Which page to return, counting from 1.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "default": 1
            },
            "example": 2
          },
          {
            "name": "size",
            "in": "query",
            "required": false,
            "description": "How many runs a page holds.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "default": 100
            },
            "example": 50
          },
          {
            "name": "search",
            "in": "query",
            "required": false,
            "description": "A search text to narrow the runs by.",
            "x-decision": "The reference names `search` without saying which of a run's fields it matches; the clients pass the caller's string through untouched. The example value is illustrative.",
            "schema": {
              "type": "string"
            },
            "example": "Jane Doe"
          },
          {
            "name": "start",
            "in": "query",
            "required": false,
            "description": "The beginning of a time window to narrow the runs by, as a date-time.",
            "x-decision": "The reference gives `start` and `end` only a name and the `date-time` type. Which of a run's times they are compared with (creation, start, last update) and whether either bound is inclusive are not documented, so the spec does not say; the clients pass the values through untouched. The example values are illustrative.",
            "schema": {
              "type": "string",
              "format": "date-time"
            },
            "example": "2026-11-01T00:00:00Z"
          },
          {
            "name": "end",
            "in": "query",
            "required": false,
            "description": "The end of a time window to narrow the runs by, as a date-time.",
            "x-decision": "As for `start`: the reference gives `end` only a name and the `date-time` type, so which of a run's times it bounds and whether the bound is inclusive are not said.",
            "schema": {
              "type": "string",
              "format": "date-time"
            },
            "example": "2026-11-02T00:00:00Z"
          },
          {
            "name": "filters",
            "in": "query",
            "required": false,
            "description": "Further conditions on the runs, in a syntax the reference does not describe.",
            "x-decision": "The reference names `filters` without describing its syntax or its type; it is taken as a string (decided) and the clients pass the caller's value through untouched. No example is given, since any would be a guess at the syntax.",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "One page of runs.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WorkflowRunPage"
                },
                "examples": {
                  "onlyPage": {
                    "summary": "All the runs there are, on one page",
                    "value": {
                      "items": [
                        {
                          "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                          "workflow_id": "5eb7cf5a86d9755df3a6c593",
                          "status": "completed",
                          "turn_number": 3,
                          "is_waiting_for_input": false,
                          "is_completed": true
                        }
                      ],
                      "total": 1,
                      "page": 1,
                      "size": 100,
                      "pages": 1
                    }
                  },
                  "firstPage": {
                    "summary": "The first page of two",
                    "value": {
                      "items": [
                        {
                          "run_id": "6650f1c2a9e4b3d2c1f0e9a8",
                          "workflow_id": "5eb7cf5a86d9755df3a6c593",
                          "status": "completed",
                          "turn_number": 3,
                          "is_waiting_for_input": false,
                          "is_completed": true
                        }
                      ],
                      "total": 2,
                      "page": 1,
                      "size": 1,
                      "pages": 2
                    }
                  },
                  "lastPage": {
                    "summary": "The second and last page",
                    "value": {
                      "items": [
                        {
                          "run_id": "6650f1c2a9e4b3d2c1f0e9a9",
                          "workflow_id": "5eb7cf5a86d9755df3a6c593",
                          "status": "failed",
                          "turn_number": 1,
                          "is_waiting_for_input": false,
                          "is_completed": true,
                          "error": "Node confirm_details failed: the language model did not answer in time"
                        }
                      ],
                      "total": 2,
                      "page": 2,
                      "size": 1,
                      "pages": 2
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
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
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
      "interactlyBearer": {
        "type": "http",
        "scheme": "bearer",
        "description": "An API key from the API Keys section of the Interactly dashboard, sent as `Authorization: Bearer <key>`. The clients read it from `INTERACTLY_API_KEY` when no key is passed."
      }
    },
    "parameters": {
      "WorkflowId": {
        "name": "workflow_id",
        "in": "path",
        "required": true,
        "description": "The workflow to run: a MongoDB ObjectId, exactly 24 lower-case hexadecimal digits. The clients refuse any other value before sending.",
        "schema": {
          "type": "string",
          "minLength": 24,
          "maxLength": 24,
          "pattern": "^[0-9a-f]{24}$"
        },
        "example": "5eb7cf5a86d9755df3a6c593"
      },
      "WorkflowRunId": {
        "name": "workflow_run_id",
        "in": "path",
        "required": true,
        "description": "The run to read: the `run_id` a turn answered with, unchanged. It is percent-encoded into the path; an empty id, `.` and `..` are refused by the clients because URL parsing would turn them into a different path.",
        "x-decision": "The reference gives this parameter no pattern, and the execute answer's `run_id`, which is what is read back here, has none either: it is described as the run record's MongoDB ObjectId, but also as derived from it, and every example of it is a placeholder. A pattern here would refuse an id the execute answer may return, so the path accepts any non-empty string. The minimum length of 1 is decided (an empty id would change which URL path is called), and every `run_id` of an answer carries the same minimum, so an id read from an answer is always one this path accepts.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "6650f1c2a9e4b3d2c1f0e9a8"
      },
      "Version": {
        "name": "version",
        "in": "query",
        "required": false,
        "description": "The workflow version to run. Only the first turn reads it; later turns always run the version the first turn chose. Left out (or null), the server picks the version.",
        "x-decision": "The reference does not say which version runs when `version` is left out; the clients leave it out unless the caller names one, and never send it after the first turn.",
        "schema": {
          "type": [
            "integer",
            "null"
          ],
          "minimum": 0
        },
        "example": 3
      }
    },
    "schemas": {
      "ExecuteWorkflowRequest": {
        "type": "object",
        "description": "One turn of a run.",
        "required": [
          "run_input"
        ],
        "x-decision": "Fields the reference does not list are refused (`additionalProperties: false`), so a misspelt field fails before sending instead of being silently dropped by the server.",
        "properties": {
          "run_input": {
            "$ref": "#/components/schemas/WorkflowRunInput"
          },
          "run_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The run this turn belongs to. Leave it out on the first turn: Interactly creates the run and returns its id. Send the returned id, unchanged, on every later turn and to cancel the run.",
            "x-decision": "The answer calls the id a MongoDB ObjectId, but the reference gives it no pattern (its own example is a placeholder), so any non-empty string is accepted. The minimum length of 1 is decided: it is the rule of the answers' `run_id` and of the `workflow_run_id` path parameter, and an empty id names no run (leave the field out to start one).",
            "minLength": 1,
            "examples": [
              "6650f1c2a9e4b3d2c1f0e9a8"
            ]
          }
        },
        "additionalProperties": false
      },
      "WorkflowRunInput": {
        "type": "object",
        "description": "What the workflow receives on this turn.",
        "x-decision": {
          "optional-and-closed": "The reference shows these fields in its example without marking any of them required, so all are optional. Fields it does not show are refused (`additionalProperties: false`, decided), as on the request, so a misspelt field fails before sending.",
          "field-meanings": "The reference lists these fields only in its example, with no description of their own; their types are the example's. The descriptions of `runtime_variables`, `miscellaneous`, `run_by`, `team_id`, `start_node_logical_id`, `initial_state` and `thread_to_node_inputs` are read from their names (decided, not documented); the clients never send those fields, and pass them through untouched from the raw client."
        },
        "properties": {
          "command": {
            "type": "string",
            "description": "What to do with the run. The reference's example sends `start` on a first turn, and its protocol cancels a run by sending `stop` with the `run_id`. Leave it out on a turn that only continues the run.",
            "x-decision": "Not an enum: the reference shows `start` in its example and names `stop` for cancelling, but never lists the commands or says these are the only ones, so any string is accepted and the clients send only those two. Leaving `command` out to continue a run is decided too: the protocol continues a run by echoing `run_id` and names no command for it.",
            "examples": [
              "start",
              "stop"
            ]
          },
          "workflow_id": {
            "type": "string",
            "description": "The workflow being run, the same id as in the path.",
            "x-decision": "The reference gives this body field no pattern of its own. It names the same workflow as the path's `workflow_id`, whose documented pattern (24 lower-case hex digits) is repeated here, so a body naming a workflow the path could not is refused before sending.",
            "minLength": 24,
            "maxLength": 24,
            "pattern": "^[0-9a-f]{24}$",
            "examples": [
              "5eb7cf5a86d9755df3a6c593"
            ]
          },
          "dynamic_variables": {
            "type": "object",
            "additionalProperties": true,
            "description": "Values for the workflow's variables. On the first turn, the run's input; on a later turn, the input the paused workflow asked for.",
            "x-decision": "The reference does not say which field carries a later turn's input. The clients put it in `dynamic_variables`, the same place as the first turn's input; the raw client can send any of the other fields when a workflow expects them."
          },
          "runtime_variables": {
            "type": "object",
            "additionalProperties": true,
            "description": "Runtime variables for the run (meaning read from the name; see `field-meanings`)."
          },
          "miscellaneous": {
            "type": "object",
            "additionalProperties": true,
            "description": "Other data for the turn (meaning read from the name; see `field-meanings`)."
          },
          "version_number": {
            "type": "integer",
            "minimum": 0,
            "description": "The workflow version the input is meant for.",
            "x-decision": "Not described by the reference beyond its example (`0`). It is given the same lower bound as the `version` query parameter. The clients pick a version with that parameter and leave this field out.",
            "examples": [
              0
            ]
          },
          "run_by": {
            "type": "string",
            "description": "Who runs the workflow (meaning read from the name; see `field-meanings`)."
          },
          "workflow_run_id": {
            "type": "string",
            "description": "The id of the run's record. The clients send `run_id` to name a run and leave this field out.",
            "x-decision": "The reference gives no pattern; its example is an ObjectId, but this field names a run, and run ids are accepted as any string (see `run_id`), so no pattern is enforced here either.",
            "examples": [
              "5eb7cf5a86d9755df3a6c593"
            ]
          },
          "team_id": {
            "type": "string",
            "description": "A team's id, presumably the team the run belongs to (see `field-meanings`)."
          },
          "start_node_logical_id": {
            "type": "string",
            "description": "The logical id of a node to start from (meaning read from the name; see `field-meanings`)."
          },
          "initial_state": {
            "type": "object",
            "additionalProperties": true,
            "description": "An initial state for the run (meaning read from the name; see `field-meanings`)."
          },
          "thread_to_node_inputs": {
            "type": "object",
            "additionalProperties": true,
            "description": "Inputs for nodes, keyed by thread (meaning read from the name; see `field-meanings`)."
          }
        },
        "additionalProperties": false
      },
      "ExecuteWorkflowResponse": {
        "type": "object",
        "description": "Where the run stands after this turn. The same shape answers the first turn and every later one.",
        "required": [
          "run_id",
          "status",
          "turn_number",
          "events",
          "is_waiting_for_input",
          "is_completed"
        ],
        "properties": {
          "run_id": {
            "type": "string",
            "description": "The run's id (the MongoDB ObjectId of its record). Send it with every later turn of this run, and to read the run back.",
            "x-decision": "No pattern: the reference also says the id is derived from the ObjectId and shows only a placeholder, so any non-empty string is taken. The minimum length of 1 is decided, the same rule as the `workflow_run_id` path parameter and the request's `run_id`, so the id can always be sent back and read back.",
            "minLength": 1,
            "examples": [
              "6650f1c2a9e4b3d2c1f0e9a8"
            ]
          },
          "status": {
            "$ref": "#/components/schemas/WorkflowRunStatus"
          },
          "turn_number": {
            "type": "integer",
            "minimum": 1,
            "description": "Which turn of the run this answer belongs to, counting from 1.",
            "examples": [
              1
            ]
          },
          "events": {
            "type": "array",
            "description": "Every event the workflow runtime emitted during this turn: node start and end events, language-model events, state displays, and the final pause, end or error event.",
            "x-decision": "The reference types each event only as an object; the `type` and `node_logical_id` fields in this spec's examples are illustrative, not documented.",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "is_waiting_for_input": {
            "type": "boolean",
            "description": "True when the workflow paused and expects input in the next turn."
          },
          "is_completed": {
            "type": "boolean",
            "description": "True when the run has ended (completed, failed, cancelled or aborted); no further turn will be accepted."
          },
          "error": {
            "type": [
              "string",
              "null"
            ],
            "description": "A readable reason the run failed; set when `status` is `failed`.",
            "x-decision": "The reference ties it to `failed` only; the examples also set it for `aborted_looping_risk`, which ends the run just as abnormally."
          },
          "next_input_hint": {
            "type": "object",
            "additionalProperties": true,
            "description": "When the run waits for input: the serialised \"waiting for a user message\" event, describing what the next turn should send.",
            "x-decision": "Typed as the reference types it, an object that is not nullable and is left out when nothing is awaited. The fields in this spec's example are illustrative."
          }
        }
      },
      "WorkflowRunRecord": {
        "type": "object",
        "description": "A run as stored, read without taking a turn. Only `status` is relied on; see the `run-fields` decision on the operation.",
        "required": [
          "status"
        ],
        "x-decision": {
          "id-fields": "The reference lists no field of a stored run. `run_id` and `workflow_id` are described (decided) because a listed run is useless without them: `run_id` is the name the execute answer gives a run, and `workflow_id` the name the request's `run_input` gives its workflow. Both are optional, so a record that names them otherwise still passes; the clients then report the id they asked for, or an empty workflow id for a listed run. `run_id` follows the answers' rule (any non-empty string); `workflow_id` gets no pattern, since the reference states none for a field of this record and a refused record would hide the run."
        },
        "properties": {
          "run_id": {
            "type": "string",
            "minLength": 1,
            "description": "The run's id, as the turns report it.",
            "examples": [
              "6650f1c2a9e4b3d2c1f0e9a8"
            ]
          },
          "workflow_id": {
            "type": "string",
            "description": "The workflow the run belongs to.",
            "examples": [
              "5eb7cf5a86d9755df3a6c593"
            ]
          },
          "status": {
            "$ref": "#/components/schemas/WorkflowRunStatus"
          },
          "turn_number": {
            "type": "integer",
            "minimum": 1,
            "description": "The run's latest turn, counting from 1, as the execute answer numbers turns."
          },
          "is_waiting_for_input": {
            "type": "boolean",
            "description": "True when the run paused and expects another turn."
          },
          "is_completed": {
            "type": "boolean",
            "description": "True when the run has ended."
          },
          "error": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the run failed, when it did."
          }
        },
        "additionalProperties": true
      },
      "WorkflowRunPage": {
        "type": "object",
        "description": "One page of runs (inferred shape; see the `page-shape` decision).",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "description": "The runs on this page.",
            "items": {
              "$ref": "#/components/schemas/WorkflowRunRecord"
            }
          },
          "total": {
            "type": "integer",
            "minimum": 0,
            "description": "How many runs match, on every page together."
          },
          "page": {
            "type": "integer",
            "minimum": 1,
            "description": "This page's number."
          },
          "size": {
            "type": "integer",
            "minimum": 1,
            "description": "The page size asked for."
          },
          "pages": {
            "type": "integer",
            "minimum": 0,
            "description": "How many pages there are."
          }
        },
        "additionalProperties": true
      },
      "WorkflowRunStatus": {
        "type": "string",
        "description": "Where the run stands after the turn.",
        "enum": [
          "not_started",
          "started",
          "running",
          "failed",
          "completed",
          "paused",
          "waiting_for_user_input",
          "cancelled",
          "aborted_looping_risk"
        ],
        "x-decision": "`aborted_looping_risk` is read as a failure: the runtime stopped a run it judged to be looping. `paused` and `waiting_for_user_input` both mean the run waits for the next turn."
      },
      "HttpError": {
        "type": "object",
        "description": "An error answer in FastAPI's shape, with the reason in `detail`. Not documented by Interactly; see the `error-responses` decision.",
        "required": [
          "detail"
        ],
        "properties": {
          "detail": {
            "type": "string",
            "description": "Why the request failed."
          }
        },
        "additionalProperties": true
      },
      "HTTPValidationError": {
        "type": "object",
        "description": "FastAPI's answer to a request that breaks the operation's schema (inferred).",
        "required": [
          "detail"
        ],
        "properties": {
          "detail": {
            "type": "array",
            "description": "One entry per problem found.",
            "items": {
              "$ref": "#/components/schemas/ValidationError"
            }
          }
        }
      },
      "ValidationError": {
        "type": "object",
        "description": "One problem with the request.",
        "required": [
          "loc",
          "msg",
          "type"
        ],
        "properties": {
          "loc": {
            "type": "array",
            "description": "Where the problem is, e.g. `[\"body\", \"run_input\", \"command\"]`.",
            "items": {
              "type": [
                "string",
                "integer"
              ]
            }
          },
          "msg": {
            "type": "string",
            "description": "What is wrong, in words."
          },
          "type": {
            "type": "string",
            "description": "The kind of problem, as a machine-readable name."
          },
          "input": {
            "description": "The value that was refused, when the server includes it."
          },
          "ctx": {
            "type": "object",
            "additionalProperties": true,
            "description": "Extra facts about the problem, such as the limit that was broken."
          }
        }
      }
    },
    "headers": {
      "RetryAfter": {
        "description": "How long to wait before trying again, in seconds or as an HTTP date. Not documented by Interactly; the clients honour it when present.",
        "schema": {
          "type": "string"
        },
        "example": "30"
      }
    },
    "responses": {
      "Unauthorized": {
        "description": "The `Authorization` header is missing or holds a key Interactly does not accept.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "example": {
              "detail": "Not authenticated"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The key is valid but its team may not run this workflow.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "example": {
              "detail": "Not allowed to run this workflow"
            }
          }
        }
      },
      "NotFound": {
        "description": "No workflow with this id exists for the key's team, or no run with the `run_id` sent.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "examples": {
              "workflowNotFound": {
                "summary": "The workflow does not exist",
                "value": {
                  "detail": "Workflow not found"
                }
              },
              "runNotFound": {
                "summary": "The `run_id` names no run of this workflow",
                "value": {
                  "detail": "Workflow run not found"
                }
              }
            }
          }
        }
      },
      "RunNotFound": {
        "description": "No run with this id exists for the key's team.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "example": {
              "detail": "Workflow run not found"
            }
          }
        }
      },
      "ValidationFailed": {
        "description": "The request breaks the operation's schema; nothing was run (inferred, see `error-responses`).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HTTPValidationError"
            },
            "example": {
              "detail": [
                {
                  "loc": [
                    "query",
                    "version"
                  ],
                  "msg": "Input should be greater than or equal to 0",
                  "type": "greater_than_equal"
                }
              ]
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
              "$ref": "#/components/schemas/HttpError"
            },
            "example": {
              "detail": "Too many requests"
            }
          }
        }
      },
      "ServerError": {
        "description": "Interactly failed while handling the turn. The turn may or may not have run, so the clients do not retry it.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HttpError"
            },
            "example": {
              "detail": "Internal Server Error"
            }
          },
          "text/plain": {
            "schema": {
              "type": "string"
            },
            "example": "Internal Server Error"
          }
        }
      }
    }
  }
} as const;

/** What a mock of this spec can be told to answer (`respondWith`): each operation id, each status it documents, and the names of that status's examples. */
export interface MockedOperations {
  executeWorkflow: { 200: "waitingForInput" | "completed" | "cancelled" | "failed" | "abortedLoopingRisk" | "reference"; 401: never; 403: never; 404: "workflowNotFound" | "runNotFound"; 422: never; 429: never; 500: never };
  getWorkflowRun: { 200: "waiting" | "running" | "completed" | "notStarted" | "started" | "paused"; 401: never; 403: never; 404: never; 422: never; 429: never; 500: never };
  listWorkflowRuns: { 200: "onlyPage" | "firstPage" | "lastPage"; 401: never; 403: never; 422: never; 429: never; 500: never };
}
