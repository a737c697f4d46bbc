import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isWorkflowApiError, type WorkflowRun } from '@workflow-clients/core';
import { createWorkflowClient, vendorNames, vendors } from '../create-workflow-client.js';
import type { RegisteredVendor } from '../vendor-registry.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { createProgress, type ProgressOutput } from './progress.js';

export interface CliIo {
  stdout: ProgressOutput;
  stderr: ProgressOutput;
  env: Record<string, string | undefined>;
}

export const USAGE = `Usage: workflow-clients <command> [options]

Commands:
  run <vendor> <workflowId>          start a run
  get <vendor> <workflowId> <runId>  read a run as it stands
  cancel <vendor> <workflowId> <runId>
                                     stop a run (where the vendor can)
  list <vendor> [workflowId]         list runs, page by page (Interactly: all runs;
                                     Altostrat: one workflow's)
  vendors                            list the vendors and what each can do

Options:
  --input <json|@file>   the run's input: a JSON object, or @path to a file holding one
  --wait                 with run: wait until the run settles, showing progress on stderr
  --stream               with run (AI Tutor): print the text as it is generated
  --limit <n>            with list: stop after this many runs (default 100)
  --timeout <seconds>    with --wait: give up after this long (default 600)
  --base-url <url>       another server than the vendor's (a proxy, another environment)
  --json                 print the result (or the error) as one line of JSON on stdout
  --mock                 answer from the spec-backed mock instead of the vendor
                         (needs @workflow-clients/msw and msw installed)
  --help                 show this text

Credentials come from each vendor's environment variable (WIV_API_KEY, INTERACTLY_API_KEY,
EMBEDWORKFLOW_API_KEY, AITUTOR_API_KEY, ALTOSTRAT_API_KEY).

Exit codes: 0 done, 1 the run failed or was cancelled, 2 bad usage or input (nothing sent),
3 the vendor answered with an error, 4 no answer (network, timeout), 5 not supported.`;

class UsageError extends Error {}

/** Runs one command; resolves with the exit code. Never calls process.exit. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        input: { type: 'string' },
        wait: { type: 'boolean', default: false },
        stream: { type: 'boolean', default: false },
        limit: { type: 'string' },
        timeout: { type: 'string' },
        'base-url': { type: 'string' },
        json: { type: 'boolean', default: false },
        mock: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    io.stdout.write(`${USAGE}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const print = (result: unknown, human: string) => io.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${human}\n`);
  let mock: { close(): void } | undefined;
  try {
    if (command === 'vendors') {
      const list = vendors.map((vendor) => ({ vendor, name: vendorNames[vendor], capabilities: createWorkflowClient({ vendor }).capabilities }));
      print(list, list.map(({ vendor, name, capabilities }) => `${vendor.padEnd(14)} ${name.padEnd(16)} ${describeCapabilities(capabilities)}`).join('\n'));
      return EXIT.ok;
    }
    if (!['run', 'get', 'cancel', 'list'].includes(command)) throw new UsageError(`Unknown command "${command}".`);
    const [vendorArg, workflowId, runId] = rest;
    const vendor = checkVendor(vendorArg);
    if (workflowId === undefined && command !== 'list') throw new UsageError(`${command} needs a workflow id.`);
    if ((command === 'get' || command === 'cancel') && runId === undefined) throw new UsageError(`${command} needs a run id.`);
    if (values.mock) mock = await startMock();
    const apiKey = values.mock ? (io.env[`${vendor.toUpperCase()}_API_KEY`] ?? 'sk_test_mock-key') : undefined;
    const baseUrl = values['base-url'];
    const client = createWorkflowClient({ vendor, ...(apiKey ? { apiKey } : {}), ...(baseUrl ? { baseUrl } : {}) }) as ReturnType<
      typeof createWorkflowClient<RegisteredVendor>
    >;
    const label = `${vendor} ${workflowId}`;

    if (command === 'list') {
      const limit = values.limit === undefined ? 100 : checkLimit(values.limit);
      const pages = listPages(client, workflowId);
      if (!pages) return notSupported(io, values.json, `${vendorNames[vendor]} has no endpoint that lists runs${vendor === 'altostrat' ? ' without a workflow id' : ''}.`);
      let printed = 0;
      for await (const page of pages) {
        for (const run of page) {
          if (printed++ >= limit) return EXIT.ok;
          io.stdout.write(values.json ? `${JSON.stringify(run)}\n` : `${String(run.run_id ?? run.id ?? '?')} ${String(run.status)}\n`);
        }
      }
      return EXIT.ok;
    }
    if (command === 'get') {
      if (!('getRun' in client) || typeof client.getRun !== 'function') return notSupported(io, values.json, `${vendorNames[vendor]} has no endpoint to read a run.`);
      const run = await client.getRun(workflowId!, runId!);
      print(run, describeRun(run));
      return EXIT.ok;
    }
    if (command === 'cancel') {
      if (!('cancel' in client) || typeof client.cancel !== 'function') return notSupported(io, values.json, `${vendorNames[vendor]} runs cannot be cancelled through its API.`);
      const run = await client.cancel(workflowId!, runId!);
      print(run, describeRun(run));
      return EXIT.ok;
    }
    const input = await readInput(values.input);
    if (values.stream) {
      if (!('stream' in client)) return notSupported(io, values.json, `${vendorNames[vendor]} does not stream its runs.`);
      for await (const chunk of await client.stream(workflowId!, input)) io.stdout.write(chunk);
      io.stdout.write('\n');
      return EXIT.ok;
    }
    let run: WorkflowRun = await client.run(workflowId!, input);
    if (values.wait) {
      const timeoutMs = values.timeout === undefined ? undefined : checkTimeout(values.timeout);
      const progress = createProgress(io.stderr, label);
      try {
        run = await client.waitForRun(run, { ...(timeoutMs ? { timeoutMs } : {}), onProgress: (latest) => progress.update(latest) });
      } finally {
        progress.stop();
      }
    }
    print(run, describeRun(run));
    return values.wait && (run.status === 'failed' || run.status === 'cancelled') ? EXIT.runFailed : EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message);
    if (isWorkflowApiError(error)) {
      io.stderr.write(`error [${error.code}]: ${error.message}\n`);
      if (values.json) io.stdout.write(`${JSON.stringify({ error })}\n`);
      return exitCodeFor(error.code);
    }
    io.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.refused;
  } finally {
    mock?.close();
  }
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`error: ${message}\n\n${USAGE}\n`);
  return EXIT.usage;
}

function notSupported(io: CliIo, json: boolean, message: string): number {
  io.stderr.write(`error [not_supported]: ${message}\n`);
  if (json) io.stdout.write(`${JSON.stringify({ error: { code: 'not_supported', message } })}\n`);
  return EXIT.notSupported;
}

function checkVendor(value: string | undefined): RegisteredVendor {
  if (value !== undefined && (vendors as readonly string[]).includes(value)) return value as RegisteredVendor;
  throw new UsageError(`Name a vendor: one of ${vendors.join(', ')}.`);
}

type AnyClient = ReturnType<typeof createWorkflowClient<RegisteredVendor>>;
type ListedRun = { run_id?: unknown; id?: unknown; status?: unknown };

/** The vendor's run listing as pages of runs, or undefined where there is none. */
function listPages(client: AnyClient, workflowId: string | undefined): AsyncIterable<ListedRun[]> | undefined {
  if ('listRuns' in client) {
    const pages = client.listRuns();
    return (async function* () {
      for await (const page of pages) yield page.items as ListedRun[];
    })();
  }
  if ('listExecutions' in client && workflowId !== undefined) {
    const pages = client.listExecutions(workflowId);
    return (async function* () {
      for await (const page of pages) yield page.data as ListedRun[];
    })();
  }
  return undefined;
}

