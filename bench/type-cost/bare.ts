// The same calls as ours.ts made with bare openapi-fetch over the same generated types: the
// baseline for the type-checking cost our wrappers add.
import type { paths as AiTutorPaths } from '@workflow-clients/aitutor';
import type { paths as AltostratPaths } from '@workflow-clients/altostrat';
import type { paths as EmbedWorkflowPaths } from '@workflow-clients/embedworkflow';
import type { paths as InteractlyPaths } from '@workflow-clients/interactly';
import type { paths as WivPaths } from '@workflow-clients/wiv';
import createClient from 'openapi-fetch';

export async function throughEachClient() {
  const wiv = await createClient<WivPaths>().POST('/workflows/{workflow_id}/run', {
    params: { path: { workflow_id: 'wf_1' } },
    body: { payload: {} },
  });
  const interactly = await createClient<InteractlyPaths>().POST('/workflows/v1/workflows/{workflow_id}/execute', {
    params: { path: { workflow_id: '5eb7cf5a86d9755df3a6c593' } },
    body: { run_input: { dynamic_variables: { name: 'Ada' } } },
  });
  const embed = await createClient<EmbedWorkflowPaths>().POST('/workflows/{id}/execute', {
    params: { path: { id: 'wf_1' } },
    body: { execution_data: {} },
  });
  const aitutor = await createClient<AiTutorPaths>().POST('/api/v1/run/{workflow_id}', {
    params: { path: { workflow_id: 'wf_1' } },
    body: { story: 'x' },
  });
  const altostrat = await createClient<AltostratPaths>().POST('/workflows/{workflowId}/execute', {
    params: { path: { workflowId: 'fl_1' } },
    body: { context: {} },
  });
  return [wiv.data?.data.execution_id, interactly.data?.run_id, embed.data?.id, aitutor.data, altostrat.data];
}
