import {
  createWorkflowMocks as createMocks,
  type VendorMock as EngineVendorMock,
  type WorkflowMocks as EngineWorkflowMocks,
  type WorkflowMocksOptions as EngineWorkflowMocksOptions,
} from '@workflow-clients/mock-engine';
import { specsOrDefault } from './default-specs.js';
import type { MockedOperations, specs } from './generated/index.js';

export {
  assertContractsKept,
  type ContractError,
  createSpecMock,
  type ExampleLookup,
  type MockedSpecs,
  type OpenApiDocument,
  type OperationResponses,
  type PlannedResponse,
  type RecordedCall,
  type Responder,
  type ResponsePlan,
  type RunScenario,
  type ScenarioState,
  type SpecMock,
  type SpecMockOptions,
  type StatusExamples,
} from '@workflow-clients/mock-engine';
export * from './generated/index.js';

export type MockedVendor = keyof typeof specs;

/** The mock of one vendor: typed by its spec's operations where this package embeds the spec. */
export type VendorMock<Vendor extends string> = EngineVendorMock<Vendor, MockedOperations>;

/** Every mocked vendor's spec-backed mock, and all their handlers in one list. */
export type WorkflowMocks<Vendor extends string = MockedVendor> = EngineWorkflowMocks<Vendor, MockedOperations>;

export type WorkflowMocksOptions<Vendor extends string = MockedVendor> = EngineWorkflowMocksOptions<Vendor>;

/** Creates the spec-backed mock of each vendor: by default, every vendor whose spec is in `specs/`. */
export function createWorkflowMocks<Vendor extends string = MockedVendor>(
  options: WorkflowMocksOptions<Vendor> = {},
): WorkflowMocks<Vendor> {
  return createMocks<Vendor, MockedOperations>({ ...options, specs: specsOrDefault(options.specs) });
}
