import { readLimit } from '../arguments.js';
import type { AnyClient } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage.js';
import type { Command } from './command.js';

type ListedRun = { run_id?: unknown; id?: unknown; status?: unknown };

/** The vendor's run listing as pages of runs, or undefined where there is none. */
function listPages(client: AnyClient, workflowId: string | undefined): AsyncIterable<readonly ListedRun[]> | undefined {
  const pages =
    'listRuns' in client
      ? client.listRuns()
      : 'listExecutions' in client && workflowId !== undefined
        ? client.listExecutions(workflowId)
        : undefined;
  if (!pages) return undefined;
  return (async function* () {
    for await (const page of pages) yield ('items' in page ? page.items : page.data) as readonly ListedRun[];
  })();
}

/** `list <vendor> [workflowId]`: runs, a line each, up to --limit. */
export const listCommand: Command = async (context, [vendorArg, workflowId]) => {
  const vendor = context.vendor(vendorArg);
  const limit = readLimit(context.options.limit);
  const client = await context.client(vendor.slug);
  if ('listExecutions' in client && workflowId === undefined)
    throw new UsageError(`${vendor.name} lists the runs of one workflow: name its id.`);
  const pages = listPages(client, workflowId);
  if (!pages) return context.notSupported(`${vendor.name} has no endpoint that lists runs.`);
  let printed = 0;
  for await (const page of pages) {
    for (const run of page) {
      if (printed++ >= limit) return EXIT.ok;
      context.io.stdout.write(
        context.options.json
          ? `${JSON.stringify(run)}\n`
          : `${String(run.run_id ?? run.id ?? '?')} ${String(run.status)}\n`,
      );
    }
  }
  return EXIT.ok;
};
