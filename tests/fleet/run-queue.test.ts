import { createRunQueue, type RunQueue, type RunState } from '@workflow-clients/bullmq';
import { createPostgresBackend, Queue, withBackend } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClientOptions, type RegisteredVendor, vendors } from 'workflow-clients';
import { operationClient, providerFor } from '../support/clients.js';
import { unusedPort } from '../support/unused-port.js';
import { vendorCases } from '../support/vendor-cases.js';
import { type Backend, backends, type Fleet, inputOf, startFleet, workflowOf } from './fleet-harness.js';

// The run queue's promises, on a real Redis and a real PostgreSQL, with workers in this process
// (the crash tests run them in processes of their own): each key settles once, bad input is
// refused before anything is queued, a 429 pauses the whole queue, a follow holds no slot while
// it waits, cancel reaches a run wherever its job is, and no credential is ever stored.

const clientOf = (fleet: Fleet, vendor: RegisteredVendor, extra: ClientOptions = {}) =>
  operationClient(vendor, { apiKey: vendorCases[vendor].apiKey, baseUrl: fleet.mock.baseUrlOf(vendor), ...extra });

/**
 * Interactly's spec shows a turn's answer only once the turn is over: to have a run to follow,
 * its first turn's answer says `running`, as the vendor's status list allows.
 */
const stillRunning = async (request: Request) => {
  const laterTurn = request.method !== 'POST' || (await request.clone().text()).includes('"run_id"');
  const answer = await fetch(request);
  if (laterTurn) return answer;
  return Response.json({ ...(await answer.json()), status: 'running' }, { status: answer.status });
};

