// Type-checking cost of a consumer of all five vendors through our packages (type-cost/ours.ts)
// next to the same calls made with bare openapi-fetch (type-cost/bare.ts), from one run of
// `tsc --extendedDiagnostics` each. Instantiation counts are exact; times are this machine's.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const METRICS = ['Files', 'Types', 'Instantiations', 'Memory used', 'Check time', 'Total time'];

function diagnostics(project) {
  const output = execFileSync(process.execPath, [tsc, '--noEmit', '--extendedDiagnostics', '-p', project], {
    encoding: 'utf8',
    cwd: import.meta.dirname,
  });
  return Object.fromEntries(
    METRICS.map((metric) => {
      const line = output.split('\n').find((text) => text.startsWith(`${metric}:`));
      if (!line) throw new Error(`tsc printed no "${metric}" for ${project}`);
      return [metric, Number.parseFloat(line.slice(metric.length + 1).trim())];
    }),
  );
}

const ours = diagnostics('type-cost/tsconfig.ours.json');
const bare = diagnostics('type-cost/tsconfig.bare.json');
console.log(`${'tsc --extendedDiagnostics'.padEnd(20)} ${'ours'.padStart(10)} ${'bare'.padStart(10)}  ratio`);
for (const metric of METRICS) {
  const unit = metric.endsWith('time') ? 's' : metric === 'Memory used' ? 'K' : '';
  console.log(
    `${metric.padEnd(20)} ${`${ours[metric]}${unit}`.padStart(10)} ${`${bare[metric]}${unit}`.padStart(10)}  x${(ours[metric] / bare[metric]).toFixed(2)}`,
  );
}
if (process.argv.includes('--json')) console.log(JSON.stringify({ ours, bare }));
