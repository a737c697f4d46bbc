import type { WorkflowApiError } from '../errors/workflow-api-error.js';

// The events hooks are told, the logger's shape and the variable that turns debug logging on:
// no code, so that the options types can name them without importing the code that checks and
// calls the hooks (hooks/call-observers.ts).

/** What every event of a call says: which request, which attempt. Credentials are redacted. */
export interface CallEvent {
  /** The vendor's slug, e.g. `altostrat`. */
  vendor: string;
  /** The method and the spec's path template, e.g. `GET /workflows/runs/{runId}`. */
  operation: string;
  method: string;
  /** The URL as sent, a credential in it (AI Tutor's stream token) replaced by `[REDACTED]`. */
  url: string;
  /** Counting from 1. */
  attempt: number;
  /** The same for every event of one call (its attempts, its retries), and for no other call. */
  callId: number;
}

/** An attempt is about to be sent. */
export type RequestEvent = CallEvent;

/**
 * An attempt was answered. An error status (a 429 that will be retried, a 404) is told as it
 * arrives; a 2xx once it has been accepted, which ends the call: its body read and checked
 * against the spec, or, for a stream, read to its end.
 */
export interface ResponseEvent extends CallEvent {
  status: number;
  /** From sending the attempt until its answer was read (a 2xx: accepted), in whole milliseconds. */
  durationMs: number;
}

/** An attempt failed and the call will try again after `delayMs`. */
export interface RetryEvent extends CallEvent {
  /** The pause before the next attempt, in whole milliseconds. */
  delayMs: number;
  /** Why: the answer's error (a 429, a 5xx) or the failure (no answer, a timeout). */
  error: WorkflowApiError;
  status?: number | undefined;
  durationMs: number;
}

/**
 * The call failed, for good: the error it rejects with. That may come after a 2xx arrived,
 * when its body breaks the spec, a listing page repeats, or a stream is cut off or falls silent.
 */
export interface ErrorEvent extends CallEvent {
  error: WorkflowApiError;
  status?: number | undefined;
  durationMs: number;
}

/**
 * Told about every attempt of every call a client makes. Every call ends with exactly one of
 * `onError` or a 2xx `onResponse`. Hooks observe: one that throws, or returns a promise that
 * rejects, changes nothing about the call, and the error they are handed cannot be changed.
 */
export interface ClientHooks {
  onRequest?: ((event: RequestEvent) => void) | undefined;
  onResponse?: ((event: ResponseEvent) => void) | undefined;
  onRetry?: ((event: RetryEvent) => void) | undefined;
  onError?: ((event: ErrorEvent) => void) | undefined;
}

/** Anything with a `debug` method that takes a line: `console`, pino, winston. */
export interface Logger {
  debug(message: string): void;
}

/** The environment variable that turns debug logging to stderr on, for a client given no logger. */
export const DEBUG_ENV_VAR = 'WORKFLOW_CLIENTS_DEBUG';
