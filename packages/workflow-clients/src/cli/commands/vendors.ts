import { createWorkflowClient, vendorNames, vendors } from '../../create-workflow-client.js';
import { EXIT } from '../exit-codes.js';
import type { Command } from './command.js';

/** What a provider can do, in words: starting runs always, and each ability it has beyond that. */
function abilities(provider: object & { capabilities: object }): string[] {
  const flags = Object.entries(provider.capabilities)
    .filter(([, value]) => value === true)
    .map(([name]) => name);
  const methods = [
    ['stream', 'stream'],
    ['listRuns', 'list'],
    ['listExecutions', 'list'],
  ].flatMap(([method, ability]) => (method && method in provider ? [ability as string] : []));
  return ['run', ...methods, ...flags];
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
