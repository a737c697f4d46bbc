import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Users who turn on the strictest compiler settings must be able to import every published
// entry point without a type error in our declarations. `skipLibCheck: false` makes the
// compiler check the .d.ts files themselves, which is where such errors live.
const strictest: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  skipLibCheck: false,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  types: ['node'],
};

const root = join(import.meta.dirname, '../..');

/** Every entry point of every published package, from its `exports` map. */
function publishedEntryPoints(): string[] {
  return readdirSync(join(root, 'packages')).flatMap((folder) => {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8'));
    if (manifest.private) return [];
    return Object.keys(manifest.exports as Record<string, unknown>)
      .filter((subpath) => subpath !== './package.json')
      .map((subpath) => `${manifest.name}${subpath.slice(1)}`);
  });
}

// Inside tests/, so that the packages resolve as they do for a user who installed them.
const probes = mkdtempSync(join(import.meta.dirname, '.probe-'));
afterAll(() => rmSync(probes, { recursive: true, force: true }));

/** Compiles the probes as one program (checking the libraries once), diagnostics by probe. */
function diagnose(files: Record<string, string>): Record<string, string[]> {
  const paths = Object.keys(files).map((name) => {
    const path = join(probes, name);
    writeFileSync(path, files[name] as string);
    return path;
  });
  const program = ts.createProgram(paths, strictest);
  const found: Record<string, string[]> = Object.fromEntries(Object.keys(files).map((name) => [name, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName ?? '';
    const probe = Object.keys(files).find((name) => file === join(probes, name));
    const text = `${file.replace(`${root}/`, '')}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    // A diagnostic in a declaration file is charged to the consumers that imported it.
    for (const name of probe ? [probe] : ['consumer.mts', 'consumer.cts']) found[name]?.push(text);
  }
  return found;
}

// The shape of the error this test was first written for: an optional property narrowed to
// `undefined` in an interface that extends one where it is a string. It proves the settings
// catch what the test is for.
const BROKEN = 'interface Run { runId?: string }\nexport interface SyncRun extends Run { runId?: undefined }\n';

describe('the published declarations, under strict and exactOptionalPropertyTypes', () => {
  const entryPoints = publishedEntryPoints();
  const imports = entryPoints.map((specifier, index) => `export * as entry${index} from '${specifier}';`).join('\n');
  let diagnostics: Record<string, string[]> = {};
  // One program checks every library once: tens of seconds on a loaded two-core machine.
  beforeAll(() => {
    diagnostics = diagnose({ 'consumer.mts': imports, 'consumer.cts': imports, 'broken.mts': BROKEN });
  }, 120_000);

  it('finds every package’s entry points', () => {
    expect(entryPoints).toEqual(
      expect.arrayContaining(['@workflow-clients/core', '@workflow-clients/msw/vitest', 'workflow-clients/wiv']),
    );
    expect(entryPoints.length).toBeGreaterThanOrEqual(13);
  });

  it('compile without an error, imported from ESM and from CommonJS', () => {
    expect(diagnostics['consumer.mts']).toEqual([]);
    expect(diagnostics['consumer.cts']).toEqual([]);
  });

  it('would catch a declaration that breaks under exactOptionalPropertyTypes', () => {
    expect(diagnostics['broken.mts']?.join('\n')).toMatch(/incorrectly extends interface 'Run'/);
  });
});
