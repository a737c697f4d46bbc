import type { ClientOptions } from '@workflow-clients/core';
import { createWivProvider, type WivProvider } from '@workflow-clients/wiv';

/** Each vendor's provider type, by slug. */
export interface ProviderByVendor {
  wiv: WivProvider;
}

export type RegisteredVendor = keyof ProviderByVendor;

// The facade only composes: every entry is a vendor package's own factory.
export const providerFactories: { readonly [V in RegisteredVendor]: (options: ClientOptions) => ProviderByVendor[V] } = {
  wiv: createWivProvider,
};
