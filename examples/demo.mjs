// The main job's last step: every registered vendor, through the facade, against the embedded
// spec-backed mock. Nothing leaves this machine; a request that broke a spec fails the demo.
import { setupWorkflowMockServer } from '@workflow-clients/msw/node';
import { createWorkflowClient, vendors } from 'workflow-clients';

/** What each vendor is asked to run: a workflow id and an input its spec accepts. */
const demoRuns = {
  wiv: ['workflow_def456ghi789', { user_id: '12345', action: 'process_order' }],
  interactly: ['5eb7cf5a86d9755df3a6c593', { customer_name: 'Ada' }],
  embedworkflow: ['0198c2e9-cc9f-7277-af8a-40c7ef19273a', { user_name: 'John Doe' }],
  aitutor: ['wf_abc123', { story: 'A dragon who is afraid of the dark' }],
  altostrat: ['fl_a1b2c3d4e5f6g7h8', { user_id: 123, source: 'manual-test' }],
};

/** Demo credentials in each vendor's documented shape. */
const demoKeys = { embedworkflow: 'sk_test_demo' };

const mock = setupWorkflowMockServer();
mock.listen();
let failed = false;
try {
  for (const vendor of vendors) {
    const [workflowId, input] = demoRuns[vendor] ?? ['demo-workflow', {}];
    const client = createWorkflowClient({ vendor, apiKey: demoKeys[vendor] ?? `demo-${vendor}-key` });
    try {
      const run = await client.run(workflowId, input);
      console.log(`${vendor}: ${run.status}${run.runId ? ` (run ${run.runId})` : ''}`);
      console.log(JSON.stringify(run, null, 2));
    } catch (error) {
      failed = true;
      console.error(`${vendor}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  mock.afterEach();
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  mock.close();
}
process.exitCode = failed ? 1 : 0;
