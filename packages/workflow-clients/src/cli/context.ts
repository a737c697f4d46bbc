import type { RunHandle, WorkflowRun } from '@workflow-clients/core';
import { createWorkflowClient, vendorNames, vendors } from '../create-workflow-client.js';
import type { RegisteredVendor } from '../vendor-registry.js';
import { errorJson, writeError } from './error-line.js';
import { EXIT } from './exit-codes.js';
import type { CliIo } from './io.js';
import { jsonLine, printable } from './terminal-text.js';
import { closest, UsageError } from './usage.js';

/** The options every command may read, as parsed from the command line. */
export interface CliOptions {
  input?: string;
  wait: boolean;
  stream: boolean;
  limit?: string;
  timeout?: string;
  'base-url'?: string;
  json: boolean;
  raw: boolean;
  mock: boolean;
}

export type AnyClient = ReturnType<typeof createWorkflowClient<RegisteredVendor>>;

/**
 * A handle on a run of the vendor the command line named. The compiler pairs a run with its own
 * vendor's client only where the vendor is known as it compiles; here it is chosen at run time,
 * so the handle is taken through the common signature, and the client checks the pairing itself.
 */
export function handleOn(
  client: Extract<AnyClient, { handle: unknown }>,
  runOrToken: WorkflowRun | string,
): RunHandle<WorkflowRun> {
  const handle = client.handle as (this: typeof client, runOrToken: WorkflowRun | string) => RunHandle<WorkflowRun>;
  return handle.call(client, runOrToken);
}

/** What a command works with: the output, the options, and a client for the vendor it names. */
export class CommandContext {
  private mock: { close(): void } | undefined;
  private readonly clients = new Map<RegisteredVendor, AnyClient>();
  /** The run this command started, once it has: printed even if what follows fails. */
  startedRun: WorkflowRun | undefined;

  constructor(
    readonly io: CliIo,
    readonly options: CliOptions,
  ) {}

  /** The result on stdout: as one line of JSON with --json (or --raw), else as the human text. */
  print(result: unknown, human: string): void {
    this.io.stdout.write(this.machine ? jsonLine(result) : `${human}\n`);
  }

  /** True with --json or --raw: results, and errors, go to stdout as one line of JSON each. */
  get machine(): boolean {
    return this.options.json || this.options.raw;
  }

  /** A run on stdout: normalized with --json, the vendor's own body with --raw, else in words. */
  printRun(run: WorkflowRun): void {
    const token = this.tokenOf(run);
    if (this.options.raw) this.print(run.raw, '');
    else this.print(token ? { ...run, token } : run, describeRun(run, token));
  }

  /** The token to resume waiting for a run with, where its vendor can read runs back. */
  tokenOf(run: WorkflowRun): string | undefined {
    const client = this.clients.get(run.vendor as RegisteredVendor);
    if (!client || !('handle' in client) || !run.runId) return undefined;
    try {
      return String(handleOn(client, run));
    } catch {
      return undefined;
    }
  }

  /** Says the vendor cannot do what was asked, and returns the exit code for it. */
  notSupported(message: string): number {
    writeError(this.io, message, 'not_supported');
    if (this.machine) this.io.stdout.write(errorJson('not_supported', message));
    return EXIT.notSupported;
  }

  /** The vendor a command names, in any case (`Wiv`, `WIV`), checked, with its name for messages. */
  vendor(value: string | undefined): { slug: RegisteredVendor; name: string } {
    if (value === undefined) throw new UsageError(`Name a vendor: one of ${vendors.join(', ')}.`);
    const slug = vendorSlug(value.toLowerCase());
    if (slug) return { slug, name: vendorNames[slug] };
    const meant = closest(value, vendors);
    throw new UsageError(
      `Unknown vendor ${JSON.stringify(value)}${meant ? `. Did you mean "${meant}"?` : `: one of ${vendors.join(', ')}.`}`,
    );
  }

  /** A client of the vendor, against the mock with --mock, or another server with --base-url. */
  async client(vendor: RegisteredVendor): Promise<AnyClient> {
    if (this.options.mock) this.mock ??= await startMock();
    const apiKey = this.options.mock
      ? (this.io.env[`${vendor.toUpperCase()}_API_KEY`] ?? 'sk_test_mock-key')
      : undefined;
    const baseUrl = this.options['base-url'];
    const client = createWorkflowClient({
      vendor,
      ...(apiKey ? { apiKey } : {}),
      ...(baseUrl ? { baseUrl } : {}),
    }) as AnyClient;
    this.clients.set(vendor, client);
    return client;
  }

  close(): void {
    this.mock?.close();
  }
}

/** The vendor of that exact slug, if there is one. */
export function vendorSlug(value: string): RegisteredVendor | undefined {
  return (vendors as readonly string[]).includes(value) ? (value as RegisteredVendor) : undefined;
}

async function startMock(): Promise<{ close(): void }> {
  let module: typeof import('@workflow-clients/msw/node');
  try {
    module = await import('@workflow-clients/msw/node');
  } catch {
    throw new UsageError('--mock needs the mock: npm install @workflow-clients/msw msw');
  }
  // A scenario, so a wait shows a run moving (queued, running, succeeded) and a cancel cancels.
  const mock = module.setupWorkflowMockServer({ scenario: {} });
  mock.listen();
  return mock;
}

/**
 * A run, in the words the command line prints it with, and its token where it has one. What the
 * vendor sent is printed as text, never as terminal commands.
 */
export function describeRun(run: WorkflowRun, token?: string): string {
  return printable(describe(run, token));
}

function describe(run: WorkflowRun, token?: string): string {
  const parts = [`${run.vendor} ${run.workflowId}`, run.runId ? `run ${run.runId}` : 'run', run.status];
  if (run.vendorStatus && run.vendorStatus !== run.status) parts.push(`(${run.vendorStatus})`);
  const lines = [parts.join(' ')];
  if (run.error) lines.push(`error: ${run.error}`);
  const text = (run.output as { text?: unknown } | undefined)?.text;
  if (typeof text === 'string') lines.push(text);
  if (token) lines.push(`token ${token}  (workflow-clients wait <token> follows it from anywhere)`);
  return lines.join('\n');
}
