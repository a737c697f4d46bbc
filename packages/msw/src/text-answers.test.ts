// The literally typed document, from the vendor package that generates it, to read examples from.
import { aitutorSpec } from '@workflow-clients/aitutor/spec';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSpecMock, type OpenApiDocument } from './index.js';

// An operation that answers text (AI Tutor's stream) gets its example as text, a word at a
// time, with its own media type: not JSON, and not all at once.
const aitutor = createSpecMock(aitutorSpec as unknown as OpenApiDocument, { vendor: 'aitutor' });
const server = setupServer(...aitutor.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('streams a text/plain example word by word', async () => {
  const response = await fetch('https://aitutor-api.vercel.app/api/v1/run/wf_abc123/stream?token=pub_tok_abc', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"story":"x"}',
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) chunks.push(decoder.decode(chunk));
  const example =
    aitutorSpec.paths['/api/v1/run/{workflow_id}/stream'].post.responses['200'].content['text/plain'].examples.story
      .value;
  expect(chunks.join('')).toBe(example);
  expect(chunks.length).toBeGreaterThan(3);
  expect(aitutor.contractFailures()).toEqual([]);
});
