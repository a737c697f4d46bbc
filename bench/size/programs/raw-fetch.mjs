// One Wiv run with fetch alone.
const response = await fetch('https://api.wiv.ai/workflows/workflow_def456ghi789/run', {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-api-key': 'bench-wiv-key' },
  body: JSON.stringify({ payload: { user_id: '12345', action: 'process_order' } }),
});
if (!response.ok) throw new Error(`status ${response.status}`);
console.log(await response.json());
