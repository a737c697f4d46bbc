// Cold import: the wall time of a fresh `node` that imports one module and exits, less that of
// a `node` that imports nothing (the startup floor). Runs alternate between the modules, so
// that drift in the machine's speed touches each alike; median per module, and the difference
// to openapi-fetch with its interquartile range over the runs (each run's difference taken
// within the run).
import { spawnSync } from 'node:child_process';
import { importedModule } from './peers/variants.mjs';

const EMPTY = '(empty program)';
const BASELINE = 'openapi-fetch';
const modules = [
  EMPTY,
  'openapi-fetch',
  '@workflow-clients/wiv',
  'workflow-clients/wiv',
  'workflow-clients',
  '@octokit/request',
  'openai',
];
const runs = process.argv.includes('--quick') ? 3 : 20;

/** Milliseconds for one fresh node to import `module` (resolved from bench/) and exit. */
function coldImport(module) {
  const source = module === EMPTY ? '' : `import ${JSON.stringify(module)};`;
  const start = process.hrtime.bigint();
  const { status, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', source], {
    cwd: import.meta.dirname,
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (status !== 0) throw new Error(`importing ${module} failed:\n${stderr}`);
  return ms;
}

const times = Object.fromEntries(modules.map((module) => [module, []]));
// Run -1 fills the file system cache and is not counted.
for (let run = -1; run < runs; run++) {
  for (let i = 0; i < modules.length; i++) {
    const module = modules[(i + Math.max(run, 0)) % modules.length];
    const ms = coldImport(module);
    if (run >= 0) times[module].push(ms);
  }
}

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)];
const median = (values) => quantile(values, 0.5);
const floor = median(times[EMPTY]);
const msOverEmpty = Object.fromEntries(modules.map((module) => [module, median(times[module]) - floor]));
const msOverBaseline = {};
const baselineIqr = {};
for (const module of modules) {
  const differences = times[module].map((ms, run) => ms - times[BASELINE][run]);
  msOverBaseline[module] = median(differences);
  baselineIqr[module] = [quantile(differences, 0.25), quantile(differences, 0.75)];
}
console.log(`\ncold import: ${runs} runs per module, median ms; node startup floor ${floor.toFixed(1)} ms`);
for (const module of modules) {
  const [low, high] = baselineIqr[module];
  console.log(
    `  ${module.padEnd(24)} ${msOverEmpty[module].toFixed(1).padStart(6)} ms over the floor   ${msOverBaseline[module] >= 0 ? '+' : ''}${msOverBaseline[module].toFixed(1)} ms vs openapi-fetch (IQR ${low.toFixed(1)} to ${high.toFixed(1)})`,
  );
}
// Keyed by variant too, for run-all's table (raw fetch imports nothing: the empty program).
const byVariant = Object.fromEntries(
  Object.entries(importedModule).map(([name, module]) => [name, msOverBaseline[module ?? EMPTY]]),
);
if (process.argv.includes('--json'))
  console.log(JSON.stringify({ floorMs: floor, msOverEmpty, msOverBaseline, baselineIqr, byVariant }));
