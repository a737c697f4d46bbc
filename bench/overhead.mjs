// Per-request overhead, side by side in one run: raw fetch, bare openapi-fetch, two peers
// (@octokit/request, and the openai SDK's generic request with its retries and timeout), our
// Wiv client and provider and the facade's Wiv provider make the same call, round after round
// in rotating order, so that drift in the machine's speed touches every variant alike. Printed
// as ratios; the JSON adds each variant's spread of per-round ratios to openapi-fetch (noise).
//
//   loopback: a server in a child process answers at once over a kept-alive socket; each client
//             uses the global fetch as it does by default.
//   stub:     fetch answers in-process, as openapi-fetch's own benchmark does, so what is
//             left is the clients' own cost: building the request, middleware, parsing.
import { startLoopback } from './peers/loopback.mjs';
import { inRotatingRounds, medians, ratioRanges } from './peers/rounds.mjs';
import { BASELINE, variants } from './peers/variants.mjs';
import { ANSWER } from './peers/wiv-call.mjs';

async function measure(label, fetchFn, baseUrl, { rounds, callsPerRound }) {
  const calls = Object.fromEntries(Object.entries(variants).map(([name, make]) => [name, make(fetchFn, baseUrl)]));
  const perRound = await inRotatingRounds(Object.keys(calls), rounds, async (name) => {
    const call = calls[name];
    const start = process.hrtime.bigint();
    for (let i = 0; i < callsPerRound; i++) await call();
    return Number(process.hrtime.bigint() - start) / 1000 / callsPerRound;
  });
  const result = medians(perRound);
  const ratioRange = ratioRanges(perRound, BASELINE);
  const raw = result['raw fetch'];
  const bare = result[BASELINE];
  console.log(`\n${label}: ${rounds} rounds x ${callsPerRound} calls per variant, median µs per call`);
  for (const [name, us] of Object.entries(result)) {
    const [low, high] = ratioRange[name];
    console.log(
      `  ${name.padEnd(40)} ${us.toFixed(1).padStart(8)} µs   x${(us / raw).toFixed(2)} raw fetch   x${(us / bare).toFixed(3)} openapi-fetch (rounds ${low.toFixed(2)}–${high.toFixed(2)})`,
    );
  }
  return { label, microsPerCall: result, ratioRange };
}

const server = await startLoopback();
const stub = async () => new Response(ANSWER, { status: 200, headers: { 'content-type': 'application/json' } });
const quick = process.argv.includes('--quick');
const results = [];
try {
  results.push(
    await measure(
      'loopback',
      undefined, // each client's own default: the global fetch
      server.baseUrl,
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
  server.close();
}
if (process.argv.includes('--json')) console.log(JSON.stringify(results));
