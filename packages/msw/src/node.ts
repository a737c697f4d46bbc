import { type SetupServer, setupServer } from 'msw/node';
import {
  assertContractsKept,
  createWorkflowMocks,
  type MockedVendor,
  type WorkflowMocks,
  type WorkflowMocksOptions,
} from './index.js';

// msw 2 names the unhandled-request strategy onUnhandledRequest; msw 3 renamed it
// onUnhandledFrame and ignores the old name, which would let unhandled requests out to the
// network. Each version ignores the other's key, so both are given.
const refuseUnhandled = { onUnhandledRequest: 'error', onUnhandledFrame: 'error' } as const;

export interface WorkflowMockServer<Vendor extends string = MockedVendor> {
  server: SetupServer;
  mocks: WorkflowMocks<Vendor>;
  /** Starts intercepting; any request no handler answers is an error, never a real call. */
  listen(): void;
  /** Fails if a request broke its spec, then forgets calls, plans and per-test handlers. */
  afterEach(): void;
  close(): void;
}

/**
 * Every vendor's spec-backed mock in one MSW server for Node, ready for a test runner's hooks:
 * `beforeAll(mock.listen)`, `afterEach(mock.afterEach)`, `afterAll(mock.close)`.
 */
export function setupWorkflowMockServer<Vendor extends string = MockedVendor>(
  options: WorkflowMocksOptions<Vendor> = {},
): WorkflowMockServer<Vendor> {
  const mocks = createWorkflowMocks(options);
  const server = setupServer(...mocks.handlers);
  return {
    server,
    mocks,
    listen: () => server.listen(refuseUnhandled),
    afterEach: () => {
      server.resetHandlers();
      assertContractsKept(mocks);
    },
    close: () => server.close(),
  };
}

export {
  type LoopbackMockServer,
  type LoopbackMockServerOptions,
  type LoopbackRequest,
  startLoopbackMockServer,
} from './loopback-server.js';
