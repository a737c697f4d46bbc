import { runActionCommand } from './run-action.js';

/** `cancel <vendor> <workflowId> <runId>`: stops a run, where the vendor can. */
export const cancelCommand = runActionCommand(
  'cancel',
  'cancel',
  (vendor) => `${vendor} runs cannot be cancelled through its API.`,
);
