// Throughput at 100 concurrent calls: 100 workers each make one variant's call in a loop for a
// fixed time against the loopback server, variants in rotating order round after round; calls
// per second, median over the rounds, and the ratio to openapi-fetch. Every variant calls the
// global fetch, so all share undici's one connection pool (one socket per worker, kept alive).
// With two cores the server's own work can cap every variant alike: read the ratios with that.
import { startLoopback } from './peers/loopback.mjs';
import { inRotatingRounds, medians, ratioRanges } from './peers/rounds.mjs';
import { BASELINE, variants } from './peers/variants.mjs';

const CONCURRENCY = 100;
const quick = process.argv.includes('--quick');
const { rounds, seconds } = quick ? { rounds: 2, seconds: 0.5 } : { rounds: 4, seconds: 2 };

/** Calls completed within `seconds` by CONCURRENCY workers; a failing call fails the run. */
async function callsPerSecond(call, seconds) {
  const end = performance.now() + seconds * 1000;
  let completed = 0;
  const worker = async () => {
    while (performance.now() < end) {
      await call();
      if (performance.now() <= end) completed++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return completed / seconds;
}

const server = await startLoopback();
let perRound;
try {
  const calls = Object.fromEntries(
    Object.entries(variants).map(([name, make]) => [name, make(undefined, server.baseUrl)]),
  );
  perRound = await inRotatingRounds(Object.keys(calls), rounds, (name, warmup) =>
    callsPerSecond(calls[name], warmup ? 0.3 : seconds),
  );
} finally {
  server.close();
}

const callsPerSec = medians(perRound);
const ratioRange = ratioRanges(perRound, BASELINE);
console.log(`\nthroughput at c=${CONCURRENCY}: ${rounds} rounds x ${seconds} s per variant, median calls/s`);
for (const [name, rate] of Object.entries(callsPerSec)) {
  const [low, high] = ratioRange[name];
  console.log(
    `  ${name.padEnd(40)} ${rate.toFixed(0).padStart(7)} calls/s   x${(rate / callsPerSec[BASELINE]).toFixed(3)} openapi-fetch (rounds ${low.toFixed(2)}–${high.toFixed(2)})`,
  );
}
if (process.argv.includes('--json')) console.log(JSON.stringify({ concurrency: CONCURRENCY, callsPerSec, ratioRange }));
