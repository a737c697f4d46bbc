import type { ProviderByVendor, RegisteredVendor } from 'workflow-clients';

// Every operation each provider calls, by the spec's operationId, with a call through the
// provider's public API that reaches it. Attack suites run a hostile answer against each.

export interface OperationCase<V extends RegisteredVendor = RegisteredVendor> {
  vendor: V;
  operationId: string;
  /** How the provider reaches it. */
  via: string;
  /** True where the request asks the vendor to do something (a run, a turn), false for reads. */
  acts: boolean;
  call(client: ProviderByVendor[V]): Promise<unknown>;
  /** For a listing: reads its first page only. */
  firstPage?(client: ProviderByVendor[V]): Promise<unknown>;
}

const INTERACTLY_WORKFLOW = '5eb7cf5a86d9755df3a6c593';
const INTERACTLY_RUN = '6650f1c2a9e4b3d2c1f0e9a8';

/** Reads every page of a listing, or up to `limit` pages. */
async function drain(pages: AsyncIterable<unknown>, limit = 10): Promise<unknown[]> {
  const seen: unknown[] = [];
  for await (const page of pages) {
    seen.push(page);
    if (seen.length >= limit) break;
  }
  return seen;
}

function operation<V extends RegisteredVendor>(
  vendor: V,
  operationId: string,
  via: string,
  acts: boolean,
  call: (client: ProviderByVendor[V]) => Promise<unknown>,
  firstPage?: (client: ProviderByVendor[V]) => Promise<unknown>,
): OperationCase {
  return { vendor, operationId, via, acts, call, ...(firstPage && { firstPage }) } as unknown as OperationCase;
}

export const operationCases: OperationCase[] = [
  operation('wiv', 'runWorkflow', 'run', true, (wiv) => wiv.run('workflow_def456ghi789', { order: 1 })),
  operation('interactly', 'executeWorkflow', 'run', true, (interactly) =>
    interactly.run(INTERACTLY_WORKFLOW, { order: 1 }),
  ),
  operation('interactly', 'executeWorkflow', 'resume', true, (interactly) =>
    interactly.resume(INTERACTLY_WORKFLOW, INTERACTLY_RUN, { answer: 'yes' }),
  ),
  operation('interactly', 'executeWorkflow', 'cancel', true, (interactly) =>
    interactly.cancel(INTERACTLY_WORKFLOW, INTERACTLY_RUN),
  ),
  operation('interactly', 'getWorkflowRun', 'getRun', false, (interactly) =>
    interactly.getRun(INTERACTLY_WORKFLOW, INTERACTLY_RUN),
  ),
  operation(
    'interactly',
    'listWorkflowRuns',
    'listRuns',
    false,
    (interactly) => drain(interactly.listRuns({ size: 2 }).pages()),
    (interactly) => drain(interactly.listRuns({ size: 2 }).pages(), 1),
  ),
  operation('embedworkflow', 'executeWorkflow', 'run', true, (embed) => embed.run('6opb4', { order: 1 })),
  operation('embedworkflow', 'getExecution', 'getRun', false, (embed) =>
    embed.getRun('6opb4', '0198c2e9-cc9f-7277-af8a-40c7ef19273a'),
  ),
  operation('aitutor', 'runWorkflow', 'run', true, (aitutor) => aitutor.run('wf_abc123', { story: 'x' })),
  operation('aitutor', 'createStreamToken', 'stream', false, (aitutor) =>
    aitutor.stream('wf_abc123', { story: 'x' }).then((stream) => stream.text()),
  ),
  operation('aitutor', 'streamWorkflow', 'stream', true, (aitutor) =>
    aitutor.stream('wf_abc123', { story: 'x' }).then((stream) => stream.text()),
  ),
  operation('altostrat', 'executeWorkflow', 'run', true, (altostrat) =>
    altostrat.run('fl_a1b2c3d4e5f6g7h8', { order: 1 }),
  ),
  operation('altostrat', 'getWorkflowRun', 'getRun', false, (altostrat) =>
    altostrat.getRun('fl_a1b2c3d4e5f6g7h8', 'fl_run_a1b2c3d4e5f6g7h8'),
  ),
  operation(
    'altostrat',
    'listWorkflowExecutions',
    'listRuns',
    false,
    (altostrat) => drain(altostrat.listRuns('fl_a1b2c3d4e5f6g7h8').pages()),
    (altostrat) => drain(altostrat.listRuns('fl_a1b2c3d4e5f6g7h8').pages(), 1),
  ),
];

/** A label for test names: `altostrat getRun (getWorkflowRun)`. */
export const describeOperation = (operation: OperationCase) =>
  `${operation.vendor} ${operation.via} (${operation.operationId})`;
