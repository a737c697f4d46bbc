// What the demo (and the runtime smoke test) asks each vendor to run: a workflow id and an
// input its spec accepts, and a credential in the vendor's documented shape.

/** @type {Record<string, [workflowId: string, input: Record<string, unknown>]>} */
export const demoRuns = {
  wiv: ['workflow_def456ghi789', { user_id: '12345', action: 'process_order' }],
  interactly: ['5eb7cf5a86d9755df3a6c593', { customer_name: 'Ada' }],
  embedworkflow: ['0198c2e9-cc9f-7277-af8a-40c7ef19273a', { user_name: 'John Doe' }],
  aitutor: ['wf_abc123', { story: 'A dragon who is afraid of the dark' }],
  altostrat: ['fl_a1b2c3d4e5f6g7h8', { user_id: 123, source: 'manual-test' }],
};

/**
 * The spec's operationId of the request each vendor's `run` sends: the one a test tells the
 * mock to refuse when it checks how a refused run is reported.
 * @type {Record<string, string>}
 */
export const runOperations = {
  wiv: 'runWorkflow',
  interactly: 'executeWorkflow',
  embedworkflow: 'executeWorkflow',
  aitutor: 'runWorkflow',
  altostrat: 'executeWorkflow',
};

const documentedKeyShapes = { embedworkflow: 'sk_test_demo' };

/** A demo credential for `vendor`, in its documented shape. */
export function demoApiKey(vendor) {
  return documentedKeyShapes[vendor] ?? `demo-${vendor}-key`;
}

/** The run for `vendor`; a vendor added by `pnpm new-vendor` gets a placeholder. */
export function demoRun(vendor) {
  return demoRuns[vendor] ?? ['demo-workflow', {}];
}
