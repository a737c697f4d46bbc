// Wall time of the maintainers' loop, from the repository root: `pnpm generate` (every spec to
// types and embedded spec modules) and `pnpm build`, cold (turbo's cache bypassed with --force)
// and fully cached. Cold runs once by default (--runs N for more); cached runs five times.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const runsFlag = process.argv.indexOf('--runs');
const coldRuns = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 1;

function seconds(args) {
  const start = process.hrtime.bigint();
  execFileSync('pnpm', args, { cwd: root, stdio: 'ignore', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const repeat = (times, args) => median(Array.from({ length: times }, () => seconds(args)));

const results = {
  'pnpm generate (uncached)': repeat(coldRuns, ['exec', 'turbo', 'run', 'generate', '--force']),
  'pnpm generate (cached)': repeat(5, ['generate']),
  'pnpm build (cold)': repeat(coldRuns, ['exec', 'turbo', 'run', 'build', '--force']),
  'pnpm build (fully cached)': repeat(5, ['build']),
};
for (const [step, time] of Object.entries(results)) console.log(`${step.padEnd(28)} ${time.toFixed(2).padStart(7)} s`);
if (process.argv.includes('--json')) console.log(JSON.stringify(results));
