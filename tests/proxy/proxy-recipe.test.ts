import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { type AddressInfo, connect, type Server } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type LoopbackMockServer, startLoopbackMockServer } from '@workflow-clients/msw/node';
import { transform } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { extractSnippets } from '../docs/readme-snippets.js';

// The proxy recipe of docs/options-and-hooks.md, run as written in a process of its own, through a
// proxy on loopback that records every request it forwards. The client asks the proxy for a tunnel
// to api.wiv.ai:443, as it would at work; at the tunnel's far end a TLS server with a test
// certificate for api.wiv.ai (trusted through NODE_EXTRA_CA_CERTS, as the page says) records
// the request and hands it to the spec-backed mock.
const run = promisify(execFile);
const fixtures = join(import.meta.dirname, 'fixtures');
const root = join(import.meta.dirname, '..', '..');
const page = 'docs/options-and-hooks.md';
const recipe = extractSnippets(page, readFileSync(join(root, page), 'utf8')).find((snippet) =>
  snippet.code.includes('ProxyAgent'),
);

const tunnels: string[] = [];
const forwarded: Array<{ method: string; url: string; headers: IncomingMessage['headers'] }> = [];
let mock: LoopbackMockServer;
let proxy: Server;
let vendor: Server;

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

beforeAll(async () => {
  mock = await startLoopbackMockServer();
  // "api.wiv.ai": TLS with the test certificate, each request recorded and passed to the mock.
  vendor = createTlsServer(
    { cert: readFileSync(join(fixtures, 'api.wiv.ai.crt')), key: readFileSync(join(fixtures, 'api.wiv.ai.key')) },
    (incoming, outgoing) => {
      forwarded.push({ method: incoming.method ?? '', url: incoming.url ?? '', headers: incoming.headers });
      const onward = httpRequest(`${mock.baseUrlOf('wiv')}${incoming.url}`, {
        method: incoming.method,
        headers: incoming.headers,
      });
      onward.on('response', (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      });
      incoming.pipe(onward);
    },
  );
  const vendorPort = await listen(vendor);
  // The proxy: CONNECT only, as for any https:// destination; each tunnel recorded.
  proxy = createServer((_, response) => response.writeHead(405).end());
  proxy.on('connect', (request: IncomingMessage, socket, head) => {
    tunnels.push(request.url ?? '');
    const far = connect(vendorPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      far.write(head);
      far.pipe(socket);
      socket.pipe(far);
    });
    far.on('error', () => socket.destroy());
    socket.on('error', () => far.destroy());
  });
  await listen(proxy);
});
afterAll(async () => {
  proxy?.close();
  vendor?.close();
  await mock?.close();
});

it('finds the recipe in the docs, marked as run here rather than offline', () => {
  expect(recipe?.compileOnlyBecause).toMatch(/tests\/proxy/);
});

it('sends every request through the proxy in HTTPS_PROXY, as written in the docs', { timeout: 60_000 }, async () => {
  const { code } = await transform(recipe?.code ?? '', { loader: 'ts', format: 'esm' });
  // Inside the harness, so that `undici` and `workflow-clients` resolve as for a user.
  const file = join(import.meta.dirname, '.proxy-recipe.mjs');
  writeFileSync(file, code);
  try {
    const { stdout } = await run(process.execPath, [file], {
      cwd: import.meta.dirname,
      env: {
        ...process.env,
        HTTPS_PROXY: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
        NODE_EXTRA_CA_CERTS: join(fixtures, 'api.wiv.ai.crt'),
        WIV_API_KEY: 'proxy-test-key',
      },
    });
    expect(stdout.trim()).toBe('exec_abc123def456');
  } finally {
    rmSync(file, { force: true });
  }
  expect(tunnels).toEqual(['api.wiv.ai:443']);
  expect(forwarded).toEqual([
    expect.objectContaining({
      method: 'POST',
      url: '/workflows/workflow_def456ghi789/run',
      headers: expect.objectContaining({ 'x-api-key': 'proxy-test-key', host: 'api.wiv.ai' }),
    }),
  ]);
  expect(forwarded[0]?.headers['user-agent']).toMatch(/^workflow-clients\/\S+ wiv\/\S+ node\//);
  expect(mock.mocks.contractFailures()).toEqual([]);
});
