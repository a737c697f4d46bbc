// A consumer of all five vendors through our packages: the facade's providers and each
// vendor's typed client. Compared with bare.ts, which makes the same calls with openapi-fetch.
import { createAiTutorClient } from '@workflow-clients/aitutor';
import { createAltostratClient } from '@workflow-clients/altostrat';
import { createEmbedWorkflowClient } from '@workflow-clients/embedworkflow';
import { createInteractlyClient } from '@workflow-clients/interactly';
import { createWivClient } from '@workflow-clients/wiv';
import { createWorkflowClient, type WorkflowRun } from 'workflow-clients';

export async function throughTheFacade(): Promise<WorkflowRun[]> {
  const wiv = await createWorkflowClient({ vendor: 'wiv' }).run('wf_1', { a: 1 });
  const interactly = await createWorkflowClient({ vendor: 'interactly' }).run('5eb7cf5a86d9755df3a6c593', {
    name: 'Ada',
  });
  const embed = await createWorkflowClient({ vendor: 'embedworkflow' }).run('wf_1', { a: 1 }, { userKey: 'user-1' });
  const aitutor = await createWorkflowClient({ vendor: 'aitutor' }).run('wf_1', { story: 'x' });
  const altostrat = await createWorkflowClient({ vendor: 'altostrat' }).run('fl_1', { a: 1 }, { idempotencyKey: 'k' });
  return [wiv, interactly, embed, aitutor, altostrat];
}

export async function throughEachClient() {
  const wiv = await createWivClient().POST('/workflows/{workflow_id}/run', {
    params: { path: { workflow_id: 'wf_1' } },
    body: { payload: {} },
  });
  const interactly = await createInteractlyClient().POST('/workflows/v1/workflows/{workflow_id}/execute', {
    params: { path: { workflow_id: '5eb7cf5a86d9755df3a6c593' } },
    body: { run_input: { dynamic_variables: { name: 'Ada' } } },
  });
  const embed = await createEmbedWorkflowClient().POST('/workflows/{id}/execute', {
    params: { path: { id: 'wf_1' } },
    body: { execution_data: {} },
  });
  const aitutor = await createAiTutorClient().POST('/api/v1/run/{workflow_id}', {
    params: { path: { workflow_id: 'wf_1' } },
    body: { story: 'x' },
  });
  const altostrat = await createAltostratClient().POST('/workflows/{workflowId}/execute', {
    params: { path: { workflowId: 'fl_1' } },
    body: { context: {} },
  });
  return [wiv.data?.data.execution_id, interactly.data?.run_id, embed.data?.id, aitutor.data, altostrat.data];
}
