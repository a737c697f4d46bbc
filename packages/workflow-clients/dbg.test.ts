import { it } from 'vitest';
import { useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { createWorkflowClient } from './src/index.js';
const mock = useWorkflowMockServer();
it.each([
  ['wiv', '\u0000', {}], ['wiv', 'ok', null], ['interactly', '00a0aaaaa0a0a00aaaa0000a', null], ['embedworkflow', 'w'.repeat(5000), {}], ['aitutor', '\u0000', ''], ['aitutor', 'x', null], ['wiv', 'ok', 'str'],
])('%s %j %j', async (vendor, id, input) => {
  mock.mocks.reset();
  const c = createWorkflowClient({ vendor: vendor as 'wiv', apiKey: vendor === 'embedworkflow' ? 'sk_test_x' : 'k' });
  const r = await (c.run as any)(id, input).then(() => 'ok', (e: any) => e.code + ': ' + e.message.slice(0, 300));
  console.log(vendor, JSON.stringify(id).slice(0, 20), JSON.stringify(input), r, JSON.stringify(mock.mocks.calls().map((x) => x.contractErrors)).slice(0, 400));
  mock.mocks.reset();
});
