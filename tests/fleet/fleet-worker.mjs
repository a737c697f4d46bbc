// One worker process of a fleet, as a user would run it: a client per vendor, a run queue per
// vendor, a worker on each. The test that starts it kills it with SIGKILL whenever it likes; at a
// set point (CRASH_AT) it says so on stdout and stops dead, so the kill lands exactly there.
//
// argv[2]: JSON { store, baseUrls: { vendor: url }, apiKeys: { vendor: key }, workflows,
//   concurrency, lockDurationMs, stalledIntervalMs, intervalMs, rateLimit?, crashAt? }
import { createRunQueue } from '@workflow-clients/bullmq';
import { createWorkflowClient } from 'workflow-clients';

const config = JSON.parse(process.argv[2]);
const say = (line) => process.stdout.write(`${line}\n`);

/** Holds the event loop until the test kills this process: no timer, no I/O runs meanwhile. */
function stopDead(point) {
  say(`crash-point ${point}`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  process.exit(70); // not killed within a minute: the test failed to
}

let crashed = false;
/** The hooks that find the set point: the client tells them about each attempt. */
function crashHooks(vendor) {
  const at = config.crashAt;
  if (!at) return undefined;
  const once = (point, fire) => {
    if (crashed) return;
    crashed = true;
    fire(point);
  };
  return {
    onResponse(event) {
      // The start was answered; the run's token is not stored yet.
      if (at === 'after-start-answered' && event.method === 'POST' && event.status < 300)
        once(at, () => stopDead(`${at} ${vendor}`));
      // A 429: the job goes back to waiting and the queue pauses; die during that pause.
      if (at === 'during-rate-limit-pause' && event.status === 429)
        once(at, () => setTimeout(() => stopDead(`${at} ${vendor}`), 150));
    },
    onRequest(event) {
      if (at === 'mid-read' && event.method === 'GET') once(at, () => stopDead(`${at} ${vendor}`));
    },
  };
}

const queues = [];
for (const [vendor, baseUrl] of Object.entries(config.baseUrls)) {
  const hooks = crashHooks(vendor);
  const client = createWorkflowClient({ vendor, apiKey: config.apiKeys[vendor], baseUrl, ...(hooks ? { hooks } : {}) });
  const runs = createRunQueue(client, {
    store: config.store,
    queue: `fleet-${vendor}`,
    follow: { intervalMs: config.intervalMs ?? 20, timeoutMs: 120_000 },
    ...(config.rateLimit ? { rateLimit: config.rateLimit } : {}),
  });
  runs.worker({
    concurrency: config.concurrency ?? 10,
    lockDurationMs: config.lockDurationMs ?? 1_000,
    stalledIntervalMs: config.stalledIntervalMs ?? 500,
    onSettled: (state) => say(`settled ${vendor} ${state.key}`),
  });
  queues.push(runs);
}
say('ready');
process.on('SIGTERM', async () => {
  await Promise.all(queues.map((runs) => runs.close()));
  process.exit(0);
});
