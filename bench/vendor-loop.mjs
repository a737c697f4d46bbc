// The maintainer's loop for one vendor, timed on a temporary copy of the working tree (so the
// repository is left alone): a spec edit, `pnpm generate`, then every published package's
// typecheck and tests with turbo's cache warm from a first run, so that only what the edit
// reaches re-runs (the vendor, the mock, the facade; the other vendors and core are cache hits).
// Target: under two minutes on two cores. Then, timed apart, what `pnpm test` adds on top: the
// cross-vendor suites of tests/, which cover every vendor and so re-run after any edit. (The
// maintainers' own scripts are never cached: their tests rebuild whole workspaces.)
//   node vendor-loop.mjs [--vendor altostrat] [--json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyWorkingTree } from '../scripts/support/copy-working-tree.mjs';

const root = join(import.meta.dirname, '..');
const vendorFlag = process.argv.indexOf('--vendor');
const vendor = vendorFlag > 0 ? process.argv[vendorFlag + 1] : 'altostrat';
const copy = mkdtempSync(join(tmpdir(), 'wc-loop-'));
const env = { ...process.env, CI: '', TURBO_TELEMETRY_DISABLED: '1' };
const quiet = (command, args) => execFileSync(command, args, { cwd: copy, stdio: 'ignore', env });

let lastOutput = '';
function seconds(command, args) {
  const start = process.hrtime.bigint();
  lastOutput = execFileSync(command, args, { cwd: copy, encoding: 'utf8', env });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

try {
  copyWorkingTree(root, copy);
  quiet('pnpm', ['install', '--offline', '--frozen-lockfile']);
  const turbo = ['exec', 'turbo', 'run', 'typecheck', 'test'];
  const check = [...turbo, '--filter=./packages/*'];
  const harness = [...turbo, '--filter=@workflow-clients/tests'];
  quiet('pnpm', check);
  quiet('pnpm', harness);

  // The edit: the spec's own summary of itself, reworded (a patch, as the gate will say).
  const spec = join(copy, 'specs', vendor, 'openapi.yaml');
  writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^ {2}title: (.*)$/m, '  title: $1 (revised)'));
  const results = {
    [`pnpm generate after an edit to ${vendor}`]: seconds('pnpm', ['generate']),
    'typecheck and test every published package (the rest cached)': seconds('pnpm', [...check, '--summarize']),
  };
  // Turbo's summary of that run: which tasks ran (the rest were cache hits), and for how long.
  const runsDir = join(copy, '.turbo', 'runs');
  const summary = JSON.parse(readFileSync(join(runsDir, readdirSync(runsDir).at(-1)), 'utf8'));
  const ran = summary.tasks
    .filter((task) => task.cache.status !== 'HIT' && task.command !== '<NONEXISTENT>')
    .map((task) => [task.taskId, (task.execution.endTime - task.execution.startTime) / 1000]);
  // Turbo's own count of what the edit left cached, e.g. "Cached:    14 cached, 21 total".
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(lastOutput);
  results['the loop'] = Object.values(results).reduce((sum, time) => sum + time, 0);
  results['then the cross-vendor suites (tests/)'] = seconds('pnpm', harness);
  for (const [step, time] of Object.entries(results))
    console.log(`${step.padEnd(58)} ${time.toFixed(1).padStart(6)} s`);
  if (cached) console.log(`turbo tasks cached after the edit: ${cached[1]} of ${cached[2]}; these ran:`);
  for (const [task, time] of ran) console.log(`  ${task.padEnd(56)} ${time.toFixed(1).padStart(6)} s`);
  if (process.argv.includes('--json')) console.log(JSON.stringify(results));
} finally {
  rmSync(copy, { recursive: true, force: true });
}
