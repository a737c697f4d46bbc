// Generated from specs/*/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

import type { OpenApiDocument } from '@workflow-clients/mock-engine';
import { aitutorSpec as aitutorDocument } from '@workflow-clients/aitutor/spec';
import { altostratSpec as altostratDocument } from '@workflow-clients/altostrat/spec';
import { embedworkflowSpec as embedworkflowDocument } from '@workflow-clients/embedworkflow/spec';
import { interactlySpec as interactlyDocument } from '@workflow-clients/interactly/spec';
import { wivSpec as wivDocument } from '@workflow-clients/wiv/spec';

/** The aitutor OpenAPI document, as the mock serves it. */
export const aitutorSpec: OpenApiDocument = aitutorDocument;

/** The altostrat OpenAPI document, as the mock serves it. */
export const altostratSpec: OpenApiDocument = altostratDocument;

/** The embedworkflow OpenAPI document, as the mock serves it. */
export const embedworkflowSpec: OpenApiDocument = embedworkflowDocument;

/** The interactly OpenAPI document, as the mock serves it. */
export const interactlySpec: OpenApiDocument = interactlyDocument;

/** The wiv OpenAPI document, as the mock serves it. */
export const wivSpec: OpenApiDocument = wivDocument;

/** Every vendor's spec, by slug. */
export const specs = { aitutor: aitutorSpec, altostrat: altostratSpec, embedworkflow: embedworkflowSpec, interactly: interactlySpec, wiv: wivSpec } as const;

/** What each vendor's mock can be told to answer (`respondWith`): each operation id, each status it documents, and the names of that status's examples. */
export interface MockedOperations {
  aitutor: {
    runWorkflow: { 200: "withCitations" | "cached"; 401: never; 402: never; 404: never; 429: never; 500: never };
    createStreamToken: { 200: "issued"; 401: never; 402: never; 429: never; 500: never };
    streamWorkflow: { 200: "story"; 401: never; 402: never; 404: never; 429: never; 500: never };
  };
  altostrat: {
    executeWorkflow: { 202: "queued" | "running" | "awaitingUiInteraction" | "completed" | "failed"; 401: never; 403: never; 404: never; 422: never; 429: never; 500: never; 503: never };
    getWorkflowRun: { 200: "completed" | "running"; 401: never; 403: never; 404: never; 429: never; 500: never; 503: never };
    listWorkflowExecutions: { 200: "onlyPage" | "lastPage" | "firstPage"; 401: never; 403: never; 404: never; 422: never; 429: never; 500: never; 503: never };
  };
  embedworkflow: {
    executeWorkflow: { 201: "created"; 400: never; 401: never; 404: never; 422: never; 429: never; 500: never };
    getExecution: { 200: "completed" | "running"; 400: never; 401: never; 404: never; 429: never; 500: never };
  };
  interactly: {
    executeWorkflow: { 200: "waitingForInput" | "completed" | "cancelled" | "failed" | "abortedLoopingRisk" | "reference"; 401: never; 403: never; 404: "workflowNotFound" | "runNotFound"; 422: never; 429: never; 500: never };
    getWorkflowRun: { 200: "waiting" | "running" | "completed" | "notStarted" | "started" | "paused"; 401: never; 403: never; 404: never; 422: never; 429: never; 500: never };
    listWorkflowRuns: { 200: "onlyPage" | "firstPage" | "lastPage"; 401: never; 403: never; 422: never; 429: never; 500: never };
  };
  wiv: {
    runWorkflow: { 200: "triggered"; 401: never; 403: never; 404: never; 429: never; 500: never };
  };
}
