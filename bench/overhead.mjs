// Per-request overhead, side by side in one run: raw fetch, bare openapi-fetch, two peers
// (@octokit/request, and the openai SDK's generic request with its retries and timeout), our
// Wiv client and the facade's Wiv provider make the same call, round after round in rotating
// order, so that drift in the machine's speed touches every variant alike. Printed as ratios.
// (The openai SDK is version 6: version 7 requires Node 22, and the workspace runs on Node 20.)
//
//   loopback: a server in a child process answers at once over a kept-alive socket.
//   stub:     fetch answers in-process, as openapi-fetch's own benchmark does, so what is
//             left is the clients' own cost: building the request, middleware, parsing.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { request as octokitRequest } from '@octokit/request';
import { wivSpec } from '@workflow-clients/msw';
import { createWivClient } from '@workflow-clients/wiv';
import OpenAI from 'openai';
import createClient from 'openapi-fetch';
import { createWorkflowClient } from 'workflow-clients';

const API_KEY = 'bench-wiv-key';
const WORKFLOW_ID = 'workflow_def456ghi789';
const INPUT = { user_id: '12345', action: 'process_order' };
const ANSWER = JSON.stringify(
  wivSpec.paths['/workflows/{workflow_id}/run'].post.responses['200'].content['application/json'].examples.triggered
    .value,
);

/** Each variant, given a fetch and a base URL, returns one call to time. */
const variants = {
  'raw fetch': (fetchFn, baseUrl) => async () => {
    const response = await fetchFn(`${baseUrl}/workflows/${WORKFLOW_ID}/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
      body: JSON.stringify({ payload: INPUT }),
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
    await response.json();
  },
  'bare openapi-fetch': (fetchFn, baseUrl) => {
    const client = createClient({ baseUrl, fetch: fetchFn });
    return async () => {
      const { error } = await client.POST('/workflows/{workflow_id}/run', {
        params: { path: { workflow_id: WORKFLOW_ID } },
        body: { payload: INPUT },
        headers: { 'x-api-key': API_KEY },
      });
      if (error) throw new Error('error answer');
    };
  },
  '@octokit/request': (fetchFn, baseUrl) => {
    const request = octokitRequest.defaults({
      baseUrl,
      headers: { 'x-api-key': API_KEY },
      request: { fetch: fetchFn },
    });
    return () => request('POST /workflows/{workflow_id}/run', { workflow_id: WORKFLOW_ID, payload: INPUT });
  },
  'openai SDK (client.post)': (fetchFn, baseUrl) => {
    const client = new OpenAI({ apiKey: API_KEY, baseURL: baseUrl, fetch: fetchFn });
    return () => client.post(`/workflows/${WORKFLOW_ID}/run`, { body: { payload: INPUT } });
  },
  'our client (createWivClient)': (fetchFn, baseUrl) => {
    const client = createWivClient({ apiKey: API_KEY, baseUrl, fetch: fetchFn });
    return () =>
      client.POST('/workflows/{workflow_id}/run', {
        params: { path: { workflow_id: WORKFLOW_ID } },
        body: { payload: INPUT },
      });
  },
  'facade provider (createWorkflowClient)': (fetchFn, baseUrl) => {
    const provider = createWorkflowClient({ vendor: 'wiv', apiKey: API_KEY, baseUrl, fetch: fetchFn });
    return () => provider.run(WORKFLOW_ID, INPUT);
  },
};

async function measure(label, fetchFn, baseUrl, { rounds, callsPerRound }) {
  const calls = Object.fromEntries(Object.entries(variants).map(([name, make]) => [name, make(fetchFn, baseUrl)]));
  const names = Object.keys(calls);
  const perRound = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = -1; round < rounds; round++) {
    // Rotate the order each round; round -1 warms the JIT and the socket and is not counted.
    const order = names.map((_, index) => names[(index + Math.max(round, 0)) % names.length]);
    for (const name of order) {
      const call = calls[name];
      const start = process.hrtime.bigint();
      for (let i = 0; i < callsPerRound; i++) await call();
      const microsPerCall = Number(process.hrtime.bigint() - start) / 1000 / callsPerRound;
      if (round >= 0) perRound[name].push(microsPerCall);
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const result = Object.fromEntries(names.map((name) => [name, median(perRound[name])]));
  const raw = result['raw fetch'];
  const bare = result['bare openapi-fetch'];
  console.log(`\n${label}: ${rounds} rounds x ${callsPerRound} calls per variant, median µs per call`);
  for (const name of names) {
    const us = result[name];
    console.log(
      `  ${name.padEnd(40)} ${us.toFixed(1).padStart(8)} µs   x${(us / raw).toFixed(2)} raw fetch   x${(us / bare).toFixed(3)} openapi-fetch`,
    );
  }
  return { label, microsPerCall: result };
}

async function main() {
  const child = fork(new URL(import.meta.url).pathname, ['serve'], { stdio: 'inherit' });
  const { port } = await new Promise((resolve) => child.once('message', resolve));
  const stub = async () => new Response(ANSWER, { status: 200, headers: { 'content-type': 'application/json' } });
  const quick = process.argv.includes('--quick');
  const results = [];
  try {
    results.push(
      await measure(
        'loopback',
        (...args) => globalThis.fetch(...args),
        `http://127.0.0.1:${port}`,
        quick ? { rounds: 3, callsPerRound: 100 } : { rounds: 10, callsPerRound: 400 },
      ),
    );
    results.push(
      await measure(
        'in-process stub',
        stub,
        'https://api.wiv.ai',
        quick ? { rounds: 3, callsPerRound: 500 } : { rounds: 10, callsPerRound: 3000 },
      ),
    );
  } finally {
    child.disconnect();
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(results));
}

if (process.argv[2] === 'serve') {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end(ANSWER));
  });
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('disconnect', () => process.exit(0));
} else {
  await main();
}
