import type { ClientOptions } from '@workflow-clients/core';
import { createAiTutorProvider, type AiTutorProvider } from '@workflow-clients/aitutor';
import { createAltostratProvider, type AltostratProvider } from '@workflow-clients/altostrat';
import { createEmbedWorkflowProvider, type EmbedWorkflowProvider } from '@workflow-clients/embedworkflow';
import { createInteractlyProvider, type InteractlyProvider } from '@workflow-clients/interactly';
import { createWivProvider, type WivProvider } from '@workflow-clients/wiv';

/** Each vendor's provider type, by slug. */
export interface ProviderByVendor {
  wiv: WivProvider;
  interactly: InteractlyProvider;
  embedworkflow: EmbedWorkflowProvider;
  aitutor: AiTutorProvider;
  altostrat: AltostratProvider;
}

export type RegisteredVendor = keyof ProviderByVendor;

// The facade only composes: every entry is a vendor package's own factory.
export const providerFactories: { readonly [V in RegisteredVendor]: (options: ClientOptions) => ProviderByVendor[V] } = {
  wiv: createWivProvider,
  interactly: createInteractlyProvider,
  embedworkflow: createEmbedWorkflowProvider,
  aitutor: createAiTutorProvider,
  altostrat: createAltostratProvider,
};
