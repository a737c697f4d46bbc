// The fleet, measured beside the naive BullMQ processor a new user would write (start the run,
// then poll it to its end in the same job), on a real Redis and a real PostgreSQL started here,
// against the vendors' loopback mock playing its scenario (a run is read queued, running, then
// succeeded). Every figure is from this one run. On two cores, more processes cannot show
// scaling: the per-run cost (worker CPU, store operations) is what a larger fleet's throughput
// follows from.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRunQueue } from '@workflow-clients/bullmq';
import { startLoopbackMockServer } from '@workflow-clients/msw/node';
import { createPostgresBackend, Queue, withBackend } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createWorkflowClient } from 'workflow-clients';
import { startPostgres, startRedis } from '../tests/support/store-servers.mjs';

const quick = process.argv.includes('--quick');
const asJson = process.argv.includes('--json');
const log = (line) => process.stderr.write(`${line}\n`);
const RUNS = quick ? 100 : 400;
const workerScript = join(import.meta.dirname, 'fleet-worker.mjs');

// Starts of keys named `slow-…` are held 1.5 s before the mock answers them: the recovery
// measure kills a worker while it waits on them.
let heldArrivals = [];
const mock = await startLoopbackMockServer({
  scenario: {},
  intercept: async ({ body }) => {
    if (!body?.includes('"benchKey":"slow-')) return false;
    heldArrivals.push(Date.now());
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    return false;
  },
});
const WORKFLOWS = {
  altostrat: 'fl_a1b2c3d4e5f6g7h8',
  wiv: 'workflow_def456ghi789',
  embedworkflow: '0198c2e9-cc9f-7277-af8a-40c7ef19273a',
};
let cell = 0;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Starts the given number of worker processes and resolves once each says it is ready. */
async function workers(count, config) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const child = spawn(process.execPath, [workerScript, JSON.stringify(config)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      await new Promise((resolve) => {
        const check = () => (output.includes('ready') ? resolve() : setTimeout(check, 20));
        check();
      });
      return {
        child,
        /** Stops it, and resolves with the CPU time it used. */
        async stop() {
          child.kill('SIGTERM');
          await new Promise((resolve) => child.once('exit', resolve));
          return JSON.parse(output.trim().split('\n').at(-1)).cpuMs;
        },
        kill: () => child.kill('SIGKILL'),
      };
    }),
  );
}

/** Operations the store has done so far: Redis's commands, PostgreSQL's transactions. */
async function storeOperations(store) {
  if (store.redis) {
    const redis = new Redis(store.redis);
    const info = await redis.info('stats');
    redis.disconnect();
    return Number(/total_commands_processed:(\d+)/.exec(info)[1]);
  }
  const client = new pg.Client({ connectionString: store.postgres.connectionString });
  await client.connect();
  const { rows } = await client.query(
    "select xact_commit + xact_rollback as n from pg_stat_database where datname = 'postgres'",
  );
  await client.end();
  return Number(rows[0].n);
}

/** Queues `runs` keys the implementation's way, and resolves with each key's enqueue time. */
async function enqueue(impl, store, queue, vendor, keys) {
  const at = new Map();
  if (impl === 'ours') {
    const runs = createRunQueue(createWorkflowClient({ vendor, baseUrl: mock.baseUrlOf(vendor) }), { store, queue });
    for (const key of keys) {
      at.set(key, Date.now());
      await runs.start(WORKFLOWS[vendor], { benchKey: key }, { key });
    }
    await runs.close();
  } else {
    const naive = queueOf(store, queue);
    for (const key of keys) {
      at.set(key, Date.now());
      await naive.add('run', { workflowId: WORKFLOWS[vendor], input: { benchKey: key } }, { jobId: key });
    }
    await naive.close();
  }
  return at;
}

/** The mock's start requests for the benchmark's keys, answered or not, since `from`. */
function startsSince(vendor, from) {
  const operation = vendor === 'wiv' ? 'runWorkflow' : 'executeWorkflow';
  return mock.mocks.vendors[vendor].calls
    .slice(from)
    .filter((call) => call.operationId === operation)
    .map((call) => ({
      key: /"benchKey":"([^"]+)"/.exec(JSON.stringify(call.body))?.[1],
      at: call.receivedAt,
      status: call.status,
    }));
}

/** The store's Queue class, for either implementation's queue. */
function queueOf(store, name) {
  if (store.postgres) {
    const { Queue: PostgresQueue } = withBackend(createPostgresBackend);
    return new PostgresQueue(name, { connection: { ...store.postgres, migrate: true } });
  }
  return new Queue(name, { connection: store.redis });
}

