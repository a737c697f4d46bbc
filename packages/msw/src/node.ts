import {
  type LoopbackMockServer as EngineLoopbackMockServer,
  type LoopbackMockServerOptions as EngineLoopbackMockServerOptions,
  type LoopbackRequest as EngineLoopbackRequest,
  type WorkflowMockServer as EngineWorkflowMockServer,
  type WorkflowMockServerOptions as EngineWorkflowMockServerOptions,
  setupWorkflowMockServer as setupServer,
  startLoopbackMockServer as startServer,
} from '@workflow-clients/mock-engine/node';
import { specsOrDefault } from './default-specs.js';
import type { MockedOperations } from './generated/index.js';
import type { MockedVendor } from './index.js';

export type { UnhandledRequests } from '@workflow-clients/mock-engine/node';

export type WorkflowMockServerOptions<Vendor extends string = MockedVendor> = EngineWorkflowMockServerOptions<Vendor>;

export type WorkflowMockServer<Vendor extends string = MockedVendor> = EngineWorkflowMockServer<
  Vendor,
  MockedOperations
>;

/**
 * Every vendor's spec-backed mock in one MSW server for Node, ready for a test runner's hooks:
 * `beforeAll(mock.listen)`, `afterEach(mock.afterEach)`, `afterAll(mock.close)`.
 */
export function setupWorkflowMockServer<Vendor extends string = MockedVendor>(
  options: WorkflowMockServerOptions<Vendor> = {},
): WorkflowMockServer<Vendor> {
  return setupServer<Vendor, MockedOperations>({ ...options, specs: specsOrDefault(options.specs) });
}

export type LoopbackMockServer<Vendor extends string = MockedVendor> = EngineLoopbackMockServer<
  Vendor,
  MockedOperations
>;

export type LoopbackRequest<Vendor extends string = MockedVendor> = EngineLoopbackRequest<Vendor>;

export type LoopbackMockServerOptions<Vendor extends string = MockedVendor> = EngineLoopbackMockServerOptions<Vendor>;

/**
 * Serves every vendor's spec-backed mock on a real loopback socket, for clients that cannot
 * be intercepted in-process: other runtimes (Bun, Deno, edge), other processes, benchmarks.
 * Each vendor answers under `/<vendor>`, so `baseUrlOf(vendor)` is the client's `baseUrl`.
 */
export function startLoopbackMockServer<Vendor extends string = MockedVendor>(
  options: LoopbackMockServerOptions<Vendor> = {},
): Promise<LoopbackMockServer<Vendor>> {
  return startServer<Vendor, MockedOperations>({ ...options, specs: specsOrDefault(options.specs) });
}