function checkLimit(value: string): number {
  const limit = Number(value);
  if (!(Number.isSafeInteger(limit) && limit >= 1)) throw new UsageError(`--limit must be a whole number, 1 or more, got ${JSON.stringify(value)}.`);
  return limit;
}

function checkTimeout(value: string): number {
  const seconds = Number(value);
  if (!(seconds > 0 && seconds <= 2_147_483)) throw new UsageError(`--timeout must be a number of seconds above 0, got ${JSON.stringify(value)}.`);
  return seconds * 1000;
}

async function readInput(value: string | undefined): Promise<Record<string, unknown> | undefined> {
  if (value === undefined) return undefined;
  let text = value;
  if (value.startsWith('@')) {
    try {
      text = await readFile(value.slice(1), 'utf8');
    } catch (error) {
      throw new UsageError(`Cannot read ${value.slice(1)}: ${(error as Error).message}`);
    }
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    throw new UsageError(`--input is not JSON: ${text.slice(0, 80)}`);
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new UsageError('--input must be a JSON object.');
  return input as Record<string, unknown>;
}

async function startMock(): Promise<{ close(): void }> {
  let module: typeof import('@workflow-clients/msw/node');
  try {
    module = await import('@workflow-clients/msw/node');
  } catch {
    throw new UsageError('--mock needs the mock: npm install @workflow-clients/msw msw');
  }
  const mock = module.setupWorkflowMockServer();
  mock.listen();
  return mock;
}

function describeCapabilities(capabilities: object): string {
  const has = Object.entries(capabilities).filter(([, value]) => value === true).map(([name]) => name);
  return has.length ? has.join(', ') : 'run only';
}

function describeRun(run: WorkflowRun): string {
  const parts = [`${run.vendor} ${run.workflowId}`, run.runId ? `run ${run.runId}` : 'run', run.status];
  if (run.vendorStatus && run.vendorStatus !== run.status) parts.push(`(${run.vendorStatus})`);
  const lines = [parts.join(' ')];
  if (run.error) lines.push(`error: ${run.error}`);
  const text = (run.output as { text?: unknown } | undefined)?.text;
  if (typeof text === 'string') lines.push(text);
  return lines.join('\n');
}
