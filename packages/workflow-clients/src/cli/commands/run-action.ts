import type { WorkflowRun } from '@workflow-clients/core';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage.js';
import type { Command } from './command.js';

/**
 * A command that acts on one run, `<command> <vendor> <workflowId> <runId>`, through a
 * provider method only some vendors have: it says so (not_supported) for the others.
 */
export function runActionCommand(
  name: string,
  method: 'getRun' | 'cancel',
  unsupported: (vendorName: string) => string,
): Command {
  return async (context, [vendorArg, workflowId, runId]) => {
    const vendor = context.vendor(vendorArg);
    if (workflowId === undefined) throw new UsageError(`${name} needs a workflow id.`);
    if (runId === undefined) throw new UsageError(`${name} needs a run id.`);
    const client = await context.client(vendor.slug);
    if (!(method in client)) return context.notSupported(unsupported(vendor.name));
    const act = (
      client as unknown as Record<typeof method, (workflowId: string, runId: string) => Promise<WorkflowRun>>
    )[method];
    const run = await act.call(client, workflowId, runId);
    context.printRun(run);
    return EXIT.ok;
  };
}
