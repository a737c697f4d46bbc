// Entry for runtimes that load ES modules themselves (Node, Bun, Deno): the loopback origin
// comes as the first argument; the results go to stdout as one JSON line.
import { runSmoke } from './runtime-smoke.mjs';

const origin = globalThis.Deno ? globalThis.Deno.args[0] : globalThis.process.argv[2];
const results = await runSmoke((vendor) => `${origin}/${vendor}`);
console.log(JSON.stringify(results));
