// The smoke subset of the facade's contract tests that runs unchanged in every runtime we
// support: Node, Bun, Deno and an edge runtime. It uses only what the built facade exports and
// web-standard globals, and talks to the spec-backed mock over loopback, which judges every
// request against the vendor's spec (see runtimes.test.ts).
import { createWorkflowClient, isWorkflowApiError, vendors } from 'workflow-clients';
import { demoApiKey, demoRun } from '../../examples/demo-runs.mjs';

/**
 * Per vendor, in this order: a call the mock is told to refuse with 401 (a typed error that
 * does not show the key), a call with an empty workflow id (refused before sending), and a
 * successful run. Returns one plain result per vendor for the caller to assert on.
 */
export async function runSmoke(baseUrlOf) {
  const results = [];
  for (const vendor of vendors) {
    const [workflowId, input] = demoRun(vendor);
    const apiKey = demoApiKey(vendor);
    const client = createWorkflowClient({ vendor, apiKey, baseUrl: baseUrlOf(vendor), maxRetries: 0 });
    const result = { vendor };
    try {
      await client.run(workflowId, input);
      result.unauthorized = 'resolved';
    } catch (error) {
      result.unauthorized = isWorkflowApiError(error) ? `${error.code} ${error.status}` : String(error);
      result.keyShown = [error.message, error.stack, JSON.stringify(error)].some((text) =>
        String(text).includes(apiKey),
      );
    }
    try {
      await client.run('', input);
      result.emptyId = 'resolved';
    } catch (error) {
      result.emptyId = isWorkflowApiError(error) ? error.code : String(error);
    }
    try {
      const run = await client.run(workflowId, input);
      result.run = { status: run.status, hasRunId: typeof run.runId === 'string' };
    } catch (error) {
      result.run = String(error);
    }
    results.push(result);
  }
  return results;
}
