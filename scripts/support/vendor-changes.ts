// Five real kinds of vendor change, as edits to our parsed specs, replayed by the spec diff's
// tests (the verdict and the changeset gate) and by vendor-changes.test.ts (the test or type
// error that names each one after regeneration).
// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document, edited in place
export type Spec = any;

export interface VendorChange {
  slug: string;
  /** Turns today's spec into the vendor's spec before the change, for a change the repository has already taken in. */
  older?: (spec: Spec) => void;
  /** What the vendor did. */
  change: (spec: Spec) => void;
}

const altostratExecute = (s: Spec) => s.paths['/workflows/{workflowId}/execute'].post;
const embedWorkflowBody = (s: Spec) => s.components.schemas.ExecuteWorkflowRequest;
const interactlyStatus = (s: Spec) => s.components.schemas.WorkflowRunStatus;

export const vendorChanges = {
  /** (a) Altostrat adds an optional body field and an optional query parameter. */
  altostratAddsOptionals: {
    slug: 'altostrat',
    older: (s) => {
      delete s.components.schemas.ExecuteWorkflowRequest.properties.priority;
      altostratExecute(s).parameters = altostratExecute(s).parameters.filter(
        (p: { name?: string }) => p.name !== 'dry_run',
      );
    },
    change: (s) => {
      s.components.schemas.ExecuteWorkflowRequest.properties.priority = { type: 'integer', minimum: 1, maximum: 5 };
      altostratExecute(s).parameters.push({
        name: 'dry_run',
        in: 'query',
        required: false,
        schema: { type: 'boolean' },
      });
    },
  },
  /** (b) Embed Workflow renames a request-body field (every field of its body is optional today). */
  embedWorkflowRenamesField: {
    slug: 'embedworkflow',
    change: (s) => {
      embedWorkflowBody(s).properties.user_id = embedWorkflowBody(s).properties.user_key;
      delete embedWorkflowBody(s).properties.user_key;
    },
  },
  /** (c) Interactly adds `on_hold` to its run status. */
  interactlyAddsStatus: {
    slug: 'interactly',
    older: (s) => {
      interactlyStatus(s).enum = interactlyStatus(s).enum.filter((v: string) => v !== 'on_hold');
    },
    change: (s) => interactlyStatus(s).enum.push('on_hold'),
  },
  /** (d) Wiv drops an error status. */
  wivDropsStatus: {
    slug: 'wiv',
    change: (s) => delete s.paths['/workflows/{workflow_id}/run'].post.responses['403'],
  },
  /** (e) AI Tutor renames its x-ratelimit-* response headers. */
  aiTutorRenamesHeaders: {
    slug: 'aitutor',
    change: (s) => {
      for (const response of [s.components.responses.RunCompleted, s.components.responses.TooManyRequests]) {
        const headers = response.headers;
        headers['ratelimit-limit'] = headers['x-ratelimit-limit'];
        headers['ratelimit-remaining'] = headers['x-ratelimit-remaining'];
        delete headers['x-ratelimit-limit'];
        delete headers['x-ratelimit-remaining'];
      }
    },
  },
  /**
   * (f) Altostrat, all at once, the three changes a trial found regenerating green while the
   * client kept the old value: its workflow ids made lower-case only, its host moved, and its
   * credential moved from a bearer token to a header of its own.
   */
  altostratMovesFacts: {
    slug: 'altostrat',
    change: (s) => {
      s.components.parameters.WorkflowId.schema.pattern = '^fl_[a-z0-9]+$';
      s.servers[0].url = 'https://moved.altostrat.example';
      s.components.securitySchemes[Object.keys(s.security[0])[0] as string] = {
        type: 'apiKey',
        in: 'header',
        name: 'X-Altostrat-Key',
      };
    },
  },
} satisfies Record<string, VendorChange>;
