// One Wiv run with our provider.
import { createWivProvider } from '@workflow-clients/wiv';

const provider = createWivProvider({ apiKey: 'bench-wiv-key' });
console.log(await provider.run('workflow_def456ghi789', { user_id: '12345', action: 'process_order' }));
