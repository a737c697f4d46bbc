import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { setupWorkflowMockServer, type WorkflowMockServer, type WorkflowMockServerOptions } from './mock-server.js';
import type { MockedSpecs } from './workflow-mocks.js';

/**
 * For a Vitest file: starts the spec-backed mocks (every vendor's, or those `specs` names)
 * before the tests, fails any test whose requests broke a spec, and stops them after the file.
 * A request no spec describes fails too, unless `onUnhandledRequest` says `warn` or `bypass`.
 */
export function useWorkflowMockServer<Vendor extends string, Typed = object>(
  options: WorkflowMockServerOptions<Vendor> & { specs: MockedSpecs<Vendor> },
): WorkflowMockServer<Vendor, Typed> {
  const mock = setupWorkflowMockServer<Vendor, Typed>(options);
  beforeAll(mock.listen);
  afterEach(mock.afterEach);
  afterAll(mock.close);
  return mock;
}

export interface RefusalExpectation {
  vendor: string;
  /** What the error message must say. */
  message: RegExp;
  /** A `vi.fn` fetch given to the client: it must not have been called. */
  fetch: unknown;
  /** The vendor mock's recorded calls: there must be none. */
  calls: readonly unknown[];
}

/**
 * Asserts for one call that bad input is refused with `invalid_input`
 * and nothing reaches the network, neither the caller's fetch nor the mock.
 */
export async function expectRefusedBeforeSending(
  attempt: Promise<unknown>,
  expected: RefusalExpectation,
): Promise<Error> {
  const error = await attempt.catch((e: unknown) => e);
  expect(error).toMatchObject({
    name: 'WorkflowApiError',
    vendor: expected.vendor,
    code: 'invalid_input',
    retryable: false,
  });
  expect((error as Error).message).toMatch(expected.message);
  expect(expected.fetch).not.toHaveBeenCalled();
  expect(expected.calls).toHaveLength(0);
  return error as Error;
}
