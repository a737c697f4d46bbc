import { readTimeout } from '../arguments.js';
import { UsageError } from '../usage.js';
import type { Command } from './command.js';
import { followRun } from './follow-run.js';

/** `wait <vendor> <workflowId> <runId>`: follows a run started earlier until it settles. */
export const waitCommand: Command = async (context, [vendorArg, workflowId, runId]) => {
  const vendor = context.vendor(vendorArg);
  if (workflowId === undefined) throw new UsageError('wait needs a workflow id.');
  if (runId === undefined) throw new UsageError('wait needs a run id.');
  const timeoutMs = readTimeout(context.options.timeout);
  const client = await context.client(vendor.slug);
  if (!('getRun' in client))
    return context.notSupported(`${vendor.name} has no endpoint to read a run, so a run cannot be waited for.`);
  const { signal } = context.io;
  const run = await client.getRun(workflowId, runId, signal ? { signal } : {});
  return followRun(context, client, run, timeoutMs);
};
