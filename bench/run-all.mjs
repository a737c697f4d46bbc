// Every measurement in one go, printed as the Markdown table the README carries. Each figure
// comes from the script named beside it, which can also be run on its own.
import { execFileSync } from 'node:child_process';

const here = import.meta.dirname;

function lastJsonLine(command, args) {
  const output = execFileSync(command, args, { cwd: here, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stderr.write(output.replace(/^[[{].*$/m, ''));
  return JSON.parse(output.trim().split('\n').at(-1));
}

const node = (script, ...args) => lastJsonLine(process.execPath, [script, '--json', ...args]);
const sizes = JSON.parse(execFileSync('pnpm', ['exec', 'size-limit', '--json'], { cwd: here, encoding: 'utf8' }));
const overhead = node('overhead.mjs');
const types = node('type-cost.mjs');
const build = node('build-time.mjs');
const loop = node('vendor-loop.mjs');

const rows = [];
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
for (const { name, size, sizeLimit: limit } of sizes)
  rows.push([`Size, min+gzip: ${name}`, kB(size), `budget ${kB(limit)}`, 'pnpm bench:size']);
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
