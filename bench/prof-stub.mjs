import { createWivClient } from '@workflow-clients/wiv';
import createClient from 'openapi-fetch';
const ANSWER = JSON.stringify({ execution_id: 'exec_abc', status: 'triggered', message: 'ok' });
const stub = async () => new Response(ANSWER, { status: 200, headers: { 'content-type': 'application/json' } });
const which = process.argv[2] ?? 'ours';
const client = which === 'ours' ? createWivClient({ apiKey: 'k', baseUrl: 'https://api.wiv.ai', fetch: stub }) : createClient({ baseUrl: 'https://api.wiv.ai', fetch: stub });
const call = () => client.POST('/workflows/{workflow_id}/run', { params: { path: { workflow_id: 'workflow_def456ghi789' } }, body: { payload: { a: 1 } }, headers: which==='ours'?undefined:{'x-api-key':'k'} });
for (let i = 0; i < 3000; i++) await call();
const t = process.hrtime.bigint();
const N = 30000;
for (let i = 0; i < N; i++) { const r = await call(); if (r.error) throw new Error(JSON.stringify(r.error)); }
console.log(which, Number(process.hrtime.bigint() - t) / 1000 / N, 'µs/call');
