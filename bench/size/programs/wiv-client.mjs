// One Wiv run with our typed client.
import { createWivClient } from '@workflow-clients/wiv';

const client = createWivClient({ apiKey: 'bench-wiv-key' });
const { data } = await client.POST('/workflows/{workflow_id}/run', {
  params: { path: { workflow_id: 'workflow_def456ghi789' } },
  body: { payload: { user_id: '12345', action: 'process_order' } },
});
console.log(data);
