import { describeRun } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage.js';
import type { Command } from './command.js';

/** `get <vendor> <workflowId> <runId>`: reads a run as it stands, where the vendor can. */
export const getCommand: Command = async (context, [vendorArg, workflowId, runId]) => {
  const vendor = context.vendor(vendorArg);
  if (workflowId === undefined) throw new UsageError('get needs a workflow id.');
  if (runId === undefined) throw new UsageError('get needs a run id.');
  const client = await context.client(vendor.slug);
  if (!('getRun' in client)) return context.notSupported(`${vendor.name} has no endpoint to read a run.`);
  const run = await client.getRun(workflowId, runId);
  context.print(run, describeRun(run));
  return EXIT.ok;
};
