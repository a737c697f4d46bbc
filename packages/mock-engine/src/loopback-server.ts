import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import {
  createWorkflowMocks,
  type MockedSpecs,
  type WorkflowMocks,
  type WorkflowMocksOptions,
} from './workflow-mocks.js';

export interface LoopbackMockServer<Vendor extends string, Typed = object> {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** The base URL to give a client of `vendor`: the origin plus the vendor's slug as a path. */
  baseUrlOf(vendor: Vendor): string;
  readonly mocks: WorkflowMocks<Vendor, Typed>;
  /**
   * Stops listening and closes every open connection. Safe to call again, or while a close is
   * under way: every call gets the first call's promise, which resolves once the server has
   * stopped and rejects only if stopping it failed.
   */
  close(): Promise<void>;
}

/** What `intercept` is given: one request, its body already read, and the socket's response. */
export interface LoopbackRequest<Vendor extends string> {
  /** The vendor whose path prefix the request used, if any. */
  vendor: Vendor | undefined;
  request: IncomingMessage;
  body: Buffer;
  response: ServerResponse;
  /** What the spec-backed mock would answer (and records as a call), to pass on or to spoil. */
  answerFromMock(): Promise<Response>;
}

export type LoopbackMockServerOptions<Vendor extends string> = Pick<
  WorkflowMocksOptions<Vendor>,
  'specs' | 'onContractFailure' | 'scenario'
> & {
  /** A port to listen on; any free one by default. */
  port?: number | undefined;
  /**
   * Sees every request first, for faults that only exist on a real socket: return true once
   * you have answered, dropped or deliberately ignored it; false lets the mock answer.
   */
  intercept?: ((request: LoopbackRequest<Vendor>) => boolean | Promise<boolean>) | undefined;
};

/**
 * Serves every vendor's spec-backed mock on a real loopback socket, for clients that cannot
 * be intercepted in-process: other runtimes (Bun, Deno, edge), other processes, benchmarks.
 * Each vendor answers under `/<vendor>`, so `baseUrlOf(vendor)` is the client's `baseUrl`.
 */
export async function startLoopbackMockServer<Vendor extends string, Typed = object>(
  options: LoopbackMockServerOptions<Vendor> & { specs: MockedSpecs<Vendor> },
): Promise<LoopbackMockServer<Vendor, Typed>> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const baseUrlOf = (vendor: Vendor) => `${origin}/${vendor}`;
  const vendors = Object.keys(options.specs) as Vendor[];
  const mocks = createWorkflowMocks<Vendor, Typed>({
    specs: options.specs,
    baseUrls: Object.fromEntries(vendors.map((vendor) => [vendor, [baseUrlOf(vendor)]])) as Record<Vendor, string[]>,
    ...(options.onContractFailure ? { onContractFailure: options.onContractFailure } : {}),
    ...(options.scenario ? { scenario: options.scenario } : {}),
  });
  server.on('request', (incoming, outgoing) => {
    answer(mocks, origin, incoming, outgoing, options.intercept).catch((error: unknown) => {
      outgoing.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  let closing: Promise<void> | undefined;
  return {
    origin,
    baseUrlOf,
    mocks,
    // Closed once: Node's own close of a stopped server fails with "Server is not running".
    close: () => {
      closing ??= closeServer(server);
      return closing;
    },
  };
}

async function answer<Vendor extends string, Typed>(
  mocks: WorkflowMocks<Vendor, Typed>,
  origin: string,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  intercept: LoopbackMockServerOptions<Vendor>['intercept'],
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const requestBody = Buffer.concat(chunks);
  const url = new URL(incoming.url ?? '/', origin);
  const answerFromMock = async () => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD' && requestBody.length > 0;
    const request = new Request(url, {
      method: incoming.method ?? 'GET',
      headers,
      ...(hasBody ? { body: requestBody } : {}),
    });
    return (await getResponse([...mocks.handlers], request)) ?? notHandled(request);
  };
  if (intercept) {
    const prefix = url.pathname.split('/')[1] ?? '';
    const vendor = Object.hasOwn(mocks.vendors, prefix) ? (prefix as Vendor) : undefined;
    if (await intercept({ vendor, request: incoming, body: requestBody, response: outgoing, answerFromMock })) return;
  }
  const response = await answerFromMock();
  const body = Buffer.from(await response.arrayBuffer());
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(body);
}

/** What an unmatched request gets: a 404 that says it is the mock's, not a vendor's, answer. */
function notHandled(request: Request): Response {
  return Response.json(
    { error: 'not_mocked', message: `No spec operation matches ${request.method} ${new URL(request.url).pathname}.` },
    { status: 404, headers: { 'x-mock-unhandled': 'true' } },
  );
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
