import { useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { aitutorSpec, type MockedOperations } from './generated/spec-document.js';
import { createAiTutorProvider } from './index.js';

// Streaming: a single-use token bought with the key, then the text as it is generated,
// through the spec-backed mock, whole and cut off (aitutor-stream-socket.test.ts: on a socket).
const mock = useWorkflowMockServer<'aitutor', { aitutor: MockedOperations }>({ specs: { aitutor: aitutorSpec } });
const aiTutorMock = mock.mocks.vendors.aitutor;

const API_KEY = 'aitutor-stream-test-key-0123456789';
const STREAM_URL = 'https://aitutor-api.vercel.app/api/v1/run/:workflow_id/stream';
const EXAMPLE =
  aitutorSpec.paths['/api/v1/run/{workflow_id}/stream'].post.responses['200'].content['text/plain'].examples.story
    .value;
const TOKEN =
  aitutorSpec.paths['/api/v1/token'].get.responses['200'].content['application/json'].examples.issued.value.token;
const provider = (options = {}) => createAiTutorProvider({ apiKey: API_KEY, maxRetries: 0, ...options });

function streamOf(...parts: Array<string | Error>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      // A pause per part, so each is read before the next comes, as over a network.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const part = parts.shift();
      if (part === undefined) controller.close();
      else if (part instanceof Error) controller.error(part);
      else controller.enqueue(encoder.encode(part));
    },
  });
}

describe('stream', () => {
  it('fetches a token with the key, then streams with the token alone, chunk by chunk', async () => {
    const chunks: string[] = [];
    for await (const chunk of await provider().stream('wf_abc123', { story: 'A dragon' }, { tokenTtlSeconds: 30 }))
      chunks.push(chunk);
    expect(chunks.join('')).toBe(EXAMPLE);
    expect(chunks.length).toBeGreaterThan(3);
    const [tokenCall, streamCall] = aiTutorMock.calls;
    expect(tokenCall).toMatchObject({ operationId: 'createStreamToken', method: 'GET', query: { ttl: '30' } });
    expect(tokenCall?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(streamCall).toMatchObject({
      operationId: 'streamWorkflow',
      query: { token: TOKEN },
      body: { story: 'A dragon' },
    });
    // The secret never goes to the endpoint the token is for.
    expect(streamCall?.headers.authorization).toBeUndefined();
  });

  // The doc gives the token no format: one with the characters a query string must escape is
  // sent as issued, never refused and never mangled.
  it('sends a token holding `.`, `=`, `+`, `/` and `&` exactly as issued', async () => {
    const token = 'tok.en+part/two==&x';
    mock.server.use(
      http.get('https://aitutor-api.vercel.app/api/v1/token', () =>
        HttpResponse.json({ success: true, token, ttl: 60 }),
      ),
    );
    expect(await (await provider().stream('wf_abc123', {})).text()).toBe(EXAMPLE);
    const streamCall = aiTutorMock.calls.find((call) => call.operationId === 'streamWorkflow');
    expect(streamCall?.query).toEqual({ token });
    expect(new URL(streamCall!.url).searchParams.get('token')).toBe(token);
  });

  it('gives the whole text with text(), and the raw bytes to pipe with body', async () => {
    expect(await (await provider().stream('wf_abc123', {})).text()).toBe(EXAMPLE);
    const piped = await new Response((await provider().stream('wf_abc123', {})).body).text();
    expect(piped).toBe(EXAMPLE);
  });

  it('keeps a character split across chunks whole', async () => {
    const bytes = new TextEncoder().encode('dragon 🐉 fire');
    const at = 9; // inside the four bytes of 🐉
    mock.server.use(
      http.post(
        STREAM_URL,
        () =>
          new HttpResponse(
            new ReadableStream({
              start(controller) {
                controller.enqueue(bytes.slice(0, at));
                controller.enqueue(bytes.slice(at));
                controller.close();
              },
            }),
            { headers: { 'content-type': 'text/plain; charset=utf-8' } },
          ),
      ),
    );
    const chunks: string[] = [];
    for await (const chunk of await provider().stream('wf_abc123', {})) chunks.push(chunk);
    expect(chunks.join('')).toBe('dragon 🐉 fire');
    expect(chunks.some((chunk) => chunk.includes('\uFFFD'))).toBe(false);
  });

  it('reports a stream cut off mid-way as network, after the text that did arrive', async () => {
    mock.server.use(
      http.post(
        STREAM_URL,
        () =>
          new HttpResponse(streamOf('Once upon ', 'a time', new Error('reset')), {
            headers: { 'content-type': 'text/plain' },
          }),
      ),
    );
    const chunks: string[] = [];
    const error = await (async () => {
      for await (const chunk of await provider().stream('wf_abc123', {})) chunks.push(chunk);
    })().catch((e: unknown) => e);
    expect(chunks.join('')).toBe('Once upon a time');
    expect(error).toMatchObject({ name: 'WorkflowApiError', code: 'network', vendor: 'aitutor' });
    expect((error as Error).message).toContain('cut off after 16 bytes');
  });

  it.each([
    [401, 'unauthorized'],
    [402, 'payment_required'],
  ] as const)('stops at a %i from the token endpoint (%s), streaming nothing', async (status, code) => {
    aiTutorMock.respondWith('createStreamToken', { status });
    await expect(provider().stream('wf_abc123', {})).rejects.toMatchObject({ code, status });
    expect(aiTutorMock.calls.map((call) => call.operationId)).toEqual(['createStreamToken']);
  });

  it('types a 404 from the stream endpoint as not_found', async () => {
    aiTutorMock.respondWith('streamWorkflow', { status: 404 });
    await expect(provider().stream('missing', {})).rejects.toMatchObject({ code: 'not_found', status: 404 });
  });

  it.each([
    ['an input that is not an object', null, {}],
    ['a token TTL over 300 s', {}, { tokenTtlSeconds: 301 }],
    ['a token TTL of 0', {}, { tokenTtlSeconds: 0 }],
  ])('refuses %s before sending anything', async (_, input, options) => {
    await expect(provider().stream('wf_abc123', input as never, options)).rejects.toMatchObject({
      code: 'invalid_input',
    });
    expect(aiTutorMock.calls).toEqual([]);
  });

  it('stops reading when the caller aborts, as aborted', async () => {
    const controller = new AbortController();
    mock.server.use(
      http.post(
        STREAM_URL,
        () =>
          new HttpResponse(
            new ReadableStream({
              start(stream) {
                stream.enqueue(new TextEncoder().encode('first words '));
              },
            }),
            { headers: { 'content-type': 'text/plain' } },
          ),
      ),
    );
    const text = await provider().stream('wf_abc123', {}, { signal: controller.signal });
    const chunks: string[] = [];
    const error = await (async () => {
      for await (const chunk of text) {
        chunks.push(chunk);
        controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(chunks).toEqual(['first words ']);
    expect(error).toMatchObject({ code: 'aborted' });
  });
});
