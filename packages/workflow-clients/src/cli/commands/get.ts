import { runActionCommand } from './run-action.js';

/** `get <vendor> <workflowId> <runId>`: reads a run as it stands, where the vendor can. */
export const getCommand = runActionCommand('get', 'getRun', (vendor) => `${vendor} has no endpoint to read a run.`);
