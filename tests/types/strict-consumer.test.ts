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

// The everyday forms that break under exactOptionalPropertyTypes where an option is typed
// `T` rather than `T | undefined`: a value read from the environment, options forwarded from a
// caller's own (any of which may be undefined), every options object of every package.
const FORWARDING = `
import { createWivClient, createWivProvider } from '@workflow-clients/wiv';
import { createAltostratProvider } from '@workflow-clients/altostrat';
import { createEmbedWorkflowProvider } from '@workflow-clients/embedworkflow';
import { createInteractlyProvider } from '@workflow-clients/interactly';
import { createAiTutorProvider } from '@workflow-clients/aitutor';
import { createWorkflowClient, type ClientHooks } from 'workflow-clients';
import { createRunQueue } from '@workflow-clients/bullmq';
import { tracingHooks } from '@workflow-clients/otel';
import { setupWorkflowMockServer, startLoopbackMockServer } from '@workflow-clients/msw/node';

interface Forwarded {
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  totalTimeoutMs?: number | undefined;
  maxRetries?: number | undefined;
  key?: string | undefined;
  intervalMs?: number | undefined;
  text?: string | undefined;
  count?: number | undefined;
}
export async function forward(given: Forwarded, hooks: ClientHooks | undefined) {
  createWivClient({ apiKey: process.env.WIV_API_KEY });
  const client = {
    apiKey: process.env.ALTOSTRAT_API_KEY,
    baseUrl: process.env.ALTOSTRAT_BASE_URL,
    timeoutMs: given.timeoutMs,
    totalTimeoutMs: given.totalTimeoutMs,
    maxRetries: given.maxRetries,
    hooks,
    logger: undefined,
    fetch: undefined,
    headers: undefined,
    allowInsecureHttp: undefined,
  };
  const call = { signal: given.signal, timeoutMs: given.timeoutMs, totalTimeoutMs: given.totalTimeoutMs, maxRetries: given.maxRetries };
  const wait = { intervalMs: given.intervalMs, timeoutMs: given.timeoutMs, signal: given.signal, onProgress: undefined };
  const wiv = createWivProvider(client);
  await wiv.run('wf', {}, { ...call, idempotencyKey: undefined });
  const altostrat = createAltostratProvider(client);
  const run = await altostrat.run('fl_1', {}, { ...call, idempotencyKey: given.key });
  await altostrat.waitForRun(run, wait);
  const handle = altostrat.handle(run);
  await handle.status(call);
  await handle.wait(wait);
  for await (const update of handle.updates({ signal: given.signal, timeoutMs: given.timeoutMs, intervalMs: given.intervalMs })) void update;
  for await (const listed of altostrat.listRuns('fl_1', call)) void listed;
  await createEmbedWorkflowProvider(client).run('wf', {}, { ...call, userKey: given.text, idType: given.text });
  await createInteractlyProvider(client).run('5eb7cf5a86d9755df3a6c593', {}, { ...call, version: given.count });
  await createAiTutorProvider(client).stream('wf', {}, { ...call, idleTimeoutMs: given.timeoutMs, tokenTtlSeconds: given.count });
  const facade = createWorkflowClient({ ...client, vendor: 'interactly' });
  const queue = createRunQueue(facade, {
    store: { redis: { host: '127.0.0.1', port: 6379 }, postgres: undefined },
    queue: 'runs',
    rateLimit: undefined,
    follow: { intervalMs: given.intervalMs, timeoutMs: given.timeoutMs },
    storeTimeoutMs: given.timeoutMs,
  });
  queue.worker({ concurrency: given.count, onSettled: undefined, onUncertain: undefined, reconcile: undefined, lockDurationMs: given.timeoutMs, stalledIntervalMs: given.timeoutMs });
  tracingHooks({ tracer: undefined });
  setupWorkflowMockServer({ specs: undefined, baseUrls: undefined, onContractFailure: undefined, onUnhandledRequest: undefined, scenario: { end: undefined, readsPerState: given.count, turns: given.count, pageSize: undefined } });
  const loopback = await startLoopbackMockServer({ port: given.count, intercept: undefined });
  await loopback.close();
}
`;

describe('the published declarations, under strict and exactOptionalPropertyTypes', () => {
  const entryPoints = publishedEntryPoints();
  const imports = entryPoints.map((specifier, index) => `export * as entry${index} from '${specifier}';`).join('\n');
  let diagnostics: Record<string, string[]> = {};
  // One program checks every library once: tens of seconds on a loaded two-core machine.
  beforeAll(() => {
    diagnostics = diagnose({
      'consumer.mts': imports,
      'consumer.cts': imports,
      'broken.mts': BROKEN,
      'forwarding.mts': FORWARDING,
    });
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

  it('take undefined for every option that may be left out, as forwarding code passes it', () => {
    expect(diagnostics['forwarding.mts']).toEqual([]);
  });

  it('would catch a declaration that breaks under exactOptionalPropertyTypes', () => {
    expect(diagnostics['broken.mts']?.join('\n')).toMatch(/incorrectly extends interface 'Run'/);
  });
});
