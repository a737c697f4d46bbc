// The source files of a new vendor package, in the shape of the finished vendors
// (packages/wiv is the simplest one to compare with).
export const clientTemplate = ({
  slug,
  name,
  pascal,
  camel,
  envVar,
}) => `import type { ClientOptions } from '@workflow-clients/core';
import type { Client } from 'openapi-fetch';
import { createVendorClient, type VendorDefinition } from '@workflow-clients/core/internal';
import type { paths } from './generated/openapi.js';
import { specFacts } from './generated/spec-facts.js';
import { read${pascal}Error } from './${slug}-error.js';

/** ${name}, as its spec describes it (\`specs/${slug}/openapi.yaml\`): declared once, for the client and the provider. */
export const ${camel}Definition = {
  slug: '${slug}',
  name: '${name}',
  apiKeyEnvVar: '${envVar}',
  // Read from the spec by \`pnpm generate\` (generated/spec-facts.ts), never copied by hand: a
  // regenerated spec moves the client with it.
  defaultBaseUrl: specFacts.defaultBaseUrl,
  auth: specFacts.auth,
  pathPatterns: specFacts.pathPatterns,
  publicPaths: specFacts.publicPaths,
  // TODO set idempotencyHeader only if the vendor documents deduplication by key.
  retryPolicy: {},
  readError: read${pascal}Error,
  // TODO what the vendor's API can do besides starting a run.
  capabilities: { resume: false, cancel: false, idempotency: false, getRun: false, settlesOnReturn: false },
  version: __PACKAGE_VERSION__,
} as const satisfies VendorDefinition;

export type ${pascal}ClientOptions = ClientOptions;
export type ${pascal}Client = Client<paths, 'application/json'>;

/** A typed openapi-fetch client for ${name}: non-2xx answers throw \`WorkflowApiError\`; bad ids, credentials and bodies are refused unsent. */
export const create${pascal}Client = (options: ${pascal}ClientOptions = {}): ${pascal}Client => createVendorClient<paths>(${camel}Definition, options);
`;

export const errorTemplate = ({
  name,
  pascal,
}) => `/** The reason in a ${name} error body (the spec's \`ErrorResponse\`): its \`message\`. TODO as documented. */
export function read${pascal}Error(body: unknown): string | undefined {
  const { message } = (body ?? {}) as { message?: unknown };
  return typeof message === 'string' ? message : undefined;
}
`;

export const providerTemplate = ({
  slug,
  pascal,
  camel,
}) => `import type { RunOptions, WorkflowProvider, WorkflowRun } from '@workflow-clients/core';
import { createVendorRuntime, expectAnswer, normalizeStatus, settledOnlyWaiter, type StatusTable } from '@workflow-clients/core/internal';
import { runWorkflowAnswer } from './generated/answer-shapes.js';
import type { components, paths } from './generated/openapi.js';
import { ${camel}Definition, type ${pascal}ClientOptions } from './${slug}-client.js';

export type ${pascal}RunResponse = components['schemas']['WorkflowRun'];
export type ${pascal}Run = WorkflowRun<${pascal}RunResponse, '${slug}'>;

// Omitting resume and cancel (rather than leaving them optional) makes calling them a compile error.
export interface ${pascal}Provider extends Omit<WorkflowProvider<${pascal}RunResponse>, 'resume' | 'cancel' | 'run' | 'getRun'> {
  readonly vendor: '${slug}';
  readonly capabilities: typeof ${camel}Definition.capabilities;
  run(workflowId: string, input?: Record<string, unknown>, options?: RunOptions): Promise<${pascal}Run>;
}

// TODO the vendor's documented status words.
export const ${camel}Statuses: StatusTable = {
  queued: 'queued',
  running: 'running',
  succeeded: 'succeeded',
  failed: 'failed',
  cancelled: 'cancelled',
};

/** ${pascal} behind the common \`WorkflowProvider\` interface. */
export function create${pascal}Provider(options: ${pascal}ClientOptions = {}): ${pascal}Provider {
  const { vendor, client, call, input } = createVendorRuntime<paths, typeof ${camel}Definition>(${camel}Definition, options);
  return {
    vendor: vendor.slug,
    capabilities: vendor.capabilities,
    async run(workflowId, runInput, runOptions = {}) {
      const answer = await client.POST('/workflows/{workflow_id}/run', {
        params: { path: { workflow_id: workflowId } },
        body: { input: input(runInput) },
        ...call(runOptions),
      });
      // The spec's required fields and types, generated into answer-shapes.ts by pnpm generate.
      const raw = expectAnswer(answer, runWorkflowAnswer);
      return { vendor: vendor.slug, workflowId, runId: raw.id, ...normalizeStatus(${camel}Statuses, raw.status), raw };
    },
    // TODO if the vendor documents reading a run back: add getRun, set capabilities.getRun, and
    // use pollingWaiter(vendor, getRun) instead, which then polls it.
    waitForRun: settledOnlyWaiter<${pascal}Run>(vendor),
  };
}
`;

