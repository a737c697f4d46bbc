export type { OpenApiDocument } from './openapi-document.js';
export type { ScenarioState } from './scenario/run-models.js';
export type { RunScenario } from './scenario/run-scenario.js';
export {
  type ContractError,
  createSpecMock,
  type ExampleLookup,
  type OperationResponses,
  type PlannedResponse,
  type RecordedCall,
  type Responder,
  type ResponsePlan,
  type SpecMock,
  type SpecMockOptions,
  type StatusExamples,
} from './spec-mock/create-spec-mock.js';
export {
  assertContractsKept,
  createWorkflowMocks,
  type MockedSpecs,
  type VendorMock,
  type WorkflowMocks,
  type WorkflowMocksOptions,
} from './workflow-mocks.js';
