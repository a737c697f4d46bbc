import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createRunQueue, type RunQueue, type RunState, type RunStore } from '@workflow-clients/bullmq';
import { type LoopbackMockServer, startLoopbackMockServer } from '@workflow-clients/msw/node';
import { type RegisteredVendor, vendors } from 'workflow-clients';
import { operationClient } from '../support/clients.js';
import { type StoreServer, startPostgres, startRedis } from '../support/store-servers.mjs';
import { vendorCases } from '../support/vendor-cases.js';

// What the fleet's tests share: a real store (Redis or PostgreSQL), the vendors' loopback mock
// playing its scenario (runs go queued, running, succeeded as they are read), a producer queue
// per vendor, worker processes to start and kill, and counts, at the mock, of what each key
// started.

export type Backend = 'redis' | 'postgres';
export const backends: Backend[] = ['redis', 'postgres'];

/** The input each key is started with: the key itself, so that the mock can tell whose start it saw. */
export const inputOf = (key: string) => ({ 'fleet-key': key });

export interface FleetWorkerOptions {
  concurrency?: number;
  crashAt?: 'after-start-answered' | 'mid-read' | 'during-rate-limit-pause';
  rateLimit?: { max: number; durationMs: number };
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

export interface FleetWorker {
  readonly process: ChildProcess;
  /** Lines the worker printed so far. */
  readonly lines: string[];
  /** Resolves with the first line that starts with `prefix`. */
  line(prefix: string, timeoutMs?: number): Promise<string>;
  kill(): Promise<void>;
  /**
   * Stops the process dead (SIGSTOP) for `ms`, then lets it go on (SIGCONT): a long pause, a
   * suspended machine. Its locks lapse meanwhile, and another worker may take its jobs over.
   */
  freeze(ms: number): Promise<void>;
  stop(): Promise<void>;
}

export interface Fleet {
  backend: Backend;
  server: StoreServer;
  store: RunStore;
  mock: LoopbackMockServer;
  queues: Record<RegisteredVendor, RunQueue>;
  /** The starts the mock answered with a run (2xx), for a key of a vendor. */
  starts(vendor: RegisteredVendor, key: string): Array<{ idempotencyKey?: string }>;
  worker(options?: FleetWorkerOptions): Promise<FleetWorker>;
  /** Resolves once every key is `settled` or `uncertain`, or rejects with those still open after `timeoutMs`. */
  final(vendor: RegisteredVendor, keys: readonly string[], timeoutMs?: number): Promise<RunState[]>;
  dispose(): Promise<void>;
}

const workerScript = join(import.meta.dirname, 'fleet-worker.mjs');
const harnessDir = join(import.meta.dirname, '..');

export async function startFleet(backend: Backend): Promise<Fleet> {
  const server = backend === 'redis' ? await startRedis() : await startPostgres();
  const store: RunStore =
    backend === 'redis'
      ? { redis: { host: '127.0.0.1', port: server.port } }
      : // A small pool per queue: each worker process holds a queue and a worker for every vendor.
        { postgres: { connectionString: `postgres://postgres@127.0.0.1:${server.port}/postgres`, max: 3 } };
  const mock = await startLoopbackMockServer({ scenario: {} });
  const queues = Object.fromEntries(
    vendors.map((vendor) => [
      vendor,
      createRunQueue(operationClient(vendor, { baseUrl: mock.baseUrlOf(vendor) }), {
        store,
        queue: `fleet-${vendor}`,
        storeTimeoutMs: 20_000,
      }),
    ]),
  ) as Record<RegisteredVendor, RunQueue>;
  const workers = new Set<FleetWorker>();

  const fleet: Fleet = {
    backend,
    server,
    store,
    mock,
    queues,
    starts(vendor, key) {
      return (
        mock.mocks.vendors[vendor].calls
          // A start: a POST whose body holds the key's input (not a later turn of Interactly's, which
          // names its run), answered 2xx. A 429 or a refusal started nothing.
          .filter((call) => call.method === 'POST' && call.status >= 200 && call.status < 300)
          .filter((call) => !JSON.stringify(call.body ?? {}).includes('"run_id"'))
          .filter((call) => JSON.stringify(call.body ?? {}).includes(JSON.stringify(inputOf(key)).slice(1, -1)))
          .map((call) => ({
            ...(call.headers['idempotency-key'] ? { idempotencyKey: call.headers['idempotency-key'] } : {}),
          }))
      );
    },
    async worker(options = {}) {
      const config = {
        store,
        baseUrls: Object.fromEntries(vendors.map((vendor) => [vendor, mock.baseUrlOf(vendor)])),
        apiKeys: Object.fromEntries(vendors.map((vendor) => [vendor, vendorCases[vendor].apiKey])),
        ...options,
      };
      const child = spawn(process.execPath, [workerScript, JSON.stringify(config)], {
        cwd: harnessDir,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const lines: string[] = [];
      const waiting = new Set<() => void>();
      let buffer = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        const parts = buffer.split('\n');
        buffer = parts.pop() ?? '';
        lines.push(...parts);
        for (const wake of waiting) wake();
      });
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const worker: FleetWorker = {
        process: child,
        lines,
        line(prefix, timeoutMs = 30_000) {
          return new Promise((resolve, reject) => {
            const check = () => {
              const found = lines.find((line) => line.startsWith(prefix));
              if (found === undefined) return;
              waiting.delete(check);
              clearTimeout(timer);
              resolve(found);
            };
            const timer = setTimeout(() => {
              waiting.delete(check);
              reject(new Error(`the worker printed no line starting "${prefix}" within ${timeoutMs} ms`));
            }, timeoutMs);
            waiting.add(check);
            check();
          });
        },
        async kill() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
          workers.delete(worker);
        },
        async freeze(ms) {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGSTOP');
          await new Promise((resolve) => setTimeout(resolve, ms));
          child.kill('SIGCONT');
        },
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
          workers.delete(worker);
        },
      };
      workers.add(worker);
      await worker.line('ready');
      return worker;
    },
    async final(vendor, keys, timeoutMs = 60_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const states = await Promise.all(keys.map((key) => queues[vendor].get(key)));
        const open = states.filter((state) => !state || (state.phase !== 'settled' && state.phase !== 'uncertain'));
        if (open.length === 0) return states as RunState[];
        if (Date.now() > until)
          throw new Error(
            `${open.length} of ${keys.length} ${vendor} keys are still open: ${JSON.stringify(open.slice(0, 3))}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async dispose() {
      await Promise.all([...workers].map((worker) => worker.kill()));
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
      await mock.close();
      await server.dispose();
    },
  };
  return fleet;
}

/** Each vendor's workflow id, as the spec takes it. */
export const workflowOf = (vendor: RegisteredVendor) => vendorCases[vendor].workflowId;
