import { readRunToken } from '@workflow-clients/core';
import { readTimeout } from '../arguments.js';
import { UsageError } from '../usage.js';
import type { Command } from './command.js';
import { followRun } from './follow-run.js';

/**
 * `wait <token>` or `wait <vendor> <workflowId> <runId>`: follows a run started earlier (by
 * another process, say) until it settles.
 */
export const waitCommand: Command = async (context, args) => {
  const fromToken = args.length === 1 && args[0]?.startsWith('wcr');
  const reference = fromToken ? readRunToken(args[0] as string) : undefined;
  if (fromToken && !reference) {
    throw new UsageError('This run token cannot be read: it is damaged, or a newer version made it.');
  }
  const [vendorArg, workflowId, runId] = reference ? [reference.vendor, reference.workflowId, reference.runId] : args;
  const vendor = context.vendor(vendorArg);
  if (workflowId === undefined) throw new UsageError('wait needs a workflow id, or a run token.');
  if (runId === undefined) throw new UsageError('wait needs a run id, or a run token.');
  const timeoutMs = readTimeout(context.options.timeout);
  const client = await context.client(vendor.slug);
  if (!('handle' in client))
    return context.notSupported(`${vendor.name} has no endpoint to read a run, so a run cannot be waited for.`);
  const { signal } = context.io;
  const handle = client.handle(
    fromToken ? (args[0] as string) : { vendor: vendor.slug, workflowId, runId, status: 'queued', raw: undefined },
  );
  const run = await handle.status(signal ? { signal } : {});
  // A handle on the run as read, which keeps what the token knew (Altostrat's idempotency key).
  return followRun(context, run, (waitOptions) => client.handle(run).wait(waitOptions), timeoutMs);
};
