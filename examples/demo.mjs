// The main job's last step: every registered vendor, through the facade, against the embedded
// spec-backed mock. Nothing leaves this machine; a request that broke a spec fails the demo.
// The mock plays a scenario, so a run that can be read back is followed from queued to done.
import { setupWorkflowMockServer } from '@workflow-clients/msw/node';
import { createWorkflowClient, vendors } from 'workflow-clients';
import { demoApiKey, demoRun } from './demo-runs.mjs';

const mock = setupWorkflowMockServer({ scenario: {} });
mock.listen();
let failed = false;
try {
  for (const vendor of vendors) {
    const [workflowId, input] = demoRun(vendor);
    const client = createWorkflowClient({ vendor, apiKey: demoApiKey(vendor) });
    try {
      const started = await client.run(workflowId, input);
      console.log(`${vendor}: ${started.status}${started.runId ? ` (run ${started.runId})` : ''}`);
      const run = client.capabilities.getRun
        ? await client.waitForRun(started, {
            intervalMs: 200,
            onProgress: (progress) => console.log(`${vendor}: ${progress.status}`),
          })
        : started;
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
