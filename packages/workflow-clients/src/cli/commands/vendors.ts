import type { ProviderCapabilities } from '@workflow-clients/core';
import { createWorkflowClient, vendorNames, vendors } from '../../create-workflow-client.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from './command.js';

type Capabilities = ProviderCapabilities;

/**
 * What the commands can do with a provider, in the words of the commands and options that do it:
 * not what no command does (resuming an Interactly run, which `capabilities` still says it can).
 */
function abilities(provider: { capabilities: Capabilities }): string[] {
  const { getRun, settlesOnReturn, cancel, idempotency } = provider.capabilities;
  const can: Array<[boolean, string]> = [
    [true, 'run'],
    ['stream' in provider, 'stream'],
    [getRun, 'get'],
    [getRun || settlesOnReturn, 'wait'],
    [cancel, 'cancel'],
    ['listRuns' in provider, 'list'],
    [idempotency, 'idempotency keys'],
  ];
  return can.filter(([able]) => able).map(([, word]) => word);
}

/** `vendors`: each vendor, its name, and what its provider can do. */
export const vendorsCommand: Command = async (context) => {
  const list = vendors.map((vendor) => {
    const provider = createWorkflowClient({ vendor });
    return { vendor, name: vendorNames[vendor], capabilities: provider.capabilities, can: abilities(provider) };
  });
  context.print(
    list,
    list.map(({ vendor, name, can }) => `${vendor.padEnd(14)} ${name.padEnd(16)} ${can.join(', ')}`).join('\n'),
  );
  return EXIT.ok;
};
