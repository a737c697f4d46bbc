import type { HttpHandler } from 'msw';
import type { OpenApiDocument } from './openapi-document.js';
import { aboutRunAsked, runModels } from './scenario/run-models.js';
import { createRunScenario, type RunScenario } from './scenario/run-scenario.js';
import {
  createSpecMock,
  type OperationResponses,
  type RecordedCall,
  type SpecMock,
  type SpecMockOptions,
} from './spec-mock/create-spec-mock.js';

// The engine of `@workflow-clients/msw`, which adds the specs it embeds as the default: a vendor's
// own tests use it with the vendor's spec alone, so they need no other vendor's spec or build.

/**
 * The mock of one vendor: typed by `Typed`, a map from vendor slug to what its mock can be told to
 * answer (`respondWith`), where the map names the vendor; any operation and status elsewhere.
 */
export type VendorMock<Vendor extends string, Typed = object> = SpecMock<
  Vendor extends keyof Typed
    ? Typed[Vendor] extends OperationResponses
      ? Typed[Vendor]
      : OperationResponses
    : OperationResponses
>;

/** The specs to mock, by vendor slug. */
export type MockedSpecs<Vendor extends string> = { readonly [V in Vendor]: OpenApiDocument };

/** Every mocked vendor's spec-backed mock, and all their handlers in one list. */
export interface WorkflowMocks<Vendor extends string, Typed = object> {
  readonly vendors: { readonly [V in Vendor]: VendorMock<V, Typed> };
  readonly handlers: readonly HttpHandler[];
  /** Calls across every vendor, in the order each vendor received them. */
  calls(): RecordedCall[];
  contractFailures(): RecordedCall[];
  reset(): void;
}

export interface WorkflowMocksOptions<Vendor extends string> {
  /**
   * The specs to mock, by vendor slug. `@workflow-clients/msw` mocks every vendor's spec it
   * embeds unless told otherwise: pass your own to mock only some vendors, or a spec you are editing.
   */
  specs?: MockedSpecs<Vendor> | undefined;
  /** Answer on these server URLs instead of each spec's own, e.g. for a loopback base URL. */
  baseUrls?: Partial<Record<Vendor, readonly string[]>> | undefined;
  onContractFailure?: SpecMockOptions['onContractFailure'] | undefined;
  /**
   * Scenario mode: the vendors whose runs can be read back answer from the runs started so
   * far instead of always with the same example. A run goes queued, running, then to the
   * scenario's end over successive reads (with `turns`, an Interactly run takes its turns on
   * the way); a cancel answers cancelled; a listing pages over the runs started. `respondWith`
   * plans still come first.
   */
  scenario?: RunScenario | undefined;
}

/** Creates the spec-backed mock of each vendor whose spec `specs` names. */
export function createWorkflowMocks<Vendor extends string, Typed = object>(
  options: WorkflowMocksOptions<Vendor> & { specs: MockedSpecs<Vendor> },
): WorkflowMocks<Vendor, Typed> {
  const documents = options.specs as Record<Vendor, OpenApiDocument>;
  const vendors = Object.fromEntries(
    (Object.keys(documents) as Vendor[]).map((vendor) => [
      vendor,
      createSpecMock(documents[vendor], {
        vendor,
        ...(options.baseUrls?.[vendor] ? { baseUrls: options.baseUrls[vendor] } : {}),
        ...(options.onContractFailure ? { onContractFailure: options.onContractFailure } : {}),
        ...(options.scenario && runModels[vendor]
          ? { responder: createRunScenario(vendor, runModels[vendor], options.scenario, documents[vendor]) }
          : {}),
        ...(runModels[vendor] ? { aboutRunAsked: aboutRunAsked(runModels[vendor]) } : {}),
      }),
    ]),
  ) as unknown as { [V in Vendor]: VendorMock<V, Typed> };
  const all = Object.values(vendors) as SpecMock[];
  return {
    vendors,
    handlers: all.flatMap((mock) => mock.handlers),
    calls: () => all.flatMap((mock) => mock.calls),
    contractFailures: () => all.flatMap((mock) => mock.contractFailures()),
    reset: () => {
      for (const mock of all) mock.reset();
    },
  };
}

/**
 * Throws when any recorded call broke its spec, listing each broken call; then forgets all
 * calls and plans. Call it after each test so a request that breaks a spec fails that test.
 */
export function assertContractsKept(mocks: Pick<WorkflowMocks<string>, 'contractFailures' | 'reset'>): void {
  const failures = mocks.contractFailures();
  mocks.reset();
  if (failures.length === 0) return;
  const lines = failures.map(
    (call) =>
      `${call.method} ${call.url} (${call.operationId}): ${call.contractErrors.map((e) => `${e.location}: ${e.message}`).join('; ')}`,
  );
  throw new Error(`Requests broke the spec:\n${lines.join('\n')}`);
}
