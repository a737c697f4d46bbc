// The one call every variant makes, and the answer the loopback server and the stub give: the
// spec's own example, so that our clients' answer checks pass exactly as they would in use.
import { wivSpec } from '@workflow-clients/msw';

export const API_KEY = 'bench-wiv-key';
export const WORKFLOW_ID = 'workflow_def456ghi789';
export const INPUT = { user_id: '12345', action: 'process_order' };
export const ANSWER = JSON.stringify(
  wivSpec.paths['/workflows/{workflow_id}/run'].post.responses['200'].content['application/json'].examples.triggered
    .value,
);
