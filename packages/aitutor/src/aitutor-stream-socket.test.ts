import { startLoopbackMockServer } from '@workflow-clients/mock-engine/node';
import { describe, expect, it } from 'vitest';
import { aitutorSpec, type MockedOperations } from './generated/spec-document.js';
import { createAiTutorProvider } from './index.js';

// Streaming over a real loopback socket, with no MSW in this file: chunks arrive as the
// server writes them, and a dropped connection is reported after the text that came.
const EXAMPLE =
  aitutorSpec.paths['/api/v1/run/{workflow_id}/stream'].post.responses['200'].content['text/plain'].examples.story
    .value;
const provider = (baseUrl: string) =>
  createAiTutorProvider({ apiKey: 'aitutor-stream-test-key-0123456789', maxRetries: 0, baseUrl });

describe('stream over a real socket', () => {
  it('delivers chunks as they are written, and reports the cut when the connection drops', async () => {
    // Each write waits until the client has read the one before, so no two can arrive as one,
    // however loaded the machine: the chunks seen are the chunks written.
    const received: Array<() => void> = [];
    const clientRead = (count: number) => new Promise<void>((resolve) => (received[count] = resolve));
    const loopback = await startLoopbackMockServer<'aitutor', { aitutor: MockedOperations }>({
      specs: { aitutor: aitutorSpec },
      intercept: async ({ request, response, answerFromMock }) => {
        const answer = await answerFromMock();
        if (!request.url?.includes('/stream')) return false;
        await answer.arrayBuffer();
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        const first = clientRead(1);
        response.write('Once upon ');
        await first;
        const second = clientRead(2);
        response.write('a time');
        await second;
        response.socket?.destroy();
        return true;
      },
    });
    try {
      const chunks: string[] = [];
      const error = await (async () => {
        for await (const chunk of await provider(loopback.baseUrlOf('aitutor')).stream('wf_abc123', {})) {
          chunks.push(chunk);
          received[chunks.length]?.();
        }
      })().catch((e: unknown) => e);
      expect(chunks).toEqual(['Once upon ', 'a time']);
      expect(error).toMatchObject({ code: 'network' });
      expect(loopback.mocks.contractFailures()).toEqual([]);
    } finally {
      await loopback.close();
    }
  });

  it('streams the whole answer when nothing goes wrong', async () => {
    const loopback = await startLoopbackMockServer<'aitutor', { aitutor: MockedOperations }>({
      specs: { aitutor: aitutorSpec },
    });
    try {
      const text = await (await provider(loopback.baseUrlOf('aitutor')).stream('wf_abc123', { story: 'x' })).text();
      expect(text).toBe(EXAMPLE);
      expect(loopback.mocks.vendors.aitutor.calls.map((call) => call.operationId)).toEqual([
        'createStreamToken',
        'streamWorkflow',
      ]);
    } finally {
      await loopback.close();
    }
  });
});
