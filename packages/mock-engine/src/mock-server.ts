import { type SetupServer, setupServer } from 'msw/node';
import {
  assertContractsKept,
  createWorkflowMocks,
  type MockedSpecs,
  type WorkflowMocks,
  type WorkflowMocksOptions,
} from './workflow-mocks.js';

/**
 * What happens to a request no vendor's spec describes: `error` (the default) fails it, and
 * the test that sent it; `warn` prints a warning and lets it go out to the network; `bypass`
 * lets it go out silently. msw 2 and msw 3 both take these three.
 */
export type UnhandledRequests = 'error' | 'warn' | 'bypass';

export interface WorkflowMockServerOptions<Vendor extends string> extends WorkflowMocksOptions<Vendor> {
  /** `error` by default: a request no spec describes fails rather than reaching a real server. */
  onUnhandledRequest?: UnhandledRequests | undefined;
}

// msw 2 names the unhandled-request strategy onUnhandledRequest; msw 3 renamed it
// onUnhandledFrame and ignores the old name, which would let unhandled requests out to the
// network. Each version ignores the other's key, so both are given.
const unhandled = (strategy: UnhandledRequests) => ({ onUnhandledRequest: strategy, onUnhandledFrame: strategy });

const STRATEGIES: readonly string[] = ['error', 'warn', 'bypass'] satisfies UnhandledRequests[];

/**
 * msw 3 needs Node.js 22.12 or later, and on an older Node it intercepts nothing: requests
 * would go out to the real vendors. It says so only in its `engines`, so refuse to start.
 * msw 3's server has a `readyState`; msw 2's has none.
 */
function assertMswCanIntercept(server: SetupServer): void {
  if (!('readyState' in server)) return;
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return;
  throw new Error(
    `msw 3 needs Node.js 22.12 or later to intercept requests, and this is Node.js ${process.versions.node}: ` +
      'without interception, requests would reach the real vendors. Use msw 2 on this Node.js, or a newer Node.js.',
  );
}

/** msw 3's `readyState` while its server is listening (its `NetworkReadyState.ENABLED`). */
const MSW3_LISTENING = 1;

/**
 * Whether `server` has interception to stop. msw 3 says, and throws "already disabled" when a
 * server that is not listening is closed; msw 2 does not say, and closing its server in any
 * state is safe, so it is closed every time.
 */
function isListening(server: SetupServer): boolean {
  return !('readyState' in server) || server.readyState === MSW3_LISTENING;
}

export interface WorkflowMockServer<Vendor extends string, Typed = object> {
  server: SetupServer;
  mocks: WorkflowMocks<Vendor, Typed>;
  /** Starts intercepting; a request no handler answers is an error (unless told otherwise), never a real call. */
  listen(): void;
  /** Fails if a request broke its spec, then forgets calls, plans and per-test handlers. */
  afterEach(): void;
  /**
   * Stops intercepting. Safe in every state: called again, before `listen()`, or after a
   * `listen()` that refused to start, it does nothing; only a failure to stop a server that is
   * listening throws.
   */
  close(): void;
}

/**
 * Every vendor's spec-backed mock in one MSW server for Node, ready for a test runner's hooks:
 * `beforeAll(mock.listen)`, `afterEach(mock.afterEach)`, `afterAll(mock.close)`.
 */
export function setupWorkflowMockServer<Vendor extends string, Typed = object>(
  options: WorkflowMockServerOptions<Vendor> & { specs: MockedSpecs<Vendor> },
): WorkflowMockServer<Vendor, Typed> {
  const strategy = options.onUnhandledRequest ?? 'error';
  // A mistyped strategy would be ignored by msw, which then warns and lets requests out.
  if (!STRATEGIES.includes(strategy)) {
    throw new Error(`onUnhandledRequest must be one of ${STRATEGIES.join(', ')}, got ${String(strategy)}`);
  }
  const mocks = createWorkflowMocks<Vendor, Typed>(options);
  const server = setupServer(...mocks.handlers);
  return {
    server,
    mocks,
    listen: () => {
      assertMswCanIntercept(server);
      server.listen(unhandled(strategy));
    },
    afterEach: () => {
      server.resetHandlers();
      assertContractsKept(mocks);
    },
    close: () => {
      if (isListening(server)) server.close();
    },
  };
}
