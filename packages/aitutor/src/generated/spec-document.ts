// Generated from specs/aitutor/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

/** The aitutor OpenAPI document, as the mock validates requests against it. */
export const aitutorSpec = {
  "openapi": "3.1.0",
  "info": {
    "title": "AI Tutor workflow API (myapps.ai)",
    "version": "1.0.0",
    "summary": "Run a published AI Tutor workflow and receive its generated text in the answer.",
    "description": "Hand-written from the AI Tutor API documentation by myapps.ai (\"Run a workflow\") and the\nfurther facts gathered from its other public pages. The call is synchronous: the service\nanswers only once the model has finished generating, which can take up to 300 seconds,\nwith the whole text and, when the model searched the web, the sources it used.\n\nA streaming variant of the same call sends the text as it is generated. It is\nauthenticated not by the secret key but by a single-use token that the key buys from the\ntoken endpoint, so a server can hand the token to a browser without exposing the key.\n\nWhere the documentation is silent or contradicts itself this spec decides, and says so in\nan `x-decision` note next to the fact it decides. Facts read from the service's behaviour\nrather than from its documentation are marked \"inferred\".\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    },
    "x-decision": {
      "error-responses": "The documentation lists 401, 402, 404, 429 and 500 with a message each; those are the only error statuses described. Their bodies are flat (`success: false`, `error`, and sometimes `code`). The inferred codes `missing_input` and `request_blocked` come with no known status, so no status (such as 400 or 403) is invented for them; an undocumented status still reaches the clients as a typed error.",
      "rate-limit-headers": "The documentation says the `x-ratelimit-limit` and `x-ratelimit-remaining` headers come with every response, so every response of every operation declares them, errors included. The service sends them only with fresh (uncached) results (inferred), so they are optional integers; the clients report them as `rateLimit` only when present and numeric.",
      "request-id": "No request id header is documented, so none is described; errors from this API carry no `requestId`.",
      "examples": "The code samples of the captured documentation page are not legible, so the request and response examples are written from its field tables and its `{{story}}` template example. The error messages are the documented ones, word for word; the `code` values in the error examples are the inferred ones."
    }
  },
  "externalDocs": {
    "description": "AI Tutor API documentation, run a workflow",
    "url": "https://support.myapps.ai/aitutor-api/aitutor-api-docs"
  },
  "servers": [
    {
      "url": "https://aitutor-api.vercel.app",
      "description": "The host the documentation's code examples call",
      "x-decision": "The documentation gives the path only; this base URL is the one its code examples use, and no other host is documented."
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
      "description": "Run published AI Tutor workflows with their template variables."
    },
    {
      "name": "Streaming",
      "description": "Run a workflow with its text sent as it is generated, under a single-use token."
    }
  ],
  "paths": {
    "/api/v1/run/{workflow_id}": {
      "post": {
        "tags": [
          "Workflows"
        ],
        "operationId": "runWorkflow",
        "summary": "Run a workflow and wait for its output",
        "description": "Runs the published workflow with the given template variables and answers once the\nmodel has finished, with the complete text in one JSON body. A run may last up to 300\nseconds before the service gives up, so a client must wait longer than that for the\nanswer (the clients wait 310 seconds by default). Meant for server-side callers that\ndo not need the text as it is generated; the streaming endpoint serves those that do.\n\nEach successful run deducts credits from the organization's balance according to the\ntokens it used. No idempotency key is documented, so a request that may have reached\nthe service is never sent again by the clients: only a `429`, or a connection that\nfailed before sending, is retried.\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/WorkflowId"
          }
        ],
        "requestBody": {
          "required": true,
          "description": "The workflow's input variables as a JSON object of key/value pairs. Each key must be exactly the name of a variable in the workflow's template: for a template containing `{{story}}`, the key is `story`.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WorkflowVariables"
              },
              "examples": {
                "story": {
                  "summary": "A template with one variable, `{{story}}`",
                  "value": {
                    "story": "A dragon who is afraid of the dark learns to love the night sky."
                  }
                },
                "noVariables": {
                  "summary": "A template without variables",
                  "value": {}
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/RunCompleted"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/RunFailed"
          }
        }
      }
    },
    "/api/v1/token": {
      "get": {
        "tags": [
          "Streaming"
        ],
        "operationId": "createStreamToken",
        "summary": "Get a single-use stream token",
        "description": "Exchanges the secret key for a token that authorizes one streaming run. The token is\ngood for `ttl` seconds and for one use only; the clients fetch a fresh one for every\nstream.\n",
        "externalDocs": {
          "description": "AI Tutor API documentation, get a stream token",
          "url": "https://support.myapps.ai/aitutor-api/get-token-workflow"
        },
        "parameters": [
          {
            "name": "ttl",
            "in": "query",
            "required": false,
            "description": "How many seconds the token stays valid, from 1 to 300.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 300,
              "default": 60
            },
            "example": 60
          }
        ],
        "responses": {
          "200": {
            "description": "A fresh single-use token.",
            "headers": {
              "x-ratelimit-limit": {
                "description": "How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                },
                "example": 60
              },
              "x-ratelimit-remaining": {
                "description": "How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                },
                "example": 59
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StreamToken"
                },
                "examples": {
                  "issued": {
                    "summary": "A token valid for the default 60 seconds",
                    "value": {
                      "success": true,
                      "token": "pub_tok_8f3a2c1d9e7b6a5f4c3d2e1f",
                      "ttl": 60
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/TokenFailed"
          }
        }
      }
    },
    "/api/v1/run/{workflow_id}/stream": {
      "post": {
        "tags": [
          "Streaming"
        ],
        "operationId": "streamWorkflow",
        "summary": "Run a workflow and stream its output",
        "description": "Runs the published workflow like `runWorkflow`, with the same body, but sends the\ngenerated text as it is produced, in plain UTF-8 chunks, ending the body when the model\nis done. Authenticated only by the single-use stream token (`aiTutorStreamToken`, the\n`token` query parameter): no `Authorization` header is needed, so the call can be made\nfrom a browser.\n\nA stream cut off part-way cannot be resumed, and the token is spent, so the clients do\nnot retry it.\n",
        "externalDocs": {
          "description": "AI Tutor API documentation, stream a workflow",
          "url": "https://support.myapps.ai/aitutor-api/aitutor-api-workflow-stream"
        },
        "security": [
          {
            "aiTutorStreamToken": []
          }
        ],
        "x-decision": {
          "wire-format": "The documentation does not name the format. The service sends plain text chunks (`text/plain; charset=utf-8`) with no SSE framing (inferred), which is what this spec describes; the clients decode the body as UTF-8 text as it arrives."
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/WorkflowId"
          }
        ],
        "requestBody": {
          "required": true,
          "description": "The workflow's input variables, exactly as for `runWorkflow`.",
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WorkflowVariables"
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
            "description": "The generated text, sent in chunks as the model produces it.",
            "headers": {
              "x-ratelimit-limit": {
                "description": "How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                },
                "example": 60
              },
              "x-ratelimit-remaining": {
                "description": "How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.",
                "schema": {
                  "type": "integer",
                  "minimum": 0
                },
                "example": 59
              }
            },
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string",
                  "description": "The whole generated text, once every chunk has arrived."
                },
                "examples": {
                  "story": {
                    "summary": "What the chunks add up to",
                    "value": "Once upon a time, a small dragon named Ember was afraid of the dark..."
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/InvalidToken"
          },
          "402": {
            "$ref": "#/components/responses/PaymentRequired"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/RunFailed"
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
        "description": "The organization's API secret key, sent as `Authorization: Bearer <key>`. The clients read it from `AITUTOR_API_KEY` when no key is passed.",
        "x-decision": "The documentation says only that the key is a secret sent as a Bearer token. It does not say whether a stream token would be accepted here; the clients never send one here."
      },
      "aiTutorStreamToken": {
        "type": "apiKey",
        "in": "query",
        "name": "token",
        "description": "A single-use token from `createStreamToken`, sent as the `token` query parameter of the streaming call, which is the only operation that accepts it. It authorizes one stream and is spent by it; the clients fetch a fresh one for every stream and redact it from every error, like the secret key.",
        "x-decision": "The documentation shows tokens starting with `pub_tok_` but states no character set, so no pattern is enforced on it (a token holding `.` or `=` is sent as given, percent-encoded); the secret key never goes to the streaming call."
      }
    },
    "parameters": {
      "WorkflowId": {
        "name": "workflow_id",
        "in": "path",
        "required": true,
        "description": "The id of the published workflow to run, for example `wf_abc123`. Any other character is percent-encoded into the path; `.` and `..` are refused by the clients because URL parsing would turn them into a different path.",
        "x-decision": "Only a string is documented, with the single example `wf_abc123`. One example is not a format, and a `wf_` pattern guessed from it could refuse real ids, so no pattern is enforced beyond a non-empty id.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "wf_abc123"
      }
    },
    "schemas": {
      "WorkflowVariables": {
        "type": "object",
        "description": "Template variables by name; the values are put into the template where their names appear.",
        "x-decision": "Values may be any JSON. The documentation shows only text and says nothing that limits values to strings; refusing numbers or objects here would reject calls the service may accept, and a template renders whatever it is given. An empty object is valid, for a template without variables.",
        "additionalProperties": true,
        "examples": [
          {
            "story": "A dragon who is afraid of the dark learns to love the night sky."
          }
        ]
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
            "description": "The web sources the model used. Present only when the model searched the web, and left out of cached results (inferred).",
            "x-decision": "The items are typed as plain strings, as documented (`string[]`), not as URIs: the documentation calls them web sources without promising a URL format.",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "StreamToken": {
        "type": "object",
        "description": "A single-use token for one streaming run.",
        "required": [
          "success",
          "token",
          "ttl"
        ],
        "properties": {
          "success": {
            "type": "boolean",
            "const": true,
            "description": "Always `true` on success."
          },
          "token": {
            "type": "string",
            "minLength": 1,
            "description": "The token, to pass as the stream's `token` query parameter (`aiTutorStreamToken`).",
            "x-decision": "Not patterned: the documentation shows the `pub_tok_` prefix but no character set, and a guessed one would refuse a real token. The minimum length of 1 is decided: an empty token authorizes nothing.",
            "examples": [
              "pub_tok_8f3a2c1d9e7b6a5f4c3d2e1f"
            ]
          },
          "ttl": {
            "type": "integer",
            "minimum": 1,
            "maximum": 300,
            "description": "How many seconds the token stays valid.",
            "examples": [
              60
            ]
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
            "description": "A machine-readable reason, present on some errors only. Values seen (inferred, not documented): `missing_input`, `workflow_not_found`, `workflow_run_failed`, `invalid_billing`, `internal_server_error`, `request_blocked`.",
            "x-decision": "A plain string, not an enum: the values are inferred and may be incomplete, and an enum would declare every other value impossible.",
            "examples": [
              "workflow_not_found"
            ]
          }
        }
      }
    },
    "responses": {
      "RunCompleted": {
        "description": "The run finished; the answer holds the whole generated text.",
        "headers": {
          "x-ratelimit-limit": {
            "description": "How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 60
          },
          "x-ratelimit-remaining": {
            "description": "How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 59
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
      "Unauthorized": {
        "description": "The `Authorization` header is missing or holds a key the service does not accept.",
        "headers": {
          "x-ratelimit-limit": {
            "description": "How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 60
          },
          "x-ratelimit-remaining": {
            "description": "How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 59
          }
        },
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
      "PaymentRequired": {
        "description": "The organization has no credits left; nothing was run. Add credits before trying again.",
        "headers": {
          "x-ratelimit-limit": {
            "description": "How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 60
          },
          "x-ratelimit-remaining": {
            "description": "How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 59
          }
        },
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
      "NotFound": {
        "description": "No workflow has this id, or the workflow is not published.",
        "headers": {
          "x-ratelimit-limit": {
            "description": "How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 60
          },
          "x-ratelimit-remaining": {
            "description": "How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 59
          }
        },
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
      "TooManyRequests": {
        "description": "The rate limit of the current window is used up; nothing was run. Safe to retry after the advertised delay.",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait, or an HTTP date to wait until, before trying again.",
            "x-decision": "Not documented. It is described because rate limiters commonly send it with a `429`; the clients honour it when present and back off exponentially otherwise.",
            "schema": {
              "type": "string"
            },
            "example": "20"
          },
          "x-ratelimit-limit": {
            "description": "How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 60
          },
          "x-ratelimit-remaining": {
            "description": "How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.",
            "x-decision": "The example value `0` is illustrative: the documentation does not say what this header holds on a `429`.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 0
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
      "InvalidToken": {
        "description": "The `token` is not accepted, for example because it has expired or was already used.",
        "headers": {
          "x-ratelimit-limit": {
            "description": "How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 60
          },
          "x-ratelimit-remaining": {
            "description": "How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 59
          }
        },
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
        },
        "x-decision": "The stream page documents no error body of its own; the 401 message is taken to be the one every other endpoint uses. The reasons in the description follow from the token's documented `ttl` and single use; the page does not list them."
      },
      "TokenFailed": {
        "description": "The service could not issue a token; try again later.",
        "x-decision": "The token page lists a 500 without its message; the text in this example is illustrative, the `code` the inferred one for internal failures.",
        "headers": {
          "x-ratelimit-limit": {
            "description": "How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 60
          },
          "x-ratelimit-remaining": {
            "description": "How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 59
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorResponse"
            },
            "example": {
              "success": false,
              "error": "Failed to create token",
              "code": "internal_server_error"
            }
          }
        }
      },
      "RunFailed": {
        "description": "Something went wrong while the workflow ran. The model may have run and credits may have been spent, so the clients do not retry it.",
        "headers": {
          "x-ratelimit-limit": {
            "description": "How many requests the current rate-limit window allows. Only on fresh (uncached) results (inferred), so it may be absent; see the `rate-limit-headers` decision.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 60
          },
          "x-ratelimit-remaining": {
            "description": "How many requests are left in the current window. Absent whenever `x-ratelimit-limit` is.",
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 59
          }
        },
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
} as const;

/** What a mock of this spec can be told to answer (`respondWith`): each operation id, each status it documents, and the names of that status's examples. */
export interface MockedOperations {
  runWorkflow: { 200: "withCitations" | "cached"; 401: never; 402: never; 404: never; 429: never; 500: never };
  createStreamToken: { 200: "issued"; 401: never; 402: never; 429: never; 500: never };
  streamWorkflow: { 200: "story"; 401: never; 402: never; 404: never; 429: never; 500: never };
}
