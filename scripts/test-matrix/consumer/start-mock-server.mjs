// Starts the mock server as a test file's beforeAll would; exits 1 with the error if it refuses.
import { setupWorkflowMockServer } from '@workflow-clients/msw/node';

const mock = setupWorkflowMockServer();
mock.listen();
mock.close();
console.log('listening');
