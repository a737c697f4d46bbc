// One Wiv run with the openai SDK's generic request.
import OpenAI from 'openai';

const client = new OpenAI({ apiKey: 'bench-wiv-key', baseURL: 'https://api.wiv.ai' });
console.log(
  await client.post('/workflows/workflow_def456ghi789/run', {
    body: { payload: { user_id: '12345', action: 'process_order' } },
  }),
);
