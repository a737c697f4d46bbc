import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { wivSpec } from './generated/spec-document.js';
import { createWivProvider } from './index.js';

// The request as it leaves on the wire, read by a loopback server: no MSW in this file. (Faults
// on a real socket, for every vendor, are the fault matrix's, in the repository's tests/.)
const API_KEY = 'wiv-test-key-0123456789';
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('over a real socket', () => {
  it('sends the documented request on the wire', async () => {
    let seen: { method?: string; url?: string; key?: string; type?: string; body: string } = { body: '' };
    const baseUrl = await listen((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen = {
          method: request.method,
          url: request.url,
          key: request.headers['x-api-key'] as string,
          type: request.headers['content-type'],
          body,
        };
        const { data } =
          wivSpec.paths['/workflows/{workflow_id}/run'].post.responses['200'].content['application/json'].examples
            .triggered.value;
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ data: { ...data, execution_id: 'exec_wire' } }));
      });
    });
    const run = await createWivProvider({ apiKey: API_KEY, baseUrl }).run('wf/1', { a: 1 });
    expect(run.runId).toBe('exec_wire');
    expect(seen).toEqual({
      method: 'POST',
      url: '/workflows/wf%2F1/run',
      key: API_KEY,
      type: 'application/json',
      body: '{"payload":{"a":1}}',
    });
  });
});
