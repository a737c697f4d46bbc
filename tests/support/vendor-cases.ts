import { createAiTutorClient } from '@workflow-clients/aitutor';
import { aiTutorDefinition } from '@workflow-clients/aitutor/internal';
import { createAltostratClient } from '@workflow-clients/altostrat';
import { altostratDefinition } from '@workflow-clients/altostrat/internal';
import { createEmbedWorkflowClient } from '@workflow-clients/embedworkflow';
import { embedWorkflowDefinition } from '@workflow-clients/embedworkflow/internal';
import { createInteractlyClient } from '@workflow-clients/interactly';
import { interactlyDefinition } from '@workflow-clients/interactly/internal';
import { createWivClient } from '@workflow-clients/wiv';
import { wivDefinition } from '@workflow-clients/wiv/internal';
import type { RegisteredVendor } from 'workflow-clients';

// Per vendor: a credential in its documented shape, distinctive enough that finding it
// anywhere (a message, a log line, a recorded body) can only mean it leaked; a workflow id its
// spec accepts, and a pattern every id it accepts matches; and whether it deduplicates runs
// by idempotency key; and its run operation on the raw client. `pnpm new-vendor` adds an entry
// here.
export interface VendorCase {
  apiKey: string;
  workflowId: string;
  /** Ids the spec accepts (a subset is enough), for the bad-input properties to mix in. */
  validIds: RegExp;
  idempotent: boolean;
  raw: RawRun;
}

/** A vendor's run operation on its typed client, driven untyped: the type tests prove the typed refusals. */
export interface RawRun {
  /** The vendor's definition, as its package exports it. */
  definition: {
    apiKeyEnvVar: string;
    defaultBaseUrl: string;
    auth: { type: string; header?: string };
    pathPatterns?: Readonly<Record<string, RegExp>>;
    publicPaths?: readonly string[];
  };
  client(options: Record<string, unknown>): { POST(path: string, init: Record<string, unknown>): Promise<unknown> };
  path: string;
  /** The path parameter that holds the workflow id. */
  param: string;
  /** A body the spec accepts. */
  body: unknown;
}

const raw = (
  definition: RawRun['definition'],
  client: unknown,
  path: string,
  param: string,
  body: unknown,
): RawRun => ({ definition, client: client as RawRun['client'], path, param, body });

export const vendorCases: Record<RegisteredVendor, VendorCase> = {
  wiv: {
    apiKey: 'wivSECRETkey0wiv1',
    workflowId: 'workflow_def456ghi789',
    validIds: /^[A-Za-z0-9_-]{1,40}$/,
    idempotent: false,
    raw: raw(wivDefinition, createWivClient, '/workflows/{workflow_id}/run', 'workflow_id', { payload: {} }),
  },
  interactly: {
    apiKey: 'interactlySECRETkey0int1',
    workflowId: '5eb7cf5a86d9755df3a6c593',
    validIds: /^[0-9a-f]{24}$/,
    idempotent: false,
    raw: raw(
      interactlyDefinition,
      createInteractlyClient,
      '/workflows/v1/workflows/{workflow_id}/execute',
      'workflow_id',
      { run_input: { command: 'start' } },
    ),
  },
  embedworkflow: {
    apiKey: 'sk_test_embedSECRETkey0emb1',
    workflowId: '0198c2e9-cc9f-7277-af8a-40c7ef19273a',
    validIds: /^[A-Za-z0-9_-]{1,40}$/,
    idempotent: false,
    raw: raw(embedWorkflowDefinition, createEmbedWorkflowClient, '/api/v1/workflows/{id}/execute', 'id', {}),
  },
  aitutor: {
    apiKey: 'aitutorSECRETkey0ait1',
    workflowId: 'wf_abc123',
    validIds: /^[A-Za-z0-9_-]{1,40}$/,
    idempotent: false,
    raw: raw(aiTutorDefinition, createAiTutorClient, '/api/v1/run/{workflow_id}', 'workflow_id', {}),
  },
  altostrat: {
    apiKey: 'altostratSECRETkey0alt1',
    workflowId: 'fl_a1b2c3d4e5f6g7h8',
    validIds: /^fl_[A-Za-z0-9]{1,30}$/,
    idempotent: true,
    raw: raw(altostratDefinition, createAltostratClient, '/workflows/{workflowId}/execute', 'workflowId', {}),
  },
};

/** Every credential above: what the secrets audit looks for. */
export const allApiKeys = Object.values(vendorCases).map((vendorCase) => vendorCase.apiKey);

/** The request header Altostrat deduplicates on. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
