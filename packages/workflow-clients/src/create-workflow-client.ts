import type { ClientOptions } from '@workflow-clients/core';
import { providerFactories, type ProviderByVendor, type RegisteredVendor } from './vendor-registry.js';

export type WorkflowClientOptions<V extends RegisteredVendor = RegisteredVendor> = ClientOptions & { vendor: V };

/** The vendors this package can create a client for. */
export const vendors = Object.freeze(Object.keys(providerFactories) as RegisteredVendor[]);

/**
 * The provider of one vendor behind the common interface, typed by `vendor`: what it returns
 * has exactly the methods and raw response types that vendor supports.
 */
export function createWorkflowClient<V extends RegisteredVendor>(options: WorkflowClientOptions<V>): ProviderByVendor[V] {
  // Not WorkflowApiErrors: those name a vendor, and here there is none. TypeScript already
  // rejects both calls; the checks are for plain JavaScript callers.
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`createWorkflowClient needs an options object naming the vendor, { vendor }: one of ${vendors.join(', ')}.`);
  }
  const { vendor, ...clientOptions } = options;
  const factory = Object.hasOwn(providerFactories, vendor) ? providerFactories[vendor] : undefined;
  if (!factory) throw new TypeError(`Unknown vendor ${JSON.stringify(vendor)}; expected one of ${vendors.join(', ')}.`);
  return factory(clientOptions);
}
