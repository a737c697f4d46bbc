#!/usr/bin/env node
// pnpm test:matrix: the version matrix of scripts/test-matrix/versions.mjs. Each Node version
// runs the published packages' suites and the reliability harness through turbo (the running
// Node's cells are turbo cache hits after pnpm test); each msw major runs the mock package,
// installed from its tarball in a fresh project; each TypeScript type-checks that project.
// Node and TypeScript builds come from the npm registry on first use and stay in
// node_modules/.cache/test-matrix.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { demoApiKey, demoRun } from '../examples/demo-runs.mjs';
import { vendorSlugs } from './specs.mjs';
import { packPackages } from './support/pack-packages.mjs';
import { testedPackages } from './support/tested-packages.mjs';
import { mswCells, mswRefusedCells, nodeVersions, typescriptVersions } from './test-matrix/versions.mjs';

const root = join(import.meta.dirname, '..');
const cache = join(root, 'node_modules', '.cache', 'test-matrix');
const catalog = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
const pinned = (name) => catalog.match(new RegExp(`^  ${name}: (\\S+)$`, 'm'))?.[1] ?? 'latest';
const results = [];
// `pnpm test:matrix -- msw` runs only the cells whose names contain "msw" (case-insensitive).
const only = process.argv
  .slice(2)
  .filter((arg) => arg !== '--')
  .map((arg) => arg.toLowerCase());

/** Runs one cell, timing it, and records whether it passed; a failing cell does not stop the rest. */
function cell(name, body) {
  if (only.length && !only.some((word) => name.toLowerCase().includes(word))) return;
  const started = performance.now();
  console.log(`\n▶ ${name}`);
  let passed = false;
  let detail = '';
  try {
    detail = body() ?? '';
    passed = true;
  } catch (error) {
    detail = error instanceof Error ? error.message : String(error);
  }
  const seconds = (performance.now() - started) / 1000;
  results.push({ name, passed, seconds, detail });
  console.log(`${passed ? '✓' : '✗'} ${name} (${seconds.toFixed(1)} s)${detail ? `: ${detail}` : ''}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0)
    throw new Error(`${[command, ...args.slice(0, 2)].join(' ')} … exited ${result.status ?? result.signal}`);
}

/** npm install into `dir`, once: the marker file is written only after a complete install. */
function installOnce(dir, specs) {
  const marker = join(dir, '.installed');
  if (existsSync(marker)) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...specs], { cwd: dir });
  writeFileSync(marker, `${specs.join(' ')}\n`);
}

/** The `node` of `version`: this process's own, or the npm registry's build for this platform. */
function nodeBinary(version) {
  if (process.versions.node === version) return process.execPath;
  const platformPackage = `node-${process.platform}-${process.arch}`;
  const dir = join(cache, `node-${version}`);
  installOnce(dir, [`${platformPackage}@${version}`]);
  return join(dir, 'node_modules', platformPackage, 'bin', 'node');
}

const withNode = (bin) => ({ ...process.env, PATH: `${dirname(bin)}${delimiter}${process.env.PATH}` });

function testsPassed(reportFile) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  if (report.numFailedTests > 0 || report.numTotalTests === 0) throw new Error(`${reportFile}: not all passed`);
  return report.numPassedTests;
}

for (const version of nodeVersions) {
  cell(`Node ${version}: published packages' suites and the reliability harness`, () => {
    const bin = nodeBinary(version);
    const own = process.versions.node === version;
    // The running Node shares pnpm test's turbo cache; another Node has its own cache entries
    // and report files (the test tasks declare WORKFLOW_CLIENTS_TEST_NODE).
    const env = own ? process.env : { ...withNode(bin), WORKFLOW_CLIENTS_TEST_NODE: version };
    run(
      join(root, 'node_modules', '.bin', 'turbo'),
      ['run', 'test', '--filter=./packages/*', '--filter=@workflow-clients/tests', '--output-logs=errors-only'],
      { cwd: root, env },
    );
    const report = own ? 'vitest.json' : `vitest-node${version}.json`;
    const dirs = [...testedPackages(root), 'tests'];
    const count = dirs.reduce((sum, dir) => sum + testsPassed(join(root, dir, 'reports', report)), 0);
    return `${count} tests passed`;
  });
}

const tarballs = mkdtempSync(join(tmpdir(), 'wc-matrix-tarballs-'));
const packed = packPackages(root, tarballs);
const demoRuns = Object.fromEntries(vendorSlugs().map((vendor) => [vendor, [...demoRun(vendor), demoApiKey(vendor)]]));
/** The `tsc` of `version`, installed into the cache on first use. */
function compiler(version) {
  const dir = join(cache, `typescript-${version}`);
  installOnce(dir, [`typescript@${version}`]);
  return join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
}

/** A fresh project outside the workspace, with every package from its tarball and this msw, installed on `node`. */
function installConsumer(project, msw, node) {
  const bin = nodeBinary(node);
  cpSync(join(import.meta.dirname, 'test-matrix', 'consumer'), project, { recursive: true });
  writeFileSync(join(project, 'demo-runs.json'), JSON.stringify(demoRuns));
  writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  const toInstall = [
    ...packed,
    `msw@${msw}`,
    `vitest@${pinned('vitest')}`,
    `typescript@${pinned('typescript')}`,
    `@types/node@${node.split('.')[0]}`,
  ];
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...toInstall], {
    cwd: project,
    env: withNode(bin),
  });
  return bin;
}

for (const { msw, node } of mswCells) {
  const project = mkdtempSync(join(tmpdir(), `wc-matrix-msw${msw.split('.')[0]}-`));
  let installed = false;
  cell(`msw ${msw} on Node ${node}: the mock package installed from its tarball`, () => {
    const bin = installConsumer(project, msw, node);
    installed = true;
    const vitest = ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json'];
    run(bin, [...vitest, '--outputFile=report.json'], { cwd: project, env: withNode(bin) });
    return `${testsPassed(join(project, 'report.json'))} tests passed`;
  });
  for (const typescript of typescriptVersions)
    cell(`TypeScript ${typescript}: that project type-checked (msw ${msw})`, () => {
      if (!installed) throw new Error('the project did not install');
      run(process.execPath, [compiler(typescript), '-p', project], { cwd: project });
    });
  rmSync(project, { recursive: true, force: true });
}

for (const { msw, node } of mswRefusedCells) {
  const project = mkdtempSync(join(tmpdir(), `wc-matrix-msw${msw.split('.')[0]}-node${node.split('.')[0]}-`));
  cell(`msw ${msw} on Node ${node}: the mock server refuses to start, naming the Node it needs`, () => {
    const bin = installConsumer(project, msw, node);
    const started = spawnSync(bin, ['start-mock-server.mjs'], { cwd: project, encoding: 'utf8', env: withNode(bin) });
    const said = `${started.stdout}${started.stderr}`;
    if (started.status === 0 || !said.includes('msw 3 needs Node.js 22.12 or later'))
      throw new Error(`expected a refusal naming the Node it needs, got exit ${started.status}: ${said.trim()}`);
    return 'refused';
  });
  rmSync(project, { recursive: true, force: true });
}
rmSync(tarballs, { recursive: true, force: true });

console.log('\nVersion matrix:');
for (const { name, passed, seconds } of results)
  console.log(`${passed ? '✓' : '✗'} ${seconds.toFixed(1).padStart(6)} s  ${name}`);
const total = results.reduce((sum, { seconds }) => sum + seconds, 0);
console.log(`${results.filter((r) => r.passed).length} of ${results.length} cells passed in ${total.toFixed(0)} s`);
if (results.some((r) => !r.passed)) process.exitCode = 1;
