// The maintainer's loop for one vendor, timed on a temporary copy of the working tree (so the
// repository is left alone): a spec edit, `pnpm generate`, then typecheck and tests of what the
// edit reaches (the vendor, the mock and the facade), with turbo's cache warm from a first
// build. Target: under two minutes on two cores.
//   node vendor-loop.mjs [--vendor altostrat] [--json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyWorkingTree } from '../scripts/support/copy-working-tree.mjs';

const root = join(import.meta.dirname, '..');
const vendorFlag = process.argv.indexOf('--vendor');
const vendor = vendorFlag > 0 ? process.argv[vendorFlag + 1] : 'altostrat';
const copy = mkdtempSync(join(tmpdir(), 'wc-loop-'));
const env = { ...process.env, CI: '', TURBO_TELEMETRY_DISABLED: '1' };
const quiet = (command, args) => execFileSync(command, args, { cwd: copy, stdio: 'ignore', env });

function seconds(command, args) {
  const start = process.hrtime.bigint();
  quiet(command, args);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

try {
  copyWorkingTree(root, copy);
  quiet('pnpm', ['install', '--offline', '--frozen-lockfile']);
  quiet('pnpm', ['exec', 'turbo', 'run', 'build', 'typecheck', 'test', `--filter=@workflow-clients/${vendor}`]);

  // The edit: the spec's own summary of itself, reworded (a patch, as the gate will say).
  const spec = join(copy, 'specs', vendor, 'openapi.yaml');
  writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^ {2}title: (.*)$/m, '  title: $1 (revised)'));
  const reached = [`@workflow-clients/${vendor}`, '@workflow-clients/msw', 'workflow-clients'].map(
    (name) => `--filter=${name}`,
  );
  const results = {
    [`pnpm generate after an edit to ${vendor}`]: seconds('pnpm', ['generate']),
    [`typecheck and test ${vendor}, the mock and the facade`]: seconds('pnpm', [
      'exec',
      'turbo',
      'run',
      'typecheck',
      'test',
      ...reached,
    ]),
  };
  const total = Object.values(results).reduce((sum, time) => sum + time, 0);
  results['the loop'] = total;
  for (const [step, time] of Object.entries(results))
    console.log(`${step.padEnd(58)} ${time.toFixed(1).padStart(6)} s`);
  if (process.argv.includes('--json')) console.log(JSON.stringify(results));
} finally {
  rmSync(copy, { recursive: true, force: true });
}
