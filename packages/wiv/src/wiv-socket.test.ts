import { wivSpec } from '@workflow-clients/msw';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWivProvider } from './index.js';

// Faults that only exist on a real socket, against a loopback server: no MSW in this file.
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

async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe('over a real socket', () => {
  it('retries a refused connection, which never reached a server, then reports network', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const fetch = vi.fn((request: Request) => globalThis.fetch(request));
    const error = await createWivProvider({ apiKey: API_KEY, baseUrl: await closedPort(), fetch })
      .run('wf')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('does not retry a connection the server dropped after reading the request', async () => {
    let received = 0;
    const baseUrl = await listen((request) => {
      received += 1;
      request.socket.destroy();
    });
    const error = await createWivProvider({ apiKey: API_KEY, baseUrl }).run('wf').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network', retryable: false });
    expect(received).toBe(1);
  });

  it('times out a server that never answers, once', async () => {
    let received = 0;
    const baseUrl = await listen(() => {
      received += 1;
    });
    // Counted at the client: on a loaded machine the timeout may fire before the server reads
    // the request, and either way the call must make one attempt, never a second.
    const fetch = vi.fn((request: Request) => globalThis.fetch(request));
    const error = await createWivProvider({ apiKey: API_KEY, baseUrl, timeoutMs: 100, fetch }).run('wf').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'timeout', retryable: false, mayHaveStarted: true });
    expect(fetch).toHaveBeenCalledOnce();
    expect(received).toBeLessThanOrEqual(1);
  });

  it('sends the documented request on the wire', async () => {
    let seen: { method?: string; url?: string; key?: string; type?: string; body: string } = { body: '' };
    const baseUrl = await listen((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen = { method: request.method, url: request.url, key: request.headers['x-api-key'] as string, type: request.headers['content-type'], body };
        const { data } = wivSpec.paths['/workflows/{workflow_id}/run'].post.responses['200'].content['application/json'].examples.triggered.value;
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { ...data, execution_id: 'exec_wire' } }));
      });
    });
    const run = await createWivProvider({ apiKey: API_KEY, baseUrl }).run('wf/1', { a: 1 });
    expect(run.runId).toBe('exec_wire');
    expect(seen).toEqual({ method: 'POST', url: '/workflows/wf%2F1/run', key: API_KEY, type: 'application/json', body: '{"payload":{"a":1}}' });
  });
});
