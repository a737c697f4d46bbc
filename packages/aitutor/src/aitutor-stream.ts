import type { RunOptions } from '@workflow-clients/core';
import { checkTimeoutMs, expectAnswer, streamedAnswer, type VendorRuntime } from '@workflow-clients/core/internal';
import type { aiTutorDefinition } from './aitutor-client.js';
import { createStreamTokenAnswer } from './generated/answer-shapes.js';
import type { components, paths } from './generated/openapi.js';

export type AiTutorStreamToken = components['schemas']['StreamToken'];

export interface AiTutorStreamOptions extends RunOptions {
  /** How long the single-use token is valid, in seconds, 1 to 300. Default 60. */
  tokenTtlSeconds?: number;
  /**
   * How long the stream may send nothing before it is closed with `timeout`, in ms. Default
   * 60000. Without it, a server that stops sending would keep the reader waiting for ever.
   */
  idleTimeoutMs?: number;
}

/**
 * The generated text as it arrives. Iterate it for text chunks, call `text()` for all of it,
 * or pipe `body`, the raw bytes; any one of them, once. The timeout covers the answer's start;
 * after that, `idleTimeoutMs` of silence ends it, and a `signal` passed to `stream` stops it.
 */
export interface AiTutorTextStream extends AsyncIterable<string> {
  readonly body: ReadableStream<Uint8Array>;
  text(): Promise<string>;
}

/** Buys a single-use token with the secret key, then starts the streaming run with it. */
export async function openStream(
  { vendor, client, call, input, refuse }: VendorRuntime<paths, typeof aiTutorDefinition>,
  workflowId: string,
  streamInput: unknown,
  options: AiTutorStreamOptions = {},
): Promise<AiTutorTextStream> {
  const variables = input(streamInput);
  const { tokenTtlSeconds: ttl, idleTimeoutMs, ...runOptions } = options;
  if (ttl !== undefined && !(Number.isInteger(ttl) && ttl >= 1 && ttl <= 300)) {
    throw refuse(`\`tokenTtlSeconds\` must be a whole number from 1 to 300, got ${String(ttl)}.`);
  }
  if (idleTimeoutMs !== undefined) checkTimeoutMs(vendor, idleTimeoutMs, 'idleTimeoutMs');
  const { token } = expectAnswer(
    await client.GET('/api/v1/token', { params: { query: ttl === undefined ? {} : { ttl } }, ...call(runOptions) }),
    createStreamTokenAnswer,
  );
  // The token is a credential of its own (the spec's `aiTutorStreamToken` scheme, not a
  // parameter), so the typed params have no place for it: it goes into the query here, and
  // errors about the streaming call must not show it.
  const { data } = await client.POST('/api/v1/run/{workflow_id}/stream', {
    params: { path: { workflow_id: workflowId } },
    querySerializer: () => new URLSearchParams({ token }).toString(),
    body: variables,
    parseAs: 'stream',
    ...call(runOptions, {
      stream: streamedAnswer,
      secrets: [token],
      ...(idleTimeoutMs !== undefined && { idleTimeoutMs }),
    }),
  });
  // A 2xx without a body is an empty text: the transport hands the stream over unread.
  return textStream(data ?? new ReadableStream({ start: (controller) => controller.close() }));
}

// The body's errors are already WorkflowApiErrors (cut off, silent too long, aborted): the
// transport watches a streamed body until it ends.
function textStream(body: ReadableStream<Uint8Array>): AiTutorTextStream {
  async function* chunks(): AsyncGenerator<string> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let finished = false;
    try {
      for (;;) {
        const step = await reader.read();
        if (step.done) {
          finished = true;
          const tail = decoder.decode();
          if (tail) yield tail;
          return;
        }
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
