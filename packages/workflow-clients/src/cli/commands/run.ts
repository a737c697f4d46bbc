import type { WorkflowProvider, WorkflowRun } from '@workflow-clients/core';
import { readInput, readTimeout } from '../arguments.js';
import { EXIT } from '../exit-codes.js';
import { printable } from '../terminal-text.js';
import { UsageError } from '../usage.js';
import type { Command } from './command.js';
import { followRun } from './follow-run.js';

/** `run <vendor> <workflowId>`: starts a run, and with --wait follows it; with --stream prints its text. */
export const runCommand: Command = async (context, [vendorArg, workflowId]) => {
  const vendor = context.vendor(vendorArg);
  if (workflowId === undefined) throw new UsageError('run needs a workflow id.');
  const { options, io } = context;
  // Everything that can be refused is refused before the run is started.
  if (options.stream && options.wait)
    throw new UsageError('--stream and --wait cannot be combined: a stream ends with the run.');
  if (options.timeout !== undefined && !options.wait) throw new UsageError('--timeout applies to --wait only.');
  const timeoutMs = readTimeout(options.timeout);
  const input = await readInput(options.input, io.stdin);
  const client = await context.client(vendor.slug);
  const { getRun, settlesOnReturn } = client.capabilities;
  // Refused before the run is started: the run would start, and then could not be followed.
  if (options.wait && !getRun && !settlesOnReturn) {
    return context.notSupported(
      `${vendor.name} cannot read a run back, so --wait could not follow it; nothing was sent. Run it without --wait.`,
    );
  }
  if (options.stream) {
    if (!('stream' in client)) return context.notSupported(`${vendor.name} does not stream its runs.`);
    // The vendor's text, as any text from outside: no control character reaches the terminal.
    for await (const chunk of await client.stream(workflowId, input)) io.stdout.write(printable(chunk));
    io.stdout.write('\n');
    return EXIT.ok;
  }
  const run: WorkflowRun = await client.run(workflowId, input, io.signal ? { signal: io.signal } : {});
  // Held as the common interface, which takes any vendor's run: the vendor was chosen at run time.
  const provider: WorkflowProvider = client;
  if (options.wait) return followRun(context, run, (waitOptions) => provider.waitForRun(run, waitOptions), timeoutMs);
  context.startedRun = run;
  context.printRun(run);
  return EXIT.ok;
};
