// The soak's subject, run as its own process by soak.test.ts so that "it exits by itself"
// means something: thousands of runs through the built facade against the loopback mock,
// faults injected at fixed rates, a fixed number in flight. Prints one JSON line of results
// and then must end without process.exit: a socket or timer left open would keep it alive.
import { startLoopbackMockServer } from '@workflow-clients/msw/node';
import { createWorkflowClient, isWorkflowApiError, vendors } from 'workflow-clients';

const RUNS = Number(process.argv[2] ?? 3000);
const IN_FLIGHT = Number(process.argv[3] ?? 200);
/** Which runs meet which fault: `{ "drop": [10, 3] }` means every run whose number % 10 is 3. */
const PLAN = JSON.parse(process.argv[4] ?? '{}');
/** Per vendor, from the test: `{ apiKey, workflowId }`. */
const CASES = JSON.parse(process.argv[5] ?? '{}');

function faultOf(run) {
  const match = Object.entries(PLAN).find(([, [every, remainder]]) => run % every === remainder);
  return match ? match[0] : 'none';
}

const seen = new Map(); // run number -> { attempts, started: Set of body-or-key }
const server = await startLoopbackMockServer({
  intercept: async ({ body, request, response, answerFromMock }) => {
    const run = Number(/"soakRun":(\d+)/.exec(body.toString())?.[1]);
    const record = seen.get(run) ?? { attempts: 0, started: new Set() };
    seen.set(run, record);
    record.attempts += 1;
    const fault = faultOf(run);
    const startedBy = String(request.headers['idempotency-key'] ?? body.toString());
    if (fault === 'drop') {
      // Read, maybe started, then the connection dropped: the worst case for a retry.
      record.started.add(startedBy);
      response.socket?.destroy();
      return true;
    }
    if (fault === '503') {
      response.writeHead(503, { 'content-type': 'text/html' }).end('<h1>503</h1>');
      return true;
    }
    if (fault === '429-once' && record.attempts === 1) {
      response.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' }).end('{"error":"slow down"}');
      return true;
    }
    const answer = await answerFromMock();
    if (answer.ok) record.started.add(startedBy);
    response.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()));
    return true;
  },
});

const clients = Object.fromEntries(
  vendors.map((vendor) => [
    vendor,
    // A timeout only a hang reaches: the server shares this process, so on a machine busy with
    // other work an answer can wait a long time for its turn, and that is no fault of the client.
    createWorkflowClient({
      vendor,
      apiKey: CASES[vendor].apiKey,
      baseUrl: server.baseUrlOf(vendor),
      timeoutMs: 180_000,
      maxRetries: 2,
    }),
  ]),
);

async function soak(runs) {
  const outcomes = {};
  let next = 0;
  async function worker() {
    while (next < runs) {
      const run = next++;
      const vendor = vendors[run % vendors.length];
      const outcome = await clients[vendor].run(CASES[vendor].workflowId, { soakRun: run }).then(
        () => 'ok',
        (error) => (isWorkflowApiError(error) ? error.code : `thrown: ${String(error)}`),
      );
      const key = `${faultOf(run)}:${vendor}:${outcome}`;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return outcomes;
}

const heapAfterGc = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

// A first round warms modules, the JIT and the socket pool; the baseline is taken after it.
await soak(Math.min(500, RUNS));
seen.clear();
const baseline = heapAfterGc();
const started = Date.now();
const outcomes = await soak(RUNS);
const durationMs = Date.now() - started;
const attempts = [...seen.values()].reduce((sum, record) => sum + record.attempts, 0);
const startedTwice = [...seen.entries()].filter(([, record]) => record.started.size > 1).map(([run]) => run);
const contractFailures = server.mocks.contractFailures().length;
server.mocks.reset();
seen.clear();
await server.close();
const heapGrowth = heapAfterGc() - baseline;
console.log(JSON.stringify({ runs: RUNS, durationMs, outcomes, attempts, startedTwice, contractFailures, heapGrowth }));
