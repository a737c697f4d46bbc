// Generated from specs/aitutor/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

/** The aitutor OpenAPI document, as the mock validates requests against it. */
export const aitutorSpec = {
  "openapi": "3.1.0",
  "info": {
    "title": "AI Tutor workflow API (myapps.ai)",
    "version": "1.0.0",
    "summary": "Run a published AI Tutor workflow and get its generated text in the answer.",
    "description": "Hand-written from the AI Tutor API documentation by myapps.ai (\"Run a workflow\").\nThe call is synchronous: it answers once the model has finished generating, after up\nto 300 seconds, with the whole text and, when the model searched the web, its sources.\nA streaming variant exists and is described separately.\n\nWhere the documentation is silent this spec decides, and says so in an `x-decision`\nnote; facts taken from the service's behaviour rather than its documentation are\nmarked \"inferred\".\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "externalDocs": {
    "description": "AI Tutor API documentation, run a workflow",
    "url": "https://support.myapps.ai/aitutor-api/aitutor-api-docs"
  },
  "servers": [
    {
      "url": "https://aitutor-api.vercel.app",
      "description": "The base URL of the documentation's code examples"
    }
  ],
  "security": [
    {
      "aiTutorSecretKey": []
    }
  ],
  "tags": [
    {
      "name": "Workflows",
      "description": "Run AI Tutor workflows."
    }
  ],
  "paths": {
    "/api/v1/run/{workflow_id}": {
      "post": {
        "tags": [
          "Workflows"
        ],
        "operationId": "runWorkflow",
        "summary": "Run a workflow",
        "description": "Runs the published workflow with the given template variables and answers when the\ntext is complete, which can take up to 300 seconds; clients must wait longer than\nthat. Each successful run deducts credits from the organization's balance according\nto the tokens used.\n",
        "parameters": [
          {
            "name": "workflow_id",
            "in": "path",
            "required": true,
            "description": "The id of the workflow to run, for example `wf_abc123`.",
            "x-decision": "The documentation gives only the example `wf_abc123`, not a format, so no pattern is enforced beyond a non-empty id.",
            "schema": {
              "type": "string",
              "minLength": 1
            },
            "example": "wf_abc123"
          }
        ],
        "requestBody": {
          "required": true,
          "description": "The workflow's input variables as key/value pairs. Each key must be exactly the name of a variable in the workflow's template (for `{{story}}`, the key `story`).",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WorkflowInput"
              },
              "examples": {
                "story": {
                  "summary": "A template with one variable, `{{story}}`",
                  "value": {
                    "story": "A dragon who is afraid of the dark learns to love the night sky."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The run finished; the answer holds the whole generated text.",
            "headers": {
              "x-ratelimit-limit": {
                "$ref": "#/components/headers/RateLimitLimit"
              },
              "x-ratelimit-remaining": {
                "$ref": "#/components/headers/RateLimitRemaining"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RunWorkflowResponse"
                },
                "examples": {
                  "withCitations": {
                    "summary": "A fresh run whose model searched the web",
                    "value": {
                      "success": true,
                      "result": "Once upon a time, a small dragon named Ember was afraid of the dark...",
                      "citations": [
                        "https://en.wikipedia.org/wiki/Night_sky"
                      ]
                    }
                  },
                  "cached": {
                    "summary": "A cached result, which carries no citations (inferred)",
                    "value": {
                      "success": true,
                      "result": "Once upon a time, a small dragon named Ember was afraid of the dark..."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "The Authorization header is missing or holds a key that is not valid.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                },
                "example": {
                  "success": false,
                  "error": "Unauthorized. Please provide a valid secret key."
                }
              }
            }
          },
          "402": {
            "description": "The organization has no credits left; nothing was run.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                },
                "example": {
                  "success": false,
                  "error": "No credits remaining. Please add credits to continue using the service.",
                  "code": "invalid_billing"
                }
              }
            }
          },
          "404": {
            "description": "No published workflow has this id.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                },
                "example": {
                  "success": false,
                  "error": "Workflow not found",
                  "code": "workflow_not_found"
                }
              }
            }
          },
          "429": {
            "description": "The rate limit for the current window is used up; nothing was run.",
            "headers": {
              "Retry-After": {
                "$ref": "#/components/headers/RetryAfter"
              },
              "x-ratelimit-limit": {
                "$ref": "#/components/headers/RateLimitLimit"
              },
              "x-ratelimit-remaining": {
                "$ref": "#/components/headers/RateLimitRemaining"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                },
                "example": {
                  "success": false,
                  "error": "Rate limit exceeded"
                }
              }
            }
          },
          "500": {
            "description": "The run failed while executing. Credits may have been spent and the model may have run, so the clients do not retry it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorResponse"
                },
                "example": {
                  "success": false,
                  "error": "Failed to run workflow",
                  "code": "workflow_run_failed"
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "aiTutorSecretKey": {
        "type": "http",
        "scheme": "bearer",
        "description": "The organization's API secret key, sent as `Authorization: Bearer <key>`. The clients read it from `AITUTOR_API_KEY` when none is passed."
      }
    },
    "schemas": {
      "WorkflowInput": {
        "type": "object",
        "description": "Template variables by name.",
        "x-decision": "Values are any JSON: the documentation shows only text, but says nothing that limits values to strings, and the template engine renders whatever it is given.",
        "additionalProperties": true
      },
      "RunWorkflowResponse": {
        "type": "object",
        "description": "The finished run's output.",
        "required": [
          "success",
          "result"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always `true` on success."
          },
          "result": {
            "type": "string",
            "description": "The complete generated text."
          },
          "citations": {
            "type": "array",
            "description": "The web sources the model used, when it searched the web. Absent when it did not, and on cached results (inferred).",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "ErrorResponse": {
        "type": "object",
        "description": "An error answer, flat as the service sends it.",
        "required": [
          "success",
          "error"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": false,
            "description": "Always `false` on an error."
          },
          "error": {
            "type": "string",
            "description": "A human-readable reason."
          },
          "code": {
            "type": "string",
            "description": "A machine-readable reason, on some errors. Values seen (inferred, not documented): `missing_input`, `workflow_not_found`, `workflow_run_failed`, `invalid_billing`, `internal_server_error`, `request_blocked`.",
            "x-decision": "A plain string rather than an enum: the values are inferred and may be incomplete, and an enum would declare any other value impossible.",
            "examples": [
              "workflow_not_found"
            ]
          }
        }
      }
    },
    "headers": {
      "RateLimitLimit": {
        "description": "How many requests the rate-limit window allows. Sent only with fresh (uncached) results (inferred), so it may be absent.",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 60
      },
      "RateLimitRemaining": {
        "description": "How many requests are left in the current window. Absent like `x-ratelimit-limit`.",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 59
      },
      "RetryAfter": {
        "description": "Seconds (or an HTTP date) to wait before trying again. Decided, not documented; honoured when present.",
        "schema": {
          "type": "string"
        },
        "example": "20"
      }
    }
  }
} as const;
