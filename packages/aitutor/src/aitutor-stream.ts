import { DEFAULT_WAIT_TIMEOUT_MS, type RunOptions } from '@workflow-clients/core';
import { checkTimeoutMs, expectAnswer, streamedAnswer, type VendorRuntime } from '@workflow-clients/core/internal';
import type { aiTutorDefinition } from './aitutor-client.js';
import { createStreamTokenAnswer } from './generated/answer-shapes.js';
import type { components, paths } from './generated/openapi.js';
import { specFacts } from './generated/spec-facts.js';

export type AiTutorStreamToken = components['schemas']['StreamToken'];

export interface AiTutorStreamOptions extends RunOptions {
  /** How long the single-use token is valid, in seconds, 1 to 300. Default 60. */
  tokenTtlSeconds?: number | undefined;
  /**
   * How long the stream may send nothing before it is closed with `timeout`, in ms. Default
   * 60000. Without it, a server that stops sending would keep the reader waiting for ever.
   */
  idleTimeoutMs?: number | undefined;
  /**
   * How long the whole stream may take, in ms: buying the token, starting the run and reading
   * its text to the end. Default 600000 (10 minutes), so that a server that keeps sending a byte
   * now and then cannot keep the reader for ever either.
   */
  totalTimeoutMs?: number | undefined;
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
  { vendor, client, call, input, refuse, own }: VendorRuntime<paths, typeof aiTutorDefinition>,
  workflowId: string,
  streamInput: unknown,
  options?: AiTutorStreamOptions,
): Promise<AiTutorTextStream> {
  const variables = input(streamInput);
  const { tokenTtlSeconds: ttl, idleTimeoutMs, totalTimeoutMs = DEFAULT_WAIT_TIMEOUT_MS, ...runOptions } = own(options);
  const { minimum, maximum } = specFacts.parameters.createStreamToken.ttl;
  if (ttl !== undefined && !(Number.isInteger(ttl) && ttl >= minimum && ttl <= maximum)) {
    throw refuse(`\`tokenTtlSeconds\` must be a whole number from ${minimum} to ${maximum}, got ${String(ttl)}.`);
  }
  if (idleTimeoutMs !== undefined) checkTimeoutMs(vendor, idleTimeoutMs, 'idleTimeoutMs');
  checkTimeoutMs(vendor, totalTimeoutMs, 'totalTimeoutMs');
  // One deadline for the token, the run and its text: each call gets what is left of it.
  const endsAt = performance.now() + totalTimeoutMs;
  const left = () => Math.max(1, Math.floor(endsAt - performance.now()));
  const { token } = expectAnswer(
    await client.GET('/api/v1/token', {
      params: { query: ttl === undefined ? {} : { ttl } },
      ...call({ ...runOptions, totalTimeoutMs: left() }),
    }),
    createStreamTokenAnswer,
  );
  // The token is a credential of its own (the spec's `aiTutorStreamToken` scheme, not a
  // parameter), so the typed params have no place for it: it goes into the query here, and
  // errors about the streaming call must not show it. It works once, so the request that
  // carries it is never sent again: a 429 there rejects (retryable: a new stream() buys a new
  // token) rather than resending a token the server may already have spent.
  const { data } = await client.POST('/api/v1/run/{workflow_id}/stream', {
    params: { path: { workflow_id: workflowId } },
    querySerializer: () => new URLSearchParams({ token }).toString(),
    body: variables,
    parseAs: 'stream',
    ...call(
      { ...runOptions, totalTimeoutMs: left() },
      {
        stream: streamedAnswer,
        secrets: [token],
        maxRetries: 0,
        ...(idleTimeoutMs !== undefined && { idleTimeoutMs }),
      },
    ),
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
