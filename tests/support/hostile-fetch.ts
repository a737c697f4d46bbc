import { createWorkflowMocks, type RecordedCall, type WorkflowMocks } from '@workflow-clients/msw';
import { getResponse } from 'msw';

// A `fetch` for a client under attack: the spec-backed mock checks every request and answers
// it, except the operation under attack, whose answer the attacker writes (seeing the request,
// to echo it). Every request still goes past the mock, so one that breaks its spec is caught.

export interface HostileFetch {
  fetch: (request: Request) => Promise<Response>;
  mocks: WorkflowMocks;
  /** The calls of the operation under attack, as the mock recorded them. */
  attacked(): RecordedCall[];
}

// Compiling every spec's validators takes a while, so one set of mocks serves a whole test
// file; each hostile fetch starts it afresh. Tests within a file run one at a time.
let shared: WorkflowMocks | undefined;

export function hostileFetch(
  operationId: string,
  attack: (request: Request, attempt: number) => Response | Promise<Response>,
  options: { vendor?: string } = {},
): HostileFetch {
  shared ??= createWorkflowMocks();
  const mocks = shared;
  mocks.reset();
  let attempt = 0;
  const isAttacked = (call: RecordedCall | undefined) =>
    call?.operationId === operationId &&
    (options.vendor === undefined ||
      mocks.vendors[options.vendor as keyof WorkflowMocks['vendors']]?.calls.includes(call));
  return {
    mocks,
    attacked: () => mocks.calls().filter((call) => isAttacked(call)),
    async fetch(request) {
      const known = new Set(mocks.calls());
      const answer = await getResponse([...mocks.handlers], request.clone());
      const call = mocks.calls().find((recorded) => !known.has(recorded));
      if (call && call.contractErrors.length === 0 && isAttacked(call)) return attack(request, attempt++);
      return answer ?? new Response('no handler', { status: 599 });
    },
  };
}

/** Everything a request carries that a server could echo: its URL and every header. */
export async function echoOf(
  request: Request,
): Promise<{ url: string; method: string; headers: Record<string, string>; body: string }> {
  return {
    url: request.url,
    method: request.method,
    headers: Object.fromEntries(request.headers),
    body: await request.clone().text(),
  };
}
