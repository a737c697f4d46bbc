// Heap per in-flight call: each variant starts N calls against the loopback server, which
// holds every answer back until all N requests have arrived; then a full GC, and the heap in
// use above the baseline taken before the calls, divided by N, is what one pending call keeps
// alive: the client's own objects plus undici's real request objects (same for all, as every
// variant goes through the global fetch). Median over rounds in rotating order; a first round,
// not counted, opens the N sockets so that no counted round pays for new connections. N is
// 1000, not more, to keep the run near a minute on two cores: the ratios hardly move with N.
import { spawnSync } from 'node:child_process';
import { startLoopback } from './peers/loopback.mjs';
import { inRotatingRounds, medians, ratioRanges } from './peers/rounds.mjs';
import { BASELINE, variants } from './peers/variants.mjs';

// A full collection before each reading needs --expose-gc: run again with it.
if (!globalThis.gc) {
  const { status } = spawnSync(process.execPath, ['--expose-gc', import.meta.filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(status ?? 1);
}

const quick = process.argv.includes('--quick');
const { rounds, inFlight } = quick ? { rounds: 2, inFlight: 200 } : { rounds: 5, inFlight: 1000 };

function heapUsed() {
  // Twice: objects freed by the first collection's finalizers go in the second.
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

async function bytesPerPendingCall(call, server) {
  const { arrived } = await server.hold(inFlight);
  const before = heapUsed();
  const pending = Array.from({ length: inFlight }, () => call());
  await arrived;
  const during = heapUsed();
  server.release();
  await Promise.all(pending);
  return (during - before) / inFlight;
}

const server = await startLoopback();
let perRound;
try {
  const calls = Object.fromEntries(
    Object.entries(variants).map(([name, make]) => [name, make(undefined, server.baseUrl)]),
  );
  perRound = await inRotatingRounds(Object.keys(calls), rounds, (name) => bytesPerPendingCall(calls[name], server));
} finally {
  server.close();
}

const bytesPerCall = medians(perRound);
const ratioRange = ratioRanges(perRound, BASELINE);
console.log(`\nheap per in-flight call: ${rounds} rounds x ${inFlight} calls held by the server, median bytes`);
for (const [name, bytes] of Object.entries(bytesPerCall)) {
  const [low, high] = ratioRange[name];
  console.log(
    `  ${name.padEnd(40)} ${bytes.toFixed(0).padStart(7)} B   x${(bytes / bytesPerCall[BASELINE]).toFixed(2)} openapi-fetch (rounds ${low.toFixed(2)}–${high.toFixed(2)})`,
  );
}
if (process.argv.includes('--json')) console.log(JSON.stringify({ inFlight, bytesPerCall, ratioRange }));
