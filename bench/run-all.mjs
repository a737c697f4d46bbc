// Every measurement in one go, printed as the Markdown that docs/performance.md carries between its
// bench markers; --write-docs puts it there, so no figure on that page is copied by hand. Each
// figure comes from the script named beside it, which can also be run on its own. --quick passes
// on to the scripts that take it, for a smoke check whose figures mean little (it never writes).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

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

// Each script's figures are kept as soon as it has measured them, so that a run that fails in
// a late step loses nothing: `--from-last-run` prints (and with --write-docs, writes) the page's
// figures from the last complete run without measuring again.
const lastRunPath = join(here, '.last-run.json');
const fromLastRun = process.argv.includes('--from-last-run');
const measured = fromLastRun ? JSON.parse(readFileSync(lastRunPath, 'utf8')) : { quick: quick.length > 0 };
function measure(name, take) {
  if (!fromLastRun) {
    measured[name] = take();
    writeFileSync(lastRunPath, JSON.stringify(measured));
  }
  if (!(name in measured)) throw new Error(`pnpm bench: the last run did not measure ${name}; run it again`);
  return measured[name];
}
const sizes = measure('sizes', () => JSON.parse(sizeLimit()));
const overhead = measure('overhead', () => node('overhead.mjs', ...quick));
const throughput = measure('throughput', () => node('throughput.mjs', ...quick));
const heap = measure('heap', () => node('heap.mjs', ...quick));
const coldImport = measure('coldImport', () => node('cold-import.mjs', ...quick));
const bundle = measure('bundle', () => node('bundle-size.mjs', ...quick));
const types = measure('types', () => node('type-cost.mjs'));
const build = measure('build', () => node('build-time.mjs'));
const loop = measure('loop', () => node('vendor-loop.mjs'));
if (!fromLastRun) {
  measured.day = new Date().toISOString().slice(0, 10);
  measured.node = process.versions.node.split('.').slice(0, 2).join('.');
  measured.cores = availableParallelism();
  writeFileSync(lastRunPath, JSON.stringify(measured));
}

const lines = [];
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
/** A ratio as the page writes it: `×0.93`. */
const times = (value) => `×${value.toFixed(2)}`;
const ratio = (value, base) => times(value / base);
const signed = (ms) => `${ms < 0 ? '−' : '+'}${Math.abs(ms).toFixed(1)}`;
const range = (values, format) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? format(low) : `${format(low)} to ${format(high)}`;
};
const verdict = (met) => (met ? 'met' : '**not met**');
/** A peer's name with its installed major.minor, so a row says what it measured. */
function versioned(name, pkg) {
  const { version } = JSON.parse(readFileSync(join(here, 'node_modules', pkg, 'package.json'), 'utf8'));
  return `${name} ${version
    .split('.')
    .slice(0, version.startsWith('0.') ? 2 : 1)
    .join('.')}`;
}
const label = {
  'raw fetch': 'raw fetch',
  'bare openapi-fetch': versioned('bare openapi-fetch', 'openapi-fetch'),
  'floor: openapi-fetch + timeout': 'floor: openapi-fetch + timeout',
  '@octokit/request': versioned('@octokit/request', '@octokit/request'),
  'openai SDK (client.post)': `${versioned('openai SDK', 'openai')} (client.post)`,
  'our client (createWivClient)': '**ours: createWivClient**',
  'ours (createWivProvider().run)': '**ours: createWivProvider().run**',
  'facade provider (createWorkflowClient)': '**facade: createWorkflowClient**',
};

// Performance, one row per client: each column is one script's median, as a ratio to bare
// openapi-fetch (or to raw fetch), measured in the same run so that the rows compare.
const [loopback, stub] = overhead;
const BASE = 'bare openapi-fetch';
lines.push(
  '| client | ×raw fetch per call (loopback) | ×openapi-fetch (loopback) | ×openapi-fetch (stub) | calls/s at c=100 (×openapi-fetch) | heap per in-flight call (×openapi-fetch) | cold import (ms over openapi-fetch) | gz bytes |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
);
for (const name of Object.keys(loopback.microsPerCall)) {
  const subpath =
    name === 'facade provider (createWorkflowClient)'
      ? ` (\`workflow-clients/wiv\`: ${signed(coldImport.msOverBaseline['workflow-clients/wiv'])})`
      : '';
  const cells = [
    ratio(loopback.microsPerCall[name], loopback.microsPerCall['raw fetch']),
    ratio(loopback.microsPerCall[name], loopback.microsPerCall[BASE]),
    ratio(stub.microsPerCall[name], stub.microsPerCall[BASE]),
    `${throughput.callsPerSec[name].toFixed(0)} (${ratio(throughput.callsPerSec[name], throughput.callsPerSec[BASE])})`,
    `${(heap.bytesPerCall[name] / 1000).toFixed(1)} kB (${ratio(heap.bytesPerCall[name], heap.bytesPerCall[BASE])})`,
    `${signed(coldImport.byVariant[name])}${name === 'raw fetch' ? ' (imports nothing)' : subpath}`,
    bundle.gzBytes[name] ?? '',
  ];
  lines.push(`| ${label[name] ?? name} | ${cells.join(' | ')} |`);
}

