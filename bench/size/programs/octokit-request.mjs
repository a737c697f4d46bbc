// One Wiv run with @octokit/request.
import { request } from '@octokit/request';

const { data } = await request('POST /workflows/{workflow_id}/run', {
  baseUrl: 'https://api.wiv.ai',
  headers: { 'x-api-key': 'bench-wiv-key' },
  workflow_id: 'workflow_def456ghi789',
  payload: { user_id: '12345', action: 'process_order' },
});
console.log(data);
