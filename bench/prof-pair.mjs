import { createWivClient } from '@workflow-clients/wiv';
import createClient from 'openapi-fetch';
import { startLoopback } from './peers/loopback.mjs';
const server = await startLoopback();
const baseUrl = server.baseUrl;
const ours = createWivClient({ apiKey: 'k', baseUrl });
const bare = createClient({ baseUrl });
const calls = {
  ours: () => ours.POST('/workflows/{workflow_id}/run', { params: { path: { workflow_id: 'workflow_def456ghi789' } }, body: { payload: { a: 1 } } }),
  bare: () => bare.POST('/workflows/{workflow_id}/run', { params: { path: { workflow_id: 'workflow_def456ghi789' } }, body: { payload: { a: 1 } }, headers: { 'x-api-key': 'k' } }),
};
const res = { ours: [], bare: [] };
for (let round = 0; round < 10; round++) for (const name of round % 2 ? ['ours', 'bare'] : ['bare', 'ours']) {
  const t = process.hrtime.bigint();
  for (let i = 0; i < 400; i++) await calls[name]();
  res[name].push(Number(process.hrtime.bigint() - t) / 1000 / 400);
}
const med = (v) => [...v].sort((a, b) => a - b)[5];
console.log('ours', med(res.ours).toFixed(0), 'bare', med(res.bare).toFixed(0), 'ratio', (med(res.ours) / med(res.bare)).toFixed(3));
server.close();