// Noise: per ratio column, the spread of per-round ratios to openapi-fetch for our provider
// row and for whichever client spread widest; for cold import, the interquartile range of ours.
const OURS = 'ours (createWivProvider().run)';
const OUR_ROWS = ['our client (createWivClient)', OURS, 'facade provider (createWorkflowClient)'];
function spread(name, ratioRange) {
  const span = ([low, high]) => `${low.toFixed(2)}–${high.toFixed(2)}`;
  const [widest, widestRange] = Object.entries(ratioRange)
    .filter(([client]) => client !== BASE)
    .sort(([, a], [, b]) => b[1] / b[0] - a[1] / a[0])[0];
  return `${name} ${span(ratioRange[OURS])} (widest: ${label[widest] ?? widest} ${span(widestRange)})`;
}
const iqr = ([low, high]) => `${signed(low)} to ${signed(high)} ms`;
lines.push(
  '',
  `Noise in this run, as the per-round ratio to openapi-fetch, min–max, of ${label[OURS]}: ${[
    spread('loopback', loopback.ratioRange),
    spread('stub', stub.ratioRange),
    spread('c=100', throughput.ratioRange),
    spread('heap', heap.ratioRange),
  ].join('; ')}. Cold import of @workflow-clients/wiv over openapi-fetch, interquartile range of the runs: ${iqr(
    coldImport.baselineIqr['@workflow-clients/wiv'],
  )} (node startup floor ${coldImport.floorMs.toFixed(0)} ms). Gz bytes are exact.`,
);

// The targets, judged from this run's figures over our three rows.
const ours = (column, base) => OUR_ROWS.map((name) => column[name] / column[base]);
const loopbackRatios = ours(loopback.microsPerCall, BASE);
const stubRatios = ours(stub.microsPerCall, BASE);
const throughputRatios = ours(throughput.callsPerSec, BASE);
const heapRatios = ours(heap.bytesPerCall, BASE);
const subpathImport = coldImport.msOverBaseline['workflow-clients/wiv'];
lines.push(
  '',
  '| target (our three rows) | this run | verdict |',
  '| --- | --- | --- |',
  `| per call on loopback, within 5% of openapi-fetch | ${range(loopbackRatios, times)} | ${verdict(Math.max(...loopbackRatios) <= 1.05)} |`,
  `| calls/s at c=100, at least ×0.95 openapi-fetch | ${range(throughputRatios, times)} | ${verdict(Math.min(...throughputRatios) >= 0.95)} |`,
  `| heap per in-flight call, at most ×1.2 openapi-fetch | ${range(heapRatios, times)} | ${verdict(Math.max(...heapRatios) <= 1.2)} |`,
  `| per call with the stub, at most ×1.4 openapi-fetch | ${range(stubRatios, times)} (the floor: ${times(stub.microsPerCall['floor: openapi-fetch + timeout'] / stub.microsPerCall[BASE])}) | ${verdict(Math.max(...stubRatios) <= 1.4)} |`,
  `| cold import of \`workflow-clients/wiv\`, within 2 ms of openapi-fetch | ${signed(subpathImport)} ms | ${verdict(subpathImport <= 2)} |`,
);

// Sizes against their budgets and the targets we once set, then the costs of types and builds.
const targetKb = { vendor: 8, facade: 10.5 };
lines.push('', '| measure | this run | compared | reproduce |', '| --- | --- | --- | --- |');
for (const { name, size, sizeLimit: limit, passed } of sizes) {
  const facade = name.startsWith('workflow-clients: ');
  const subpath = name.startsWith('workflow-clients/');
  const baseline = name.startsWith('baseline: ');
  const target = facade ? targetKb.facade : subpath || baseline ? null : targetKb.vendor;
  const compared = [
    `budget ${kB(limit)}${passed ? '' : ', **over**'}`,
    target
      ? `target ${target} kB: ${verdict(size <= target * 1000)}`
      : baseline
        ? 'what every bundle holds'
        : 'the vendor package alone, by budget',
  ];
  lines.push(`| min+gzip, \`${name}\` | ${kB(size)} | ${compared.join('; ')} | \`pnpm bench:size\` |`);
}
for (const metric of ['Instantiations', 'Check time']) {
  const unit = metric === 'Check time' ? ' s' : '';
  lines.push(
    `| type ${metric.toLowerCase()}, a consumer of all five vendors | ${types.ours[metric]}${unit} | ${ratio(types.ours[metric], types.bare[metric])} the same calls on bare openapi-fetch | \`pnpm bench:types\` |`,
  );
}
for (const [step, time] of Object.entries(build)) {
  const target = step === 'pnpm build (fully cached)' ? `target under 2 s: ${verdict(time < 2)}` : '';
  lines.push(`| \`${step}\` | ${time.toFixed(2)} s | ${target} | \`pnpm bench:build\` |`);
}
for (const [step, time] of Object.entries(loop)) {
  const target = step === 'the loop' ? `target under 120 s: ${verdict(time < 120)}` : '';
  lines.push(`| one vendor's loop: ${step} | ${time.toFixed(1)} s | ${target} | \`pnpm bench:loop\` |`);
}
lines.push('', `Measured on ${measured.day} by \`pnpm bench\` (Node ${measured.node}, ${measured.cores} cores).`);

process.stdout.write(`\n${lines.join('\n')}\n`);
if (process.argv.includes('--write-docs')) {
  if (measured.quick) throw new Error('pnpm bench: --quick figures mean little; they are not written to the docs');
  const pagePath = join(here, '..', 'docs', 'performance.md');
  const marked = /<!-- bench:start -->\n[\s\S]*?\n<!-- bench:end -->/;
  const page = readFileSync(pagePath, 'utf8');
  if (!marked.test(page)) throw new Error('docs/performance.md has no bench markers');
  writeFileSync(
    pagePath,
    page.replace(marked, () => `<!-- bench:start -->\n${lines.join('\n')}\n<!-- bench:end -->`),
  );
}
