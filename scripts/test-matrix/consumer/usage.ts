// Type-checked by each TypeScript version in the matrix: the public API as a user's code
// meets it, and wrong shapes that must not compile (each @ts-expect-error fails if they do).

import { createAiTutorProvider } from '@workflow-clients/aitutor';
import { createAltostratProvider } from '@workflow-clients/altostrat';
import { createEmbedWorkflowProvider } from '@workflow-clients/embedworkflow';
import { createInteractlyProvider } from '@workflow-clients/interactly';
import { createWorkflowMocks, type RecordedCall } from '@workflow-clients/msw';
import { createWivClient, createWivProvider } from '@workflow-clients/wiv';
import { createWorkflowClient, type WorkflowApiError, type WorkflowRun } from 'workflow-clients';
import { createWivProvider as createWivThroughFacade } from 'workflow-clients/wiv';

export async function everyVendor(): Promise<WorkflowRun[]> {
  const interactly = createWorkflowClient({ vendor: 'interactly' });
  const first = await interactly.run('5eb7cf5a86d9755df3a6c593', {}, { version: 1 });
  const next = await interactly.resume('5eb7cf5a86d9755df3a6c593', first.runId ?? '', { answer: 'yes' });
  const tutor = await createWorkflowClient({ vendor: 'aitutor' }).run('wf', { story: 's' });
  const text: string = tutor.output.text;
  void text;
  return [
    first,
    next,
    tutor,
    await createWorkflowClient({ vendor: 'wiv' }).run('wf'),
    await createWorkflowClient({ vendor: 'embedworkflow' }).run('wf', {}, { userKey: 'u' }),
    await createWorkflowClient({ vendor: 'altostrat' }).run('fl_1', {}, { idempotencyKey: crypto.randomUUID() }),
    await createWivProvider().run('wf'),
    await createInteractlyProvider().run('5eb7cf5a86d9755df3a6c593', {}),
    await createEmbedWorkflowProvider().run('wf', {}, { userKey: 'u' }),
    await createAiTutorProvider().run('wf', {}),
    await createAltostratProvider().run('fl_1', {}),
    await createWivThroughFacade().run('wf'),
  ];
}

export async function rawClient(): Promise<string | undefined> {
  const { data, error } = await createWivClient({ apiKey: 'k' }).POST('/workflows/{workflow_id}/run', {
    params: { path: { workflow_id: 'wf' } },
    body: { payload: {} },
  });
  return error ? undefined : data?.data.execution_id;
}

export function describeError(error: WorkflowApiError): string {
  return `${error.vendor} ${error.code} ${error.status ?? ''} ${error.retryable}`;
}

export const statuses = (calls: RecordedCall[]): number[] => calls.map((call) => call.status);
export const mockedVendors = Object.keys(createWorkflowMocks().vendors);

// @ts-expect-error Wiv has no resume
createWorkflowClient({ vendor: 'wiv' }).resume;
// @ts-expect-error a vendor that does not exist
createWorkflowClient({ vendor: 'zapier' });
// @ts-expect-error a workflow id is a string
createWivProvider().run(42);
// @ts-expect-error the raw client only knows the spec's paths
createWivClient().POST('/workflows/{workflow_id}/stop', {});
