import { useWorkflowMockServer as useServer } from '@workflow-clients/mock-engine/vitest';
import { specsOrDefault } from './default-specs.js';
import type { MockedOperations } from './generated/index.js';
import type { MockedVendor } from './index.js';
import type { WorkflowMockServer, WorkflowMockServerOptions } from './node.js';

export { expectRefusedBeforeSending, type RefusalExpectation } from '@workflow-clients/mock-engine/vitest';

/**
 * For a Vitest file: starts the spec-backed mocks (every vendor's, or those `specs` names)
 * before the tests, fails any test whose requests broke a spec, and stops them after the file.
 * A request no spec describes fails too, unless `onUnhandledRequest` says `warn` or `bypass`.
 */
export function useWorkflowMockServer<Vendor extends string = MockedVendor>(
  options: WorkflowMockServerOptions<Vendor> = {},
): WorkflowMockServer<Vendor> {
  return useServer<Vendor, MockedOperations>({ ...options, specs: specsOrDefault(options.specs) });
}
