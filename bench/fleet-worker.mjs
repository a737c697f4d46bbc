// One worker process of the fleet benchmark: ours (a run queue's worker), or the naive BullMQ
// processor a new user would write (start the run, then poll it to its end in the same job,
// holding the worker's slot). argv[2]: JSON { impl, store, baseUrl, vendor, queue, concurrency,
// intervalMs, rateLimit?, lockDurationMs?, stalledIntervalMs? }. Prints "ready", then, on
// SIGTERM, its CPU time as JSON, and exits.
import { createRunQueue } from '@workflow-clients/bullmq';
import { createPostgresBackend, Queue, Worker, withBackend } from 'bullmq';
import { createWorkflowClient } from 'workflow-clients';

const config = JSON.parse(process.argv[2]);
// A secret key's shape, so that Embed Workflow (which checks it) takes it like the others.
const client = createWorkflowClient({
  vendor: config.vendor,
  apiKey: 'sk_test_benchSECRETkey0001',
  baseUrl: config.baseUrl,
});
let close;

if (config.impl === 'ours') {
  const runs = createRunQueue(client, {
    store: config.store,
    queue: config.queue,
    follow: { intervalMs: config.intervalMs },
    ...(config.rateLimit ? { rateLimit: config.rateLimit } : {}),
  });
  runs.worker({
    concurrency: config.concurrency,
    lockDurationMs: config.lockDurationMs ?? 30_000,
    stalledIntervalMs: config.stalledIntervalMs ?? 30_000,
  });
  close = () => runs.close();
} else {
  // The naive processor: BullMQ's own limiter, the run started and then waited for in one job.
  const backend = config.store.postgres
    ? {
        ...withBackend(createPostgresBackend),
        connection: {
          connectionString: config.store.postgres.connectionString,
          max: config.store.postgres.max,
          migrate: true,
        },
      }
    : { Queue, Worker, connection: config.store.redis };
  const worker = new backend.Worker(
    config.queue,
    async (job) => {
      const run = await client.run(job.data.workflowId, job.data.input);
      return client.capabilities.getRun ? client.waitForRun(run, { intervalMs: config.intervalMs }) : run;
    },
    {
      connection: backend.connection,
      concurrency: config.concurrency,
      ...(config.rateLimit ? { limiter: { max: config.rateLimit.max, duration: config.rateLimit.durationMs } } : {}),
      lockDuration: config.lockDurationMs ?? 30_000,
      stalledInterval: config.stalledIntervalMs ?? 30_000,
    },
  );
  worker.on('error', () => {});
  close = () => worker.close();
}

process.stdout.write('ready\n');
// The CPU time of the work, not of starting Node and connecting.
const ready = process.cpuUsage();
process.on('SIGTERM', async () => {
  await close();
  const { user, system } = process.cpuUsage(ready);
  process.stdout.write(`${JSON.stringify({ cpuMs: (user + system) / 1000 })}\n`);
  process.exit(0);
});
