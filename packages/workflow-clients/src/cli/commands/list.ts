import type { WorkflowRun } from '@workflow-clients/core';
import { readLimit } from '../arguments.js';
import type { AnyClient } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { jsonLine } from '../terminal-text.js';
import { UsageError } from '../usage.js';
import type { Command } from './command.js';

/** The vendor's runs, or undefined where it has no listing. */
function listRuns(client: AnyClient, workflowId: string | undefined): AsyncIterable<WorkflowRun> | undefined {
  if (!('listRuns' in client)) return undefined;
  // Altostrat lists one workflow's runs, Interactly all of the team's.
  return client.vendor === 'altostrat' ? client.listRuns(workflowId as string) : client.listRuns();
}

/** `list <vendor> [workflowId]`: runs, a line each, up to --limit. */
export const listCommand: Command = async (context, [vendorArg, workflowId]) => {
  const vendor = context.vendor(vendorArg);
  const limit = readLimit(context.options.limit);
  const client = await context.client(vendor.slug);
  if (client.vendor === 'altostrat' && workflowId === undefined)
    throw new UsageError(`${vendor.name} lists the runs of one workflow: name its id.`);
  const runs = listRuns(client, workflowId);
  if (!runs) return context.notSupported(`${vendor.name} has no endpoint that lists runs.`);
  const { json, raw } = context.options;
  let printed = 0;
  // Leaving the loop stops the listing: no page past the one holding the last run printed.
  for await (const run of runs) {
    if (printed++ >= limit) break;
    const status =
      run.vendorStatus && run.vendorStatus !== run.status ? `${run.status} (${run.vendorStatus})` : run.status;
    context.io.stdout.write(raw ? jsonLine(run.raw) : json ? jsonLine(run) : `${run.runId ?? '?'} ${status}\n`);
  }
  return EXIT.ok;
};