export const indexTemplate = ({
  slug,
  pascal,
  camel,
  coreReExport,
}) => `export { create${pascal}Client, type ${pascal}Client, type ${pascal}ClientOptions } from './${slug}-client.js';
export { ${camel}Statuses, create${pascal}Provider, type ${pascal}Provider, type ${pascal}Run, type ${pascal}RunResponse } from './${slug}-provider.js';
export type { components, operations, paths } from './generated/openapi.js';
// Core's public API (the error every call rejects with, the option and run types, the limits),
// named one by one, so that this package alone is enough.
${coreReExport}`;

export const internalTemplate = ({
  slug,
  camel,
}) => `// What this repository's other packages build on (the facade's registry, the shared test
// suites): the vendor's definition, which holds how it is called, retried and read. Not for
// users: it may change in any release, so it stays out of the API this package promises.
export { ${camel}Definition } from './${slug}-client.js';
`;

export const specEntryTemplate = ({
  slug,
}) => `// The OpenAPI document this package was generated from, as data: what @workflow-clients/msw serves,
// and what a test can mock or read. Not part of the client's bundle.
export { type MockedOperations, ${slug}Spec } from './generated/spec-document.js';
`;

export const providerTestTemplate = ({
  slug,
  pascal,
}) => `import { useWorkflowMockServer } from '@workflow-clients/mock-engine/vitest';
import { expect, it } from 'vitest';
import { type MockedOperations, ${slug}Spec } from './generated/spec-document.js';
import { create${pascal}Provider } from './index.js';

// Scaffolded: grow these into the vendor's own behaviour as the spec fills in.
const mock = useWorkflowMockServer<'${slug}', { ${slug}: MockedOperations }>({ specs: { ${slug}: ${slug}Spec } });
const vendorMock = mock.mocks.vendors.${slug};

it('runs a workflow through the spec-backed mock', async () => {
  const run = await create${pascal}Provider({ apiKey: 'test-key' }).run('wf_123', { customer: 'Ada' });
  expect(run).toMatchObject({ vendor: '${slug}', workflowId: 'wf_123', runId: 'run_123', status: 'queued' });
  expect(vendorMock.calls[0]?.headers.authorization).toBe('Bearer test-key');
  expect(vendorMock.calls[0]?.body).toEqual({ input: { customer: 'Ada' } });
});

it.each([
  [401, 'unauthorized'],
  [404, 'not_found'],
] as const)('maps %i to %s', async (status, code) => {
  vendorMock.respondWith('runWorkflow', { status });
  await expect(create${pascal}Provider({ apiKey: 'test-key' }).run('wf_123')).rejects.toMatchObject({ vendor: '${slug}', code, status });
});
`;

export const typesTestTemplate = ({ pascal }) => `import type { WorkflowProvider } from '@workflow-clients/core';
import { expectTypeOf, it } from 'vitest';
import { create${pascal}Client, create${pascal}Provider, type ${pascal}Run } from './index.js';

it('types the client by the spec and the provider by the common interface', () => {
  const client = create${pascal}Client({ apiKey: 'k' });
  // @ts-expect-error params.path.workflow_id is required: \`Property 'params' is missing\`
  void client.POST('/workflows/{workflow_id}/run', { body: { input: {} } });
  const provider = create${pascal}Provider({ apiKey: 'k' });
  expectTypeOf(provider).toExtend<WorkflowProvider>();
  expectTypeOf(provider.run).returns.resolves.toEqualTypeOf<${pascal}Run>();
  // @ts-expect-error no resume until the vendor documents one: \`Property 'resume' does not exist\`
  void provider.resume;
});
`;

export const readmeTemplate = ({ slug, name, pascal, camel, envVar }) => `# @workflow-clients/${slug}

A typed client for ${name}'s "run a workflow" API, generated from a hand-written OpenAPI 3.1
spec. Part of workflow-clients: the same \`WorkflowProvider\` interface for
every vendor, one error type, retries that never start a run twice.

## Install

\`\`\`sh
npm install @workflow-clients/${slug}
\`\`\`

## Example

\`\`\`ts
import { create${pascal}Provider } from '@workflow-clients/${slug}';

const ${camel} = create${pascal}Provider(); // the key from ${envVar}
const run = await ${camel}.run('wf_123', { customer: 'Ada' });
console.log(run.runId, run.status);
\`\`\`

\`create${pascal}Client()\` gives the raw openapi-fetch client, typed by the spec; it throws
\`WorkflowApiError\` on a non-2xx instead of returning \`{ error }\`.

## Options

| option | meaning | default |
|---|---|---|
| \`apiKey\` | sent as \`Authorization: Bearer …\` | env \`${envVar}\` |
| \`baseUrl\` | server URL | \`https://api.${slug}.invalid\` |
| \`timeoutMs\` | per attempt, body included | 60 000 |
| \`maxRetries\` | extra attempts where safe (\`429\`, a connection refused before sending) | 2 |
| \`fetch\`, \`headers\`, \`allowInsecureHttp\` | as in every workflow-clients package | |

## Errors

Every failure is a \`WorkflowApiError\` (exported here, with \`isWorkflowApiError\`) with a
\`code\`, \`retryable\`, \`mayHaveStarted\`, \`status\` and \`requestId\`; the key never appears in it.

The workflow-clients repository's README and its docs/ folder cover every option, error field
and decision.
`;
