// One Wiv run through the facade, which carries all five vendors.
import { createWorkflowClient } from 'workflow-clients';

const provider = createWorkflowClient({ vendor: 'wiv', apiKey: 'bench-wiv-key' });
console.log(await provider.run('workflow_def456ghi789', { user_id: '12345', action: 'process_order' }));
