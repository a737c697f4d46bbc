// The OpenAPI skeleton a new vendor starts from: lint-clean as it is, every TODO a decision
// for the author to replace with what the vendor documents.
export const specTemplate = ({ slug, name, envVar }) => `openapi: 3.1.0
info:
  title: ${name} workflow API
  version: 0.0.0
  summary: TODO one sentence on what running a ${name} workflow does.
  description: |
    Scaffolded by \`pnpm new-vendor\`. Replace every TODO with what ${name}'s documentation
    says, in your own words; where it is silent, decide and record the decision in an
    \`x-decision\` note next to the fact.
  license:
    name: MIT
    identifier: MIT
  x-decision:
    scaffold: TODO this spec is a skeleton; the server, path, bodies and errors are placeholders.
externalDocs:
  description: TODO link the vendor's reference page for this call
  url: https://api.${slug}.invalid/docs
servers:
  - url: https://api.${slug}.invalid
    description: TODO the vendor's server (.invalid is reserved and never resolves)
security:
  - ${slug}ApiKey: []
tags:
  - name: Workflows
    description: Run ${name} workflows.
paths:
  /workflows/{workflow_id}/run:
    post:
      tags: [Workflows]
      operationId: runWorkflow
      summary: Run a workflow
      description: TODO what the call does, and whether repeating it runs the workflow twice.
      parameters:
        - name: workflow_id
          in: path
          required: true
          description: TODO the workflow id and its format.
          schema:
            type: string
            minLength: 1
          example: wf_123
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/RunWorkflowRequest'
            example:
              input:
                customer: Ada
      responses:
        '200':
          description: TODO the documented success answer.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/WorkflowRun'
              example:
                id: run_123
                status: queued
        '401':
          description: The credential is missing or not valid.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ErrorResponse'
              example:
                message: Unauthorized
        '404':
          description: No workflow has this id.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ErrorResponse'
              example:
                message: Workflow not found
        '429':
          description: Too many requests; nothing was run.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ErrorResponse'
              example:
                message: Too many requests
        '500':
          description: The server failed; the workflow may or may not have started.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ErrorResponse'
              example:
                message: Internal server error
components:
  securitySchemes:
    ${slug}ApiKey:
      type: http
      scheme: bearer
      description: TODO how ${name} authenticates; the clients read the key from \`${envVar}\`.
  schemas:
    RunWorkflowRequest:
      type: object
      description: TODO the documented request body.
      properties:
        input:
          type: object
          description: The workflow's input.
          additionalProperties: true
      additionalProperties: false
    WorkflowRun:
      type: object
      description: TODO the documented run object.
      required: [id, status]
      properties:
        id:
          type: string
          description: The run's id.
        status:
          type: string
          description: TODO the documented status words.
    ErrorResponse:
      type: object
      description: TODO the documented error body.
      properties:
        message:
          type: string
          description: A human-readable reason.
      additionalProperties: true
`;
