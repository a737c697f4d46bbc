import type { ServerResponse } from 'node:http';
import type { RecordedCall } from '@workflow-clients/msw';
import { type LoopbackMockServer, setupWorkflowMockServer, startLoopbackMockServer } from '@workflow-clients/msw/node';
import { delay, getResponse, HttpResponse, http } from 'msw';
import type { RegisteredVendor } from 'workflow-clients';
import { vendors } from 'workflow-clients';
import { unusedPort } from '../support/unused-port.js';
import { IDEMPOTENCY_HEADER } from '../support/vendor-cases.js';
import { type Fault, type FaultAnswer, faults, type MockAnswer } from './faults.js';

// Two ways to stage the same faults: MSW intercepting fetch in-process, and a real loopback
// socket. Both run every request past the spec-backed mock first (so a request that breaks a
// spec is a contract failure), then answer as the fault named in the request's x-test-fault
// header says. Each cell sends its own x-test-cell, so cells can run concurrently.

/** One request as the server saw it. */
export interface SeenRequest {
  cell: string;
  vendor: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  idempotencyKey: string | undefined;
  /** The vendor would have started the run, given how it was answered. */
  starts: boolean;
}

export interface FaultTransport {
  readonly name: 'msw' | 'socket';
  readonly seen: SeenRequest[];
  start(): Promise<void>;
  stop(): Promise<void>;
  baseUrlOf(vendor: RegisteredVendor, fault: Fault): string;
  contractFailures(): RecordedCall[];
}

const faultsById = new Map(faults.map((fault) => [fault.id, fault]));

/** Records the request and picks the answer its fault gives at this attempt. */
async function decide(
  seen: SeenRequest[],
  request: Omit<SeenRequest, 'starts' | 'cell' | 'idempotencyKey'>,
  mock: MockAnswer,
): Promise<{ answer: FaultAnswer; record: SeenRequest }> {
  const cell = request.headers['x-test-cell'] ?? '';
  const fault = faultsById.get(request.headers['x-test-fault'] ?? '');
  const attempt = seen.filter((earlier) => earlier.cell === cell).length;
  const record: SeenRequest = { ...request, cell, idempotencyKey: request.headers[IDEMPOTENCY_HEADER], starts: false };
  seen.push(record);
  const answer = fault
    ? await fault.answer(attempt, async () => mock, { url: request.url, headers: request.headers })
    : ({ kind: 'mock' } as const);
  record.starts = answer.kind === 'mock' ? mock.status >= 200 && mock.status < 300 : Boolean(fault?.starts);
  return { answer, record };
}

async function toMockAnswer(response: Response): Promise<MockAnswer> {
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: new Uint8Array(await response.arrayBuffer()),
  };
}

function vendorOf(url: string): string {
  return new URL(url).pathname.split('/')[1] ?? '';
}

const MSW_ORIGIN = 'https://faults.test';

export function createMswTransport(): FaultTransport {
  const seen: SeenRequest[] = [];
  const mock = setupWorkflowMockServer({
    baseUrls: Object.fromEntries(vendors.map((vendor) => [vendor, [`${MSW_ORIGIN}/${vendor}`]])),
  });
  mock.server.use(
    http.all(`${MSW_ORIGIN}/*`, async ({ request }) => {
      const body = await request.clone().text();
      const mockAnswer = await toMockAnswer(
        (await getResponse([...mock.mocks.handlers], request.clone())) ?? new Response(null, { status: 404 }),
      );
      const { answer } = await decide(
        seen,
        { vendor: vendorOf(request.url), url: request.url, headers: Object.fromEntries(request.headers), body },
        mockAnswer,
      );
      return answerInProcess(answer, mockAnswer);
    }),
  );
  return {
    name: 'msw',
    seen,
    start: async () => mock.listen(),
    stop: async () => mock.close(),
    baseUrlOf: (vendor) => `${MSW_ORIGIN}/${vendor}`,
    contractFailures: () => mock.mocks.contractFailures(),
  };
}

