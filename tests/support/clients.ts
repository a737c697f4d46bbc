import type { ClientOptions, WorkflowProvider } from '@workflow-clients/core';
import { createWorkflowClient, type ProviderByVendor, type RegisteredVendor } from 'workflow-clients';
import type { OperationCase } from './operations.js';

// The one place the suites leave the facade's types, and why.
//
// Suites run each rule over every vendor, so the vendor they hold is `RegisteredVendor`, the
// union. createWorkflowClient types one vendor at a time, which is what users need; given the
// union, its answer is the union of five providers, on which TypeScript lets a suite call only
// the methods whose parameters agree. What every vendor offers is the common interface, so
// `providerFor` hands back that, and `operationClient` the union that an operation's `call`
// narrows itself. `untypedClient` is for the attack suites, whose options are what TypeScript
// would refuse (a plain JavaScript caller's, a hostile value): the facade checks them at run time.

/** A vendor's provider, seen through the interface every vendor shares. */
export type AnyProvider = WorkflowProvider<unknown, unknown, RegisteredVendor>;

/** The provider of `vendor`, as the common interface. */
export function providerFor(vendor: RegisteredVendor, options: ClientOptions = {}): AnyProvider {
  return operationClient(vendor, options) as AnyProvider;
}

/**
 * The provider of `vendor` seen with the methods `Shape` names, for a suite that tests what only
 * some vendors offer (handles, listings) over the vendors that offer it: the suite checks that
 * they do (`'handle' in client`, `capabilities`), since the union's types cannot say which.
 */
export function providerWith<Shape extends object>(
  vendor: RegisteredVendor,
  options: ClientOptions = {},
): AnyProvider & Shape {
  return operationClient(vendor, options) as unknown as AnyProvider & Shape;
}

/** The provider of `vendor`, typed by it: for a case's `call(client)`, which knows its vendor's methods. */
export function operationClient<V extends RegisteredVendor>(
  vendor: V,
  options: ClientOptions = {},
): ProviderByVendor[V] {
  return createWorkflowClient({ ...options, vendor });
}

/** Makes `operation`'s call with a client of its vendor. */
export function callOperation(operation: OperationCase, options: ClientOptions = {}): Promise<unknown> {
  return operation.call(operationClient(operation.vendor, options));
}

/** Reads `operation`'s first page where it lists, or makes its call. */
export function callFirstPage(operation: OperationCase, options: ClientOptions = {}): Promise<unknown> {
  return (operation.firstPage ?? operation.call)(operationClient(operation.vendor, options));
}

/**
 * A client made with options TypeScript would refuse, as a JavaScript caller or an attacker
 * would pass them: the facade and core check every option at run time, and these suites prove it.
 */
export function untypedClient(vendor: RegisteredVendor, options: Record<string, unknown>): AnyProvider {
  const create = createWorkflowClient as unknown as (options: Record<string, unknown>) => AnyProvider;
  return create({ ...options, vendor });
}