describe.each(backends)('on %s', (backend: Backend) => {
  let fleet: Fleet;
  beforeAll(async () => {
    fleet = await startFleet(backend);
  }, 60_000);
  afterAll(() => fleet?.dispose());

  /** A queue of `vendor` under a name of its own, with a worker, for one test. */
  function queueFor(
    vendor: RegisteredVendor,
    name: string,
    workerOptions: object = {},
    queueOptions: object = {},
    clientOptions: object = {},
  ) {
    const settled: RunState[] = [];
    const runs = createRunQueue(clientOf(fleet, vendor, clientOptions), {
      store: fleet.store,
      queue: `${name}-${vendor}`,
      follow: { intervalMs: 20 },
      ...queueOptions,
    });
    const worker = (options: object = {}) =>
      runs.worker({
        lockDurationMs: 2_000,
        onSettled: (state) => {
          settled.push(state);
        },
        ...workerOptions,
        ...options,
      });
    return { runs, worker, settled };
  }

  async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 20_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /**
   * Waits until `onSettled` was told of every key and each key's state is recorded as settled:
   * a worker tells before it records (a crash between the two tells again), so the record can lag.
   */
  async function untilRecordedSettled(runs: RunQueue, settled: RunState[], keys: string[]) {
    await until('every key settled', () => settled.length >= keys.length || undefined);
    await until(
      'every key recorded as settled',
      async () =>
        (await Promise.all(keys.map((key) => runs.get(key)))).every((state) => state?.phase === 'settled') || undefined,
    );
  }

  it.each(vendors)('%s: each key settles once, however often it is started, and is started once', async (vendor) => {
    const { runs, worker, settled } = queueFor(vendor, 'once');
    const keys = Array.from({ length: 10 }, (_, n) => `once-${vendor}-${n}`);
    for (const key of [...keys, ...keys]) await runs.start(workflowOf(vendor), inputOf(key), { key });
    worker();
    await untilRecordedSettled(runs, settled, keys);
    for (const key of keys) {
      const state = await runs.get(key);
      expect(state, key).toMatchObject({ key, phase: 'settled', cancelRequested: false });
      expect(fleet.starts(vendor, key), key).toHaveLength(1);
      const client = providerFor(vendor, { apiKey: 'k' });
      // Where the vendor reads runs back, the run was followed to its end, and its token kept.
      if (client.capabilities.getRun)
        expect(state).toMatchObject({ run: { status: 'succeeded' }, token: expect.stringMatching(/^wcr1\./) });
      else expect(state?.token).toBeUndefined();
    }
    expect(new Set(settled.map((state) => state.key))).toEqual(new Set(keys));
    await runs.close();
  });

  it('an onSettled that throws leaves its key settled, starts nothing again, and is told again', async () => {
    // Interactly does not deduplicate: a key read back as `starting` after a failed hook would be
    // `uncertain`, though the vendor accepted its one run.
    const vendor = 'interactly';
    const told = new Map<string, number>();
    const { runs, worker } = queueFor(vendor, 'hook-throws');
    const keys = Array.from({ length: 6 }, (_, n) => `hook-throws-${n}`);
    for (const key of keys) await runs.start(workflowOf(vendor), inputOf(key), { key });
    worker({
      onSettled: async (state: RunState) => {
        told.set(state.key, (told.get(state.key) ?? 0) + 1);
        if (told.get(state.key) === 1) throw new Error('the caller’s database is down');
      },
    });
    await until('every key told again', () => keys.every((key) => (told.get(key) ?? 0) >= 2) || undefined);
    await until(
      'every key recorded as settled',
      async () =>
        (await Promise.all(keys.map((key) => runs.get(key)))).every((state) => state?.phase === 'settled') || undefined,
    );
    for (const key of keys) {
      expect(await runs.get(key), key).toMatchObject({ phase: 'settled', run: { status: 'succeeded' } });
      expect((await runs.get(key))?.error, key).toBeUndefined();
      expect(fleet.starts(vendor, key), key).toHaveLength(1);
      expect(told.get(key), key).toBe(2);
    }
    await runs.close();
  });

  it.each(vendors)(
    '%s: bad input is refused at start, as the client refuses it, and nothing is queued',
    async (vendor) => {
      const { runs } = queueFor(vendor, 'refused');
      const cases: Array<[workflowId: string, input: unknown, key: string]> = [
        ['', {}, 'empty-id'],
        ['..', {}, 'dot-id'],
        [workflowOf(vendor), ['not', 'an', 'object'], 'array-input'],
        [workflowOf(vendor), { big: 10n }, 'bigint-input'],
        [workflowOf(vendor), {}, ''],
        [workflowOf(vendor), {}, 'k'.repeat(257)],
      ];
      for (const [workflowId, input, key] of cases) {
        // Input as a JavaScript caller may pass it: the queue checks it as the client does.
        await expect(runs.start(workflowId, input as Record<string, unknown>, { key })).rejects.toMatchObject({
          name: 'WorkflowApiError',
          code: 'invalid_input',
          vendor,
        });
        if (key !== '' && key.length <= 256 && !key.startsWith('lone'))
          expect(await runs.get(key), key).toBeUndefined();
      }
      await runs.close();
    },
  );

  it('an unreachable store is a clear error within its bound, not a hang', async () => {
    const port = await unusedPort();
    const store =
      backend === 'redis'
        ? { redis: { host: '127.0.0.1', port } }
        : { postgres: `postgres://postgres@127.0.0.1:${port}/postgres` };
    const runs = createRunQueue(clientOf(fleet, 'altostrat'), { store, queue: 'unreachable', storeTimeoutMs: 500 });
    const startedAt = performance.now();
    const error = await runs.start(workflowOf('altostrat'), {}, { key: 'k' }).catch((caught: unknown) => caught);
    // Redis is retried by its client until the bound; PostgreSQL refuses at once.
    expect(error).toMatchObject({ name: 'WorkflowApiError', code: backend === 'redis' ? 'timeout' : 'network' });
    expect((error as Error).message).toContain(`127.0.0.1:${port}`);
    expect(performance.now() - startedAt).toBeLessThan(2_000);
    await runs.close().catch(() => {});
  });

  it('a 429 pauses every worker of the queue for its Retry-After, and counts no failed attempt', async () => {
    const vendor = 'wiv';
    const { runs, worker, settled } = queueFor(vendor, 'paused');
    fleet.mock.mocks.vendors[vendor].respondWith('runWorkflow', { status: 429, headers: { 'retry-after': '1' } });
    const keys = Array.from({ length: 8 }, (_, n) => `paused-${n}`);
    for (const key of keys) await runs.start(workflowOf(vendor), inputOf(key), { key });
    const before = fleet.mock.mocks.vendors[vendor].calls.length;
    worker({ concurrency: 1 });
    worker({ concurrency: 1 });
    await untilRecordedSettled(runs, settled, keys);
    const calls = fleet.mock.mocks.vendors[vendor].calls.slice(before);
    const limited = calls.find((call) => call.status === 429);
    // Nothing went to the vendor from either worker during the second it asked for (but what the
    // other worker had already sent as the 429 arrived).
    const at = limited?.receivedAt ?? 0;
    const during = calls.filter((call) => call.receivedAt > at + 100 && call.receivedAt < at + 950);
    expect(limited).toBeDefined();
    expect(during).toEqual([]);
    await runs.close();
  });

  it('a follow holds no worker slot while it waits: one slot follows many runs at once', async () => {
    const vendor = 'altostrat';
    const { runs, worker, settled } = queueFor(vendor, 'slots', {}, { follow: { intervalMs: 300 } });
    const keys = Array.from({ length: 6 }, (_, n) => `slot-${n}`);
    const before = fleet.mock.mocks.vendors[vendor].calls.length;
    for (const key of keys) await runs.start(workflowOf(vendor), inputOf(key), { key });
    worker({ concurrency: 1 });
    await until('every key settled', () => settled.length >= keys.length || undefined);
    // One slot, six runs that each need reads 300 ms and more apart. Had a follow held the slot
    // while it waited, each run would start only once the one before had settled; instead every
    // run is started before any run's last read.
    const calls = fleet.mock.mocks.vendors[vendor].calls.slice(before);
    const states = await Promise.all(keys.map((key) => runs.get(key)));
    const lastRead = states.map((state) =>
      calls.findLastIndex(
        (call) => call.operationId === 'getWorkflowRun' && call.pathParams.runId === state?.run?.runId,
      ),
    );
    const starts = keys.map((key) =>
      calls.findIndex((call) => call.operationId === 'executeWorkflow' && JSON.stringify(call.body).includes(key)),
    );
    expect(Math.min(...lastRead)).toBeGreaterThan(-1);
    expect(Math.max(...starts)).toBeLessThan(Math.min(...lastRead));
    await runs.close();
  });

  it('cancel reaches a run wherever its job is: queued, starting, waiting between reads, or being read', async () => {
    // Queued: it never starts.
    const queued = queueFor('interactly', 'cancel-queued');
    await queued.runs.start(workflowOf('interactly'), inputOf('cancel-queued'), { key: 'cancel-queued' });
    await queued.runs.cancel('cancel-queued');
    queued.worker();
    const neverStarted = await until('settled', () => queued.settled[0]);
    expect(neverStarted).toMatchObject({
      phase: 'settled',
      cancelRequested: true,
      error: { code: 'aborted', mayHaveStarted: false },
    });
    expect(fleet.starts('interactly', 'cancel-queued')).toHaveLength(0);
    await queued.runs.close();

    // Waiting between reads, where the vendor can cancel (Interactly's stop turn) and where it cannot.
    for (const vendor of ['interactly', 'altostrat'] as const) {
      const following = queueFor(
        vendor,
        'cancel-following',
        {},
        { follow: { intervalMs: 60_000 } },
        vendor === 'interactly' ? { fetch: stillRunning } : {},
      );
      const key = `cancel-following-${vendor}`;
      await following.runs.start(workflowOf(vendor), inputOf(key), { key });
      following.worker();
      await until('following', async () => {
        const state = await following.runs.get(key);
        if (state?.phase === 'settled') throw new Error(`settled before following: ${JSON.stringify(state)}`);
        return state?.phase === 'following' || undefined;
      });
      await following.runs.cancel(key);
      const state = await until('settled', () => following.settled[0]);
      expect(state).toMatchObject({ key, phase: 'settled', cancelRequested: true });
      if (vendor === 'interactly') expect(state.run).toMatchObject({ status: 'cancelled' });
      else expect(state.error).toMatchObject({ code: 'not_supported' });
      await following.runs.close();
    }

    // Starting (its start in flight) and being read (a read in flight): acted on once the call is answered.
    // (Altostrat's run is read twice before it settles: the first read, in flight, finds it running.)
    for (const [vendor, position] of [
      ['interactly', 'starting'],
      ['altostrat', 'being read'],
    ] as const) {
      let inFlight = false;
      const slow = async (request: Request) => {
        const slowed = position === 'starting' ? request.method === 'POST' : request.method === 'GET';
        if (slowed) inFlight = true;
        if (slowed) await new Promise((resolve) => setTimeout(resolve, 400));
        return vendor === 'interactly' ? stillRunning(request) : fetch(request);
      };
      const { runs, worker, settled } = queueFor(
        vendor,
        `cancel-${position.replace(' ', '-')}`,
        {},
        {},
        { fetch: slow },
      );
      const key = `cancel-${position}-${vendor}`;
      await runs.start(workflowOf(vendor), inputOf(key), { key });
      worker();
      await until(`a call ${position}`, () => inFlight || undefined);
      await runs.cancel(key);
      const state = await until('settled', () => settled[0]);
      expect(state, position).toMatchObject({ key, phase: 'settled', cancelRequested: true });
      if (vendor === 'interactly') expect(state.run).toMatchObject({ status: 'cancelled' });
      else expect(state.error).toMatchObject({ code: 'not_supported' });
      await runs.close();
    }
  });

  /** The job of a key, as BullMQ holds it, to put it where only a crash could leave it. */
  async function rawJob(queueName: string, key: string) {
    const { Queue: PostgresQueue } = withBackend(createPostgresBackend);
    const queue =
      backend === 'redis'
        ? new Queue(queueName, { connection: { host: '127.0.0.1', port: fleet.server.port } })
        : new PostgresQueue(queueName, {
            connection: { connectionString: `postgres://postgres@127.0.0.1:${fleet.server.port}/postgres` },
          });
    const job = await queue.getJob(`run.${encodeURIComponent(key)}`);
    return { job, close: () => queue.close() };
  }

  /** Queues `key`, then marks it as a worker that crashed after recording its start (and perhaps sending it) would. */
  async function leftStarting(vendor: RegisteredVendor, queueName: string, key: string, startingAt: number) {
    const { runs } = queueFor(vendor, queueName);
    await runs.start(workflowOf(vendor), inputOf(key), { key });
    const raw = await rawJob(`${queueName}-${vendor}`, key);
    const idempotencyKey = vendor === 'altostrat' ? { idempotencyKey: globalThis.crypto.randomUUID() } : {};
    await raw.job?.updateData({ ...raw.job.data, phase: 'starting', startingAt, ...idempotencyKey });
    await raw.close();
    await runs.close();
  }

  it('never resends a stored key past the vendor’s window: Altostrat’s start recorded a day ago is uncertain, not resent', async () => {
    const key = 'window-expired';
    await leftStarting('altostrat', 'window', key, Date.now() - 25 * 3_600_000);
    const { runs, worker } = queueFor('altostrat', 'window');
    const uncertain: RunState[] = [];
    worker({ onUncertain: (state: RunState) => uncertain.push(state) });
    await until('uncertain', () => uncertain[0]);
    expect(uncertain[0]).toMatchObject({ key, phase: 'uncertain', error: { mayHaveStarted: true } });
    expect(uncertain[0]?.error?.message).toMatch(/idempotency key has expired/);
    expect(fleet.starts('altostrat', key)).toHaveLength(0);
    await runs.close();
  });

  it('follows the run a reconcile finds for an uncertain key, and tells onUncertain where it finds none', async () => {
    const vendor = 'embedworkflow';
    for (const [key, found] of [
      ['reconciled', true],
      ['unreconciled', false],
    ] as const) {
      await leftStarting(vendor, `reconcile-${key}`, key, Date.now());
      const uncertain: RunState[] = [];
      const { runs, worker, settled } = queueFor(vendor, `reconcile-${key}`);
      worker({
        // The run the start would have made, as a search of the vendor would find it.
        reconcile: async (state: RunState) =>
          found
            ? {
                vendor,
                workflowId: state.workflowId,
                runId: '0198c2e9-cc9f-7277-af8a-40c7ef19273a',
                status: 'running',
                raw: {},
              }
            : undefined,
        onUncertain: (state: RunState) => uncertain.push(state),
      });
      if (found) {
        const state = await until('settled', () => settled[0]);
        expect(state).toMatchObject({ key, phase: 'settled', run: { status: 'succeeded' }, token: expect.any(String) });
      } else {
        const state = await until('uncertain', () => uncertain[0]);
        expect(state).toMatchObject({ key, phase: 'uncertain', error: { code: 'network', mayHaveStarted: true } });
      }
      // Never sent again: the only starts are those a reconcile cannot see, and there were none.
      expect(fleet.starts(vendor, key)).toHaveLength(0);
      await runs.close();
    }
  });

  it('stores no credential: not in any key or value of Redis, nor any row of PostgreSQL', async () => {
    const secrets = vendors.map((vendor) => vendorCases[vendor].apiKey);
    const texts: string[] = [];
    if (backend === 'redis') {
      const redis = new Redis({ host: '127.0.0.1', port: fleet.server.port });
      for (const key of await redis.keys('*')) {
        texts.push(key);
        const type = await redis.type(key);
        if (type === 'string') texts.push(String(await redis.get(key)));
        else if (type === 'hash') texts.push(JSON.stringify(await redis.hgetall(key)));
        else if (type === 'list') texts.push(JSON.stringify(await redis.lrange(key, 0, -1)));
        else if (type === 'set') texts.push(JSON.stringify(await redis.smembers(key)));
        else if (type === 'zset') texts.push(JSON.stringify(await redis.zrange(key, 0, -1, 'WITHSCORES')));
        else if (type === 'stream') texts.push(JSON.stringify(await redis.xrange(key, '-', '+')));
      }
      redis.disconnect();
    } else {
      const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${fleet.server.port}/postgres` });
      await client.connect();
      const { rows: tables } = await client.query(
        "select table_schema, table_name from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')",
      );
      for (const { table_schema, table_name } of tables) {
        const { rows } = await client.query(`select * from "${table_schema}"."${table_name}"`);
        texts.push(JSON.stringify(rows));
      }
      await client.end();
    }
    const stored = texts.join('\n');
    // The queues of the tests above hold jobs of every vendor: something is stored to look in.
    expect(stored).toContain('fleet-key');
    for (const secret of secrets) expect(stored).not.toContain(secret);
  });
});