async function answerInProcess(answer: FaultAnswer, mock: MockAnswer): Promise<Response> {
  if (answer.kind === 'drop') return HttpResponse.error();
  if (answer.kind === 'hang') {
    await delay('infinite');
    return HttpResponse.error();
  }
  if (answer.kind === 'mock')
    return new Response(mock.body.length ? (mock.body as Uint8Array<ArrayBuffer>) : null, {
      status: mock.status,
      headers: mock.headers,
    });
  const { status, statusText = '', headers = {}, body = new Uint8Array(), trickle, cutAfterBytes, chunked } = answer;
  if (!trickle && cutAfterBytes === undefined && !chunked)
    return new Response(body.length ? (body as Uint8Array<ArrayBuffer>) : null, { status, statusText, headers });
  const pieces = piecesOf(body, answer);
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (trickle && index > 0) await new Promise((resolve) => setTimeout(resolve, trickle.everyMs));
      if (cutAfterBytes !== undefined && index === pieces.length)
        return controller.error(new Error('connection reset by the fault'));
      const piece = pieces[index++];
      if (piece) controller.enqueue(piece);
      else controller.close();
    },
  });
  return new Response(stream, { status, headers });
}

/** The body split as the fault sends it: trickled, cut, or in 1 MiB chunks. */
function piecesOf(body: Uint8Array, answer: Extract<FaultAnswer, { kind: 'respond' }>): Uint8Array[] {
  const sent = answer.cutAfterBytes === undefined ? body : body.slice(0, answer.cutAfterBytes);
  const size = answer.trickle?.bytes ?? 1024 * 1024;
  const pieces: Uint8Array[] = [];
  for (let offset = 0; offset < sent.length; offset += size) pieces.push(sent.slice(offset, offset + size));
  return pieces;
}

export function createSocketTransport(): FaultTransport {
  const seen: SeenRequest[] = [];
  let loopback: LoopbackMockServer | undefined;
  let closedOrigin = '';
  return {
    name: 'socket',
    seen,
    async start() {
      loopback = await startLoopbackMockServer({
        intercept: async ({ vendor, request, body, response, answerFromMock }) => {
          const headers = Object.fromEntries(
            Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
          );
          const mock = await toMockAnswer(await answerFromMock());
          const { answer } = await decide(
            seen,
            { vendor: vendor ?? '', url: request.url ?? '', headers, body: body.toString('utf8') },
            mock,
          );
          answerOnSocket(answer, mock, response);
          return true;
        },
      });
      closedOrigin = `http://127.0.0.1:${await unusedPort()}`;
    },
    stop: async () => loopback?.close(),
    baseUrlOf: (vendor, fault) => (fault.unreachable ? `${closedOrigin}/${vendor}` : loopback!.baseUrlOf(vendor)),
    contractFailures: () => loopback?.mocks.contractFailures() ?? [],
  };
}

function answerOnSocket(answer: FaultAnswer, mock: MockAnswer, response: ServerResponse): void {
  if (answer.kind === 'hang') return;
  if (answer.kind === 'drop') {
    response.socket?.destroy();
    return;
  }
  const { status, headers, body } =
    answer.kind === 'mock' ? { ...mock, headers: mock.headers } : { headers: {}, body: new Uint8Array(), ...answer };
  const plain = { ...headers };
  delete plain['content-length'];
  delete plain['transfer-encoding'];
  const respond = answer.kind === 'respond' ? answer : undefined;
  if (respond?.interim) response.writeContinue();
  if (respond?.chunked) {
    response.writeHead(status, plain);
    for (const piece of piecesOf(body, respond)) response.write(piece);
    response.end();
    return;
  }
  const statusText = answer.kind === 'respond' ? answer.statusText : undefined;
  if (statusText) response.writeHead(status, statusText, { ...plain, 'content-length': String(body.length) });
  else response.writeHead(status, { ...plain, 'content-length': String(body.length) });
  if (respond?.cutAfterBytes !== undefined) {
    response.write(body.slice(0, respond.cutAfterBytes), () => response.socket?.destroy());
    return;
  }
  if (respond?.trickle) {
    const pieces = piecesOf(body, respond);
    const timer = setInterval(() => {
      const piece = pieces.shift();
      if (piece && !response.destroyed) response.write(piece);
      else {
        clearInterval(timer);
        if (!response.destroyed) response.end();
      }
    }, respond.trickle.everyMs);
    response.on('close', () => clearInterval(timer));
    return;
  }
  response.end(body);
}
