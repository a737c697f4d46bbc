import { createWivClient } from '@workflow-clients/wiv';
import createClient from 'openapi-fetch';
import { startLoopback } from './peers/loopback.mjs';
const server = await startLoopback();
const which = process.argv[2] ?? 'ours';
const baseUrl = server.baseUrl;
const client = which === 'ours' ? createWivClient({ apiKey: 'k', baseUrl }) : createClient({ baseUrl });
const call = () => client.POST('/workflows/{workflow_id}/run', { params: { path: { workflow_id: 'workflow_def456ghi789' } }, body: { payload: { a: 1 } }, headers: which==='ours'?undefined:{'x-api-key':'k'} });
for (let i = 0; i < 1000; i++) await call();
const t = process.hrtime.bigint();
const N = 5000;
for (let i = 0; i < N; i++) { const r = await call(); if (r.error) throw new Error(JSON.stringify(r.error)); }
console.log(which, Number(process.hrtime.bigint() - t) / 1000 / N, 'µs/call');
server.close();
