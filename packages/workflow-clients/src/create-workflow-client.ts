import type { ClientOptions } from '@workflow-clients/core';
import { type ProviderByVendor, type RegisteredVendor, registry, type VendorList } from './vendor-registry.js';

export type WorkflowClientOptions<V extends RegisteredVendor = RegisteredVendor> = ClientOptions & { vendor: V };

/** The vendors this package can create a client for, by slug. */
export const vendors = Object.freeze(Object.keys(registry) as RegisteredVendor[]);

/** Each vendor's name, as messages and tables give it, by slug. */
export const vendorNames: Readonly<Record<RegisteredVendor, string>> = Object.freeze(
  Object.fromEntries(vendors.map((vendor) => [vendor, registry[vendor].definition.name])) as Record<
    RegisteredVendor,
    string
  >,
);

/** The environment variable each vendor's credential defaults to, by slug. */
export const apiKeyEnvVars: Readonly<Record<RegisteredVendor, string>> = Object.freeze(
  Object.fromEntries(vendors.map((vendor) => [vendor, registry[vendor].definition.apiKeyEnvVar])) as Record<
    RegisteredVendor,
    string
  >,
);

/**
 * What the compiler asks for when `vendor` is not a registered slug (a typo, or a `string` not yet
 * checked against `vendors`): its error then reads "… is not assignable to type 'pass one of: …'".
 */
export type VendorExpected = `pass one of: ${VendorList}`;

/**
 * The provider of one vendor behind the common interface, typed by `vendor`: what it returns
 * has exactly the methods and raw response types that vendor supports. For a vendor known only
 * at run time, check it against `vendors` first, and hold the client as a `WorkflowProvider`.
 *
 * @example
 * ```ts
 * const altostrat = createWorkflowClient({ vendor: 'altostrat', apiKey: process.env.ALTOSTRAT_API_KEY });
 * const run = await altostrat.run('fl_a1b2c3d4e5f6g7h8', { customer: 'acme' });
 * console.log((await altostrat.waitForRun(run)).status);
 * ```
 */
export function createWorkflowClient<V extends RegisteredVendor>(
  options: WorkflowClientOptions<V>,
): ProviderByVendor[V];
/** Not a registered vendor: this signature exists so that the compiler's error says which are. */
export function createWorkflowClient(options: ClientOptions & { vendor: VendorExpected }): never;
export function createWorkflowClient<V extends RegisteredVendor>(
  options: WorkflowClientOptions<V>,
): ProviderByVendor[V] {
  // Not WorkflowApiErrors: those name a vendor, and here there is none. TypeScript already
  // rejects both calls; the checks are for plain JavaScript callers.
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `createWorkflowClient needs an options object naming the vendor, { vendor }: one of ${vendors.join(', ')}.`,
    );
  }
  const { vendor, ...clientOptions } = options;
  const registration = Object.hasOwn(registry, vendor) ? registry[vendor] : undefined;
  if (!registration)
    throw new TypeError(`Unknown vendor ${JSON.stringify(vendor)}; expected one of ${vendors.join(', ')}.`);
  return registration.create(clientOptions);
}
