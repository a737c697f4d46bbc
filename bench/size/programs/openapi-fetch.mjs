// One Wiv run with bare openapi-fetch.
import createClient from 'openapi-fetch';

const client = createClient({ baseUrl: 'https://api.wiv.ai' });
const { data, error } = await client.POST('/workflows/{workflow_id}/run', {
  params: { path: { workflow_id: 'workflow_def456ghi789' } },
  body: { payload: { user_id: '12345', action: 'process_order' } },
  headers: { 'x-api-key': 'bench-wiv-key' },
});
if (error) throw new Error('error answer');
console.log(data);
