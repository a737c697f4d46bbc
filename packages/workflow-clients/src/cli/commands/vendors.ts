import { createWorkflowClient, vendorNames, vendors } from '../../create-workflow-client.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from './command.js';

function describeCapabilities(capabilities: object): string {
  const has = Object.entries(capabilities)
    .filter(([, value]) => value === true)
    .map(([name]) => name);
  return has.length ? has.join(', ') : 'run only';
}

/** `vendors`: each vendor, its name, and what its provider can do. */
export const vendorsCommand: Command = async (context) => {
  const list = vendors.map((vendor) => ({
    vendor,
    name: vendorNames[vendor],
    capabilities: createWorkflowClient({ vendor }).capabilities,
  }));
  context.print(
    list,
    list
      .map(
        ({ vendor, name, capabilities }) =>
          `${vendor.padEnd(14)} ${name.padEnd(16)} ${describeCapabilities(capabilities)}`,
      )
      .join('\n'),
  );
  return EXIT.ok;
};
