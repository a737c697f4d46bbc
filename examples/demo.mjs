// The main job's last step: every registered vendor, through the facade, against the embedded
// spec-backed mock. Nothing leaves this machine; a request that broke a spec fails the demo.
import { setupWorkflowMockServer } from '@workflow-clients/msw/node';
import { createWorkflowClient, vendors } from 'workflow-clients';
import { demoApiKey, demoRun } from './demo-runs.mjs';

const mock = setupWorkflowMockServer();
mock.listen();
let failed = false;
try {
  for (const vendor of vendors) {
    const [workflowId, input] = demoRun(vendor);
    const client = createWorkflowClient({ vendor, apiKey: demoApiKey(vendor) });
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
