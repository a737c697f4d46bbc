import { describeRun } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage.js';
import type { Command } from './command.js';

/** `cancel <vendor> <workflowId> <runId>`: stops a run, where the vendor can. */
export const cancelCommand: Command = async (context, [vendorArg, workflowId, runId]) => {
  const vendor = context.vendor(vendorArg);
  if (workflowId === undefined) throw new UsageError('cancel needs a workflow id.');
  if (runId === undefined) throw new UsageError('cancel needs a run id.');
  const client = await context.client(vendor.slug);
  if (!('cancel' in client)) return context.notSupported(`${vendor.name} runs cannot be cancelled through its API.`);
  const run = await client.cancel(workflowId, runId);
  context.print(run, describeRun(run));
  return EXIT.ok;
};
