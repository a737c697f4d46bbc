import { WorkflowApiError, checkRunInput, expectShape, isRecord, untilAborted, type CallInit, type RunOptions } from '@workflow-clients/core';
import type { Client } from 'openapi-fetch';
import type { components, paths } from './generated/openapi.js';

export type AiTutorStreamToken = components['schemas']['StreamToken'];

export interface AiTutorStreamOptions extends RunOptions {
  /** How long the single-use token is valid, in seconds, 1 to 300. Default 60. */
  tokenTtlSeconds?: number;
}

/**
 * The generated text as it arrives. Iterate it for text chunks, call `text()` for all of it,
 * or pipe `body`, the raw bytes; any one of them, once. The timeout covers the answer's start
 * only; a `signal` passed to `stream` still stops it mid-way.
 */
export interface AiTutorTextStream extends AsyncIterable<string> {
  readonly body: ReadableStream<Uint8Array>;
  text(): Promise<string>;
}

type RunInit = (options?: RunOptions, overrides?: { stream?: boolean }) => CallInit;

function isToken(body: unknown): body is AiTutorStreamToken {
  return isRecord(body) && typeof body.token === 'string';
}

function invalidInput(message: string): WorkflowApiError {
  return new WorkflowApiError({ vendor: 'aitutor', code: 'invalid_input', message });
}

/** Buys a single-use token with the secret key, then starts the streaming run with it. */
export async function openStream(
  client: Client<paths, 'application/json'>,
  callInit: RunInit,
  workflowId: string,
  input: unknown,
  options: AiTutorStreamOptions = {},
): Promise<AiTutorTextStream> {
  const variables = checkRunInput('aitutor', input);
  const { tokenTtlSeconds: ttl, ...runOptions } = options;
  if (ttl !== undefined && !(Number.isInteger(ttl) && ttl >= 1 && ttl <= 300)) {
    throw invalidInput(`\`tokenTtlSeconds\` must be a whole number from 1 to 300, got ${String(ttl)}.`);
  }
  const { data: issued } = await client.GET('/api/v1/token', {
    params: { query: ttl === undefined ? {} : { ttl } },
    ...callInit(runOptions),
  });
  const { token } = expectShape('aitutor', issued, isToken, 'a `token`');
  const { data } = await client.POST('/api/v1/run/{workflow_id}/stream', {
    params: { path: { workflow_id: workflowId }, query: { token } },
    body: variables,
    parseAs: 'stream',
    ...callInit(runOptions, { stream: true }),
  });
  if (!data) {
    throw new WorkflowApiError({ vendor: 'aitutor', code: 'unexpected_response', status: 200, message: 'AI Tutor answered the stream with no body.' });
  }
  return textStream(data, runOptions.signal);
}

function textStream(body: ReadableStream<Uint8Array>, signal: AbortSignal | undefined): AiTutorTextStream {
  async function* chunks(): AsyncGenerator<string> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let received = 0;
    let finished = false;
    try {
      for (;;) {
        let step: ReadableStreamReadResult<Uint8Array>;
        try {
          // Raced against the caller's signal: not every fetch (MSW's, for one) aborts a body.
          step = await untilAborted(reader.read(), signal);
        } catch (cause) {
          throw cutOff(received, cause, signal);
        }
        if (step.done) {
          finished = true;
          const tail = decoder.decode();
          if (tail) yield tail;
          return;
        }
        received += step.value.byteLength;
        const text = decoder.decode(step.value, { stream: true });
        if (text) yield text;
      }
    } finally {
      // Left early (a break, an error): close the connection rather than leave it open.
      if (!finished) void reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  }
  return {
    body,
    [Symbol.asyncIterator]: chunks,
    async text() {
      let all = '';
      for await (const chunk of chunks()) all += chunk;
      return all;
    },
  };
}

function cutOff(received: number, cause: unknown, signal: AbortSignal | undefined): WorkflowApiError {
  if (signal?.aborted) {
    return new WorkflowApiError({ vendor: 'aitutor', code: 'aborted', message: 'The AI Tutor stream was aborted by the caller.', cause });
  }
  return new WorkflowApiError({
    vendor: 'aitutor',
    code: 'network',
    message: `The AI Tutor stream was cut off after ${received} bytes; it cannot be resumed, and its token is spent.`,
    cause,
  });
}
