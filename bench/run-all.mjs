// Every measurement in one go, printed as the Markdown tables docs/performance.md carries. Each figure
// comes from the script named beside it, which can also be run on its own. --quick passes on
// to the scripts that take it, for a smoke check whose figures mean little.
import { execFileSync } from 'node:child_process';

const here = import.meta.dirname;

function lastJsonLine(command, args) {
  const output = execFileSync(command, args, { cwd: here, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stderr.write(output.replace(/^[[{].*$/m, ''));
  return JSON.parse(output.trim().split('\n').at(-1));
}

const node = (script, ...args) => lastJsonLine(process.execPath, [script, '--json', ...args]);
const quick = process.argv.includes('--quick') ? ['--quick'] : [];
// size-limit exits 1 when a bundle is over its budget; the sizes are still worth printing (the
// budget itself is enforced by `pnpm test`), so read its JSON either way.
function sizeLimit() {
  try {
    return execFileSync('pnpm', ['exec', 'size-limit', '--json'], { cwd: here, encoding: 'utf8' });
  } catch (error) {
    if (!error.stdout?.trim().startsWith('[')) throw error;
    return error.stdout;
  }
}
const sizes = JSON.parse(sizeLimit());
const overhead = node('overhead.mjs', ...quick);
const throughput = node('throughput.mjs', ...quick);
const heap = node('heap.mjs', ...quick);
const coldImport = node('cold-import.mjs', ...quick);
const bundle = node('bundle-size.mjs', ...quick);
const types = node('type-cost.mjs');
const build = node('build-time.mjs');
const loop = node('vendor-loop.mjs');

const rows = [];
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
for (const { name, size, sizeLimit: limit, passed } of sizes)
  rows.push([`Size, min+gzip: ${name}`, kB(size), `budget ${kB(limit)}${passed ? '' : ', over'}`, 'pnpm bench:size']);
for (const { label, microsPerCall } of overhead) {
  const raw = microsPerCall['raw fetch'];
  const bare = microsPerCall['bare openapi-fetch'];
  for (const [variant, us] of Object.entries(microsPerCall)) {
    if (variant === 'raw fetch') continue;
    rows.push([
      `Overhead (${label}): ${variant}`,
      `${us.toFixed(0)} µs/call`,
      `x${(us / raw).toFixed(2)} raw fetch, x${(us / bare).toFixed(2)} openapi-fetch`,
      'pnpm bench:overhead',
    ]);
  }
}
for (const metric of ['Instantiations', 'Check time']) {
  const unit = metric === 'Check time' ? ' s' : '';
  rows.push([
    `Type cost: ${metric}, five vendors`,
    `${types.ours[metric]}${unit}`,
    `x${(types.ours[metric] / types.bare[metric]).toFixed(2)} bare openapi-fetch`,
    'pnpm bench:types',
  ]);
}
for (const [step, time] of Object.entries(build)) rows.push([step, `${time.toFixed(2)} s`, '', 'pnpm bench:build']);
for (const [step, time] of Object.entries(loop)) {
  const target = step === 'the loop' ? `target under 120 s: ${time < 120 ? 'met' : 'missed'}` : '';
  rows.push([step, `${time.toFixed(1)} s`, target, 'pnpm bench:loop']);
}

console.log('\n| Measure | Value | Compared | Reproduce |\n| --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);

// Performance, one row per client: each column is one script's median, as a ratio to bare
// openapi-fetch (or to raw fetch), measured in the same run so that the rows compare.
const [loopback, stub] = overhead;
const ratio = (value, base) => `×${(value / base).toFixed(2)}`;
const signed = (ms) => `${ms < 0 ? '−' : '+'}${Math.abs(ms).toFixed(1)}`;
console.log(
  '\n| client | ×raw fetch per call (loopback) | ×openapi-fetch (loopback) | ×openapi-fetch (stub) | calls/s at c=100 (×openapi-fetch) | heap per in-flight call (×openapi-fetch) | cold import (ms over openapi-fetch) | gz bytes |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
const BASE = 'bare openapi-fetch';
for (const name of Object.keys(loopback.microsPerCall)) {
  const cells = [
    ratio(loopback.microsPerCall[name], loopback.microsPerCall['raw fetch']),
    ratio(loopback.microsPerCall[name], loopback.microsPerCall[BASE]),
    ratio(stub.microsPerCall[name], stub.microsPerCall[BASE]),
    `${throughput.callsPerSec[name].toFixed(0)} (${ratio(throughput.callsPerSec[name], throughput.callsPerSec[BASE])})`,
    `${(heap.bytesPerCall[name] / 1000).toFixed(1)} kB (${ratio(heap.bytesPerCall[name], heap.bytesPerCall[BASE])})`,
    `${signed(coldImport.byVariant[name])}${name === 'raw fetch' ? ' (imports nothing)' : ''}`,
    bundle.gzBytes[name] ?? '',
  ];
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}

// Noise: per ratio column, the spread of per-round ratios to openapi-fetch for our provider
// row and for whichever client spread widest; for cold import, the interquartile range of ours.
const ours = 'ours (createWivProvider().run)';
function spread(label, ratioRange) {
  const range = ([low, high]) => `${low.toFixed(2)}–${high.toFixed(2)}`;
  const [widest, widestRange] = Object.entries(ratioRange)
    .filter(([client]) => client !== BASE)
    .sort(([, a], [, b]) => b[1] / b[0] - a[1] / a[0])[0];
  return `${label} ${range(ratioRange[ours])} (widest: ${widest} ${range(widestRange)})`;
}
const iqr = ([low, high]) => `${signed(low)} to ${signed(high)} ms`;
console.log(
  `\nNoise: per-round ratio to openapi-fetch, min–max, for ${ours}: ${[
    spread('loopback', loopback.ratioRange),
    spread('stub', stub.ratioRange),
    spread('c=100', throughput.ratioRange),
    spread('heap', heap.ratioRange),
  ].join('; ')}. Cold import of @workflow-clients/wiv over openapi-fetch, interquartile range of the runs: ${iqr(
    coldImport.baselineIqr['@workflow-clients/wiv'],
  )} (node startup floor ${coldImport.floorMs.toFixed(0)} ms). Gz bytes are exact.`,
);
