import type { RegisteredVendor } from 'workflow-clients';

// Per vendor: a credential in its documented shape, distinctive enough that finding it
// anywhere (a message, a log line, a recorded body) can only mean it leaked; a workflow id its
// spec accepts, and a pattern every id it accepts matches; and whether it deduplicates runs
// by idempotency key. `pnpm new-vendor` adds an entry here.
export interface VendorCase {
  apiKey: string;
  workflowId: string;
  /** Ids the spec accepts (a subset is enough), for the bad-input properties to mix in. */
  validIds: RegExp;
  idempotent: boolean;
}

export const vendorCases: Record<RegisteredVendor, VendorCase> = {
  wiv: { apiKey: 'wivSECRETkey0wiv1', workflowId: 'workflow_def456ghi789', validIds: /^[A-Za-z0-9_-]{1,40}$/, idempotent: false },
  interactly: { apiKey: 'interactlySECRETkey0int1', workflowId: '5eb7cf5a86d9755df3a6c593', validIds: /^[0-9a-f]{24}$/, idempotent: false },
  embedworkflow: { apiKey: 'sk_test_embedSECRETkey0emb1', workflowId: '0198c2e9-cc9f-7277-af8a-40c7ef19273a', validIds: /^[A-Za-z0-9_-]{1,40}$/, idempotent: false },
  aitutor: { apiKey: 'aitutorSECRETkey0ait1', workflowId: 'wf_abc123', validIds: /^[A-Za-z0-9_-]{1,40}$/, idempotent: false },
  altostrat: { apiKey: 'altostratSECRETkey0alt1', workflowId: 'fl_a1b2c3d4e5f6g7h8', validIds: /^fl_[A-Za-z0-9]{1,30}$/, idempotent: true },
};

/** Every credential above: what the secrets audit looks for. */
export const allApiKeys = Object.values(vendorCases).map((vendorCase) => vendorCase.apiKey);

/** The request header Altostrat deduplicates on. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