/** Resolves once `count` held starts have reached the mock; a start that never comes fails the measure. */
async function arrivals(count, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (heldArrivals.length < count) {
    if (Date.now() > until)
      throw new Error(`${heldArrivals.length} of ${count} starts reached the mock within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves once every job of the queue has completed: settled, for the run queue. */
async function settledAll(store, name, keys, timeoutMs = 300_000) {
  const queue = queueOf(store, name);
  try {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const { completed, failed } = await queue.getJobCounts('completed', 'failed');
      // A failed job is a broken measure, not a slow one: stop at once and say so.
      if (failed) throw new Error(`${failed} of ${keys.length} jobs failed in ${name}`);
      if (completed >= keys.length) return;
      if (Date.now() > until) throw new Error(`${completed} of ${keys.length} runs settled within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await queue.close();
  }
}

/** One cell: `processes` workers of `impl`, `concurrency` each, through RUNS Altostrat runs queued while they work. */
async function throughput(store, impl, processes, concurrency) {
  const queue = `bench-${++cell}`;
  const vendor = 'altostrat';
  const keys = Array.from({ length: RUNS }, (_, n) => `${queue}-${n}`);
  const from = mock.mocks.vendors[vendor].calls.length;
  const fleet = await workers(processes, {
    impl,
    store,
    baseUrl: mock.baseUrlOf(vendor),
    vendor,
    queue,
    concurrency,
    intervalMs: 20,
  });
  const operationsBefore = await storeOperations(store);
  const started = performance.now();
  const enqueued = await enqueue(impl, store, queue, vendor, keys);
  await settledAll(store, queue, keys);
  const seconds = (performance.now() - started) / 1000;
  const cpuMs = (await Promise.all(fleet.map((worker) => worker.stop()))).reduce((sum, ms) => sum + ms, 0);
  // PostgreSQL's counts reach pg_stat_database when a connection ends (or a second after): read
  // them once the workers' connections have closed.
  await new Promise((resolve) => setTimeout(resolve, store.postgres ? 1_500 : 0));
  const operations = (await storeOperations(store)) - operationsBefore;
  const waits = startsSince(vendor, from).map((start) => start.at - (enqueued.get(start.key) ?? start.at));
  return {
    runsPerSecond: RUNS / seconds,
    startP50: percentile(waits, 50),
    startP99: percentile(waits, 99),
    operationsPerRun: operations / RUNS,
    cpuMsPerRun: cpuMs / RUNS,
  };
}

/** The most starts the mock saw in any real second, for a fleet limited to 40 a second. */
async function busiestSecond(store, impl) {
  const queue = `bench-${++cell}`;
  const vendor = 'wiv';
  const keys = Array.from({ length: quick ? 120 : 240 }, (_, n) => `${queue}-${n}`);
  const from = mock.mocks.vendors[vendor].calls.length;
  await enqueue(impl, store, queue, vendor, keys);
  const rateLimit = { max: 40, durationMs: 1_000 };
  const fleet = await workers(2, {
    impl,
    store,
    baseUrl: mock.baseUrlOf(vendor),
    vendor,
    queue,
    concurrency: 20,
    intervalMs: 20,
    rateLimit,
  });
  await settledAll(store, queue, keys);
  await Promise.all(fleet.map((worker) => worker.stop()));
  const times = startsSince(vendor, from)
    .map((start) => start.at)
    .sort((a, b) => a - b);
  let busiest = 0;
  for (let first = 0, last = 0; last < times.length; last++) {
    while (times[last] - times[first] >= 1_000) first++;
    busiest = Math.max(busiest, last - first + 1);
  }
  return { busiest, limit: rateLimit.max };
}

/** 20 runs that each need about two seconds of polling, on 2 slots: how long until all settled. */
async function slotHolding(store, impl) {
  const queue = `bench-${++cell}`;
  const vendor = 'altostrat';
  const keys = Array.from({ length: 20 }, (_, n) => `${queue}-${n}`);
  await enqueue(impl, store, queue, vendor, keys);
  const started = performance.now();
  // Reads 800 ms and 1.2 s apart: a run settles at its second read, about 2 s after its start.
  const fleet = await workers(1, {
    impl,
    store,
    baseUrl: mock.baseUrlOf(vendor),
    vendor,
    queue,
    concurrency: 2,
    intervalMs: 800,
  });
  await settledAll(store, queue, keys);
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(fleet.map((worker) => worker.stop()));
  return seconds;
}

/** From a SIGKILL of a worker in the middle of starts to the first request of those starts by another. */
async function recovery(store) {
  const queue = `bench-${++cell}`;
  const vendor = 'altostrat';
  const keys = Array.from({ length: 5 }, (_, n) => `slow-${queue}-${n}`);
  await enqueue('ours', store, queue, vendor, keys);
  const settings = {
    impl: 'ours',
    store,
    baseUrl: mock.baseUrlOf(vendor),
    vendor,
    queue,
    concurrency: 5,
    intervalMs: 20,
    lockDurationMs: 2_000,
    stalledIntervalMs: 1_000,
  };
  heldArrivals = [];
  const [first] = await workers(1, settings);
  // The five starts are sent, and held at the mock: kill the worker while it waits on them.
  await arrivals(keys.length);
  first.kill();
  const killedAt = Date.now();
  const [second] = await workers(1, settings);
  // The next start to arrive is the new worker's: the jobs it took over, resent with their keys.
  const until = Date.now() + 60_000;
  while (heldArrivals.length === keys.length && Date.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await settledAll(store, queue, keys);
  await second.stop();
  return heldArrivals.length > keys.length ? (heldArrivals[keys.length] ?? Number.NaN) - killedAt : Number.NaN;
}

/** Keys started twice after one SIGKILL of a worker in the middle of ten starts (Embed Workflow: no deduplication). */
async function startedTwice(store, impl) {
  const queue = `bench-${++cell}`;
  const vendor = 'embedworkflow';
  const keys = Array.from({ length: 50 }, (_, n) => `slow-${queue}-${n}`);
  const from = mock.mocks.vendors[vendor].calls.length;
  await enqueue(impl, store, queue, vendor, keys);
  const settings = {
    impl,
    store,
    baseUrl: mock.baseUrlOf(vendor),
    vendor,
    queue,
    concurrency: 10,
    intervalMs: 20,
    lockDurationMs: 2_000,
    stalledIntervalMs: 1_000,
  };
  heldArrivals = [];
  const [first] = await workers(1, settings);
  await arrivals(10);
  first.kill();
  const [second] = await workers(1, settings);
  await settledAll(store, queue, keys);
  await second.stop();
  const started = new Map();
  for (const start of startsSince(vendor, from))
    if (start.status < 300) started.set(start.key, (started.get(start.key) ?? 0) + 1);
  return [...started.values()].filter((count) => count > 1).length;
}

const results = [];
for (const [name, start] of [
  ['Redis', startRedis],
  ['PostgreSQL', startPostgres],
]) {
  const server = await start();
  const store =
    name === 'Redis'
      ? { redis: { host: '127.0.0.1', port: server.port } }
      : { postgres: { connectionString: `postgres://postgres@127.0.0.1:${server.port}/postgres`, max: 4 } };
  try {
    const row = { store: name, cells: [] };
    for (const processes of quick ? [1, 2] : [1, 2, 4]) {
      for (const impl of ['naive', 'ours']) {
        log(`${name}: ${impl}, ${processes} process(es), concurrency 50`);
        row.cells.push({ impl, processes, concurrency: 50, ...(await throughput(store, impl, processes, 50)) });
      }
    }
    for (const impl of ['naive', 'ours']) {
      log(`${name}: ${impl}, the busiest second at 40/s`);
      row[`${impl}Busiest`] = await busiestSecond(store, impl);
      log(`${name}: ${impl}, 20 two-second runs on 2 slots`);
      row[`${impl}Slots`] = await slotHolding(store, impl);
    }
    log(`${name}: recovery after a SIGKILL`);
    row.recoveryMs = await recovery(store);
    for (const impl of ['naive', 'ours']) {
      log(`${name}: ${impl}, keys started twice after a SIGKILL`);
      row[`${impl}Twice`] = await startedTwice(store, impl);
    }
    results.push(row);
  } finally {
    await server.dispose();
  }
}
await mock.close();

if (asJson) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
} else {
  const f = (value, digits = 0) => value.toFixed(digits);
  const lines = [
    `| store | processor | worker processes | runs/s | enqueue to start p50 / p99 (ms) | store operations per run | worker CPU per run (ms) |`,
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of results) {
    for (const c of row.cells) {
      lines.push(
        `| ${row.store} | ${c.impl === 'ours' ? '**run queue**' : 'naive BullMQ'} | ${c.processes} × ${c.concurrency} | ${f(c.runsPerSecond)} | ${f(c.startP50)} / ${f(c.startP99)} | ${f(c.operationsPerRun, 1)} | ${f(c.cpuMsPerRun, 2)} |`,
      );
    }
  }
  lines.push(
    '',
    "| store | busiest real second at a limit of 40/s: naive / run queue | 20 two-second runs on 2 slots: naive / run queue | of 50 keys, started twice after a SIGKILL mid-start: naive / run queue | SIGKILL to the next request of the killed worker's jobs |",
    '|---|---|---|---|---|',
  );
  for (const row of results) {
    lines.push(
      `| ${row.store} | ${row.naiveBusiest.busiest} / ${row.oursBusiest.busiest} | ${f(row.naiveSlots, 1)} s / ${f(row.oursSlots, 1)} s | ${row.naiveTwice} / ${row.oursTwice} | ${f(row.recoveryMs)} ms (lock 2 s, stalled check every 1 s) |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  // The fleet page's table is this output: --write-docs puts it there, so no figure is copied by hand.
  if (process.argv.includes('--write-docs')) {
    const pagePath = join(import.meta.dirname, '..', 'docs', 'fleet.md');
    const marked = /<!-- fleet-table:start -->\n[\s\S]*?\n<!-- fleet-table:end -->/;
    const page = readFileSync(pagePath, 'utf8');
    if (!marked.test(page)) throw new Error('docs/fleet.md has no fleet-table markers');
    writeFileSync(
      pagePath,
      page.replace(marked, `<!-- fleet-table:start -->\n${lines.join('\n')}\n<!-- fleet-table:end -->`),
    );
  }
}
