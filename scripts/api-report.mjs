#!/usr/bin/env node
// pnpm api:report: each published package's public API, as API Extractor reads it from the
// built declaration files, one report per entry point in packages/<name>/api-report/. A
// maintainer commits the reports, so a pull request that changes a public API shows the change
// for review. With CI set (or --check) it writes nothing and fails on any difference, naming
// each changed report; pnpm test runs it that way (scripts/api-report.test.ts).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { consumerCompilerOptions } from './support/consumer-compiler-options.mjs';

const root = join(import.meta.dirname, '..');

/** Every published package's entry points with declaration files: `.` is named `index`. */
export function entryPoints(packagesDir = join(root, 'packages')) {
  return readdirSync(packagesDir).flatMap((name) => {
    const dir = join(packagesDir, name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (manifest.private) return [];
    return Object.entries(manifest.exports ?? {})
      .filter(([, target]) => typeof target === 'object' && target.import?.types)
      .map(([subpath, target]) => ({
        packageName: manifest.name,
        dir,
        entry: subpath === '.' ? 'index' : subpath.slice(2),
        declarations: join(dir, target.import.types),
      }));
  });
}

/** Whether the package's shipped sources import a private workspace package, which its build bundles. */
function bundlesPrivatePackage(dir) {
  const packagesDir = join(dir, '..');
  const privateNames = readdirSync(packagesDir)
    .map((name) => join(packagesDir, name, 'package.json'))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')))
    .filter((other) => other.private)
    .map((other) => other.name);
  if (!existsSync(join(dir, 'src'))) return false;
  const shipped = readdirSync(join(dir, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
  return privateNames.some((name) => shipped.includes(`'${name}'`) || shipped.includes(`'${name}/`));
}

/**
 * Extracts one entry point's API report. `check` compares with the committed report and
 * writes nothing; otherwise the committed report is rewritten. Returns whether it changed,
 * and on a change in check mode, the report as it would now read.
 */
export function extractApiReport({ packageName, dir, entry, declarations }, { check }) {
  const scratch = mkdtempSync(join(tmpdir(), 'wc-api-report-'));
  if (!check) mkdirSync(join(dir, 'api-report'), { recursive: true });
  try {
    const config = ExtractorConfig.prepare({
      packageJsonFullPath: join(dir, 'package.json'),
      configObjectFullPath: undefined,
      configObject: {
        projectFolder: dir,
        mainEntryPointFilePath: declarations,
        compiler: {
          overrideTsconfig: { compilerOptions: consumerCompilerOptions },
        },
        apiReport: {
          enabled: true,
          reportFolder: join(dir, 'api-report'),
          reportTempFolder: scratch,
          reportFileName: `${entry}.api.md`,
          // A package that bundles a private workspace package (the mock, its engine) uses
          // that package's types under names it does not export: listed, members and all, as
          // they are part of its shape. Elsewhere an unexported type is a detail of another entry.
          includeForgottenExports: bundlesPrivatePackage(dir),
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        newlineKind: 'lf',
        // The report is the API's shape; release tags and TSDoc style are not what it reviews.
        messages: {
          compilerMessageReporting: { default: { logLevel: 'warning' } },
          extractorMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
          tsdocMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
        },
      },
    });
    const messages = [];
    const result = Extractor.invoke(config, {
      localBuild: !check,
      messageCallback: (message) => {
        if (message.logLevel === 'warning' || message.logLevel === 'error')
          messages.push(message.formatMessageWithLocation(dir));
        message.handled = true;
      },
    });
    const fresh = join(scratch, `${entry}.api.md`);
    return {
      name: `${packageName}${entry === 'index' ? '' : `/${entry}`}`,
      report: join(dir, 'api-report', `${entry}.api.md`).slice(root.length + 1),
      changed: result.apiReportChanged,
      now: check && result.apiReportChanged ? readFileSync(fresh, 'utf8') : undefined,
      messages,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = Boolean(process.env.CI) || process.argv.includes('--check');
  let failed = false;
  for (const entry of entryPoints()) {
    const { name, report, changed, messages } = extractApiReport(entry, { check });
    for (const message of messages) console.error(message);
    if (changed && check) failed = true;
    console.log(`${changed ? (check ? '✗ changed' : '✎ updated') : '✓ unchanged'}  ${name}  (${report})`);
  }
  if (failed) {
    console.error('\nA public API changed. Run `pnpm api:report`, review the reports it rewrites, and commit them.');
    process.exitCode = 1;
  }
}
