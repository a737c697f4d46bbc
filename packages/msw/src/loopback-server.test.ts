// The literally typed document, from the vendor package that generates it, to read examples from.
import { wivSpec } from '@workflow-clients/wiv/spec';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackMockServer, startLoopbackMockServer } from './node.js';

// The loopback server is the same spec-backed mock on a real socket: other runtimes and
// processes reach it with plain fetch, and it judges their requests just as MSW does.
let loopback: LoopbackMockServer;
beforeAll(async () => {
  loopback = await startLoopbackMockServer();
});
afterEach(() => loopback.mocks.reset());
afterAll(() => loopback.close());

const runWiv = (body: string, key = 'wiv-key') =>
  fetch(`${loopback.baseUrlOf('wiv')}/workflows/wf_1/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body,
  });

describe('startLoopbackMockServer', () => {
  it('listens on 127.0.0.1 and answers a valid request with the spec example', async () => {
    expect(loopback.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await runWiv('{"payload":{"a":1}}');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(
      wivSpec.paths['/workflows/{workflow_id}/run'].post.responses['200'].content['application/json'].examples.triggered
        .value,
    );
    expect(loopback.mocks.vendors.wiv.calls).toEqual([
      expect.objectContaining({
        operationId: 'runWorkflow',
        pathParams: { workflow_id: 'wf_1' },
        body: { payload: { a: 1 } },
        contractErrors: [],
      }),
    ]);
  });

  it('records a request that breaks the spec as a contract failure', async () => {
    const response = await runWiv('{"payload":"not an object"}');
    expect(response.status).toBe(400);
    expect(response.headers.get('x-contract-violation')).toBe('true');
    expect(loopback.mocks.contractFailures()).toHaveLength(1);
  });

  it('answers a planned documented status', async () => {
    loopback.mocks.vendors.wiv.respondWith('runWorkflow', { status: 401, times: 1 });
    expect((await runWiv('{"payload":{}}')).status).toBe(401);
    expect((await runWiv('{"payload":{}}')).status).toBe(200);
  });

  it('answers a path no spec has with a 404 of its own, and records nothing', async () => {
    const response = await fetch(`${loopback.origin}/nobody/here`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-mock-unhandled')).toBe('true');
    expect(loopback.mocks.calls()).toEqual([]);
  });

  it('serves every vendor under its own path', () => {
    expect(Object.keys(loopback.mocks.vendors).map((vendor) => loopback.baseUrlOf(vendor as 'wiv'))).toEqual(
      Object.keys(loopback.mocks.vendors).map((vendor) => `${loopback.origin}/${vendor}`),
    );
  });
});

describe('startLoopbackMockServer({ intercept })', () => {
  it('lets a test answer on the socket itself, or pass the request on to the mock', async () => {
    const seen: Array<string | undefined> = [];
    const server = await startLoopbackMockServer({
      intercept: async ({ vendor, body, response, answerFromMock }) => {
        seen.push(vendor);
        if (body.toString().includes('spoil')) {
          const answer = await answerFromMock();
          response.writeHead(answer.status, { 'content-type': 'text/plain' }).end('spoiled');
          return true;
        }
        return false;
      },
    });
    try {
      const post = (body: string) =>
        fetch(`${server.baseUrlOf('wiv')}/workflows/wf_1/run`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': 'k' },
          body,
        });
      const spoiled = await post('{"payload":{"spoil":true}}');
      expect([spoiled.status, await spoiled.text()]).toEqual([200, 'spoiled']);
      expect((await post('{"payload":{}}')).headers.get('content-type')).toContain('application/json');
      expect(seen).toEqual(['wiv', 'wiv']);
      expect(server.mocks.vendors.wiv.calls).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});

describe('startLoopbackMockServer().close()', () => {
  it('can be called again, and twice at once: every call gets the one close, and the port is let go', async () => {
    const server = await startLoopbackMockServer();
    // A connection kept open, which close() must end too.
    expect((await runOn(server)).status).toBe(200);
    const [first, second] = [server.close(), server.close()];
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
    await expect(server.close()).resolves.toBeUndefined();
    expect(second).toBe(first);
    await expect(fetch(server.origin)).rejects.toThrow();
  });

  it('leaves nothing to close when it cannot listen: the start itself rejects with why', async () => {
    const port = Number(new URL(loopback.origin).port);
    await expect(startLoopbackMockServer({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    // The server that holds the port is untouched.
    expect((await runWiv('{"payload":{}}')).status).toBe(200);
  });
});

function runOn(server: LoopbackMockServer) {
  return fetch(`${server.baseUrlOf('wiv')}/workflows/wf_1/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'k' },
    body: '{"payload":{}}',
  });
}
