import { type AiTutorProvider, createAiTutorProvider } from '@workflow-clients/aitutor';
import { aiTutorDefinition } from '@workflow-clients/aitutor/internal';
import { type AltostratProvider, createAltostratProvider } from '@workflow-clients/altostrat';
import { altostratDefinition } from '@workflow-clients/altostrat/internal';
import type { ClientOptions } from '@workflow-clients/core';
import { createEmbedWorkflowProvider, type EmbedWorkflowProvider } from '@workflow-clients/embedworkflow';
import { embedWorkflowDefinition } from '@workflow-clients/embedworkflow/internal';
import { createInteractlyProvider, type InteractlyProvider } from '@workflow-clients/interactly';
import { interactlyDefinition } from '@workflow-clients/interactly/internal';
import { createWivProvider, type WivProvider } from '@workflow-clients/wiv';
import { wivDefinition } from '@workflow-clients/wiv/internal';

// The one list of vendors: every other list (the facade's `vendors`, the command line's, the
// tests') is read from it. The facade only composes: every entry is a vendor package's own.

/** Each vendor's provider type, by slug. */
export interface ProviderByVendor {
  wiv: WivProvider;
  interactly: InteractlyProvider;
  embedworkflow: EmbedWorkflowProvider;
  aitutor: AiTutorProvider;
  altostrat: AltostratProvider;
}

export type RegisteredVendor = keyof ProviderByVendor;

/**
 * The slugs as the compiler's message for a vendor that is not one lists them (a type cannot
 * list a union's members in order). The facade's type test checks that it names every vendor.
 */
export type VendorList = 'wiv, interactly, embedworkflow, aitutor, altostrat';

interface Registration<V extends RegisteredVendor> {
  /** The vendor's own definition: its slug, name, environment variable, capabilities. */
  readonly definition: { readonly slug: V; readonly name: string; readonly apiKeyEnvVar: string };
  readonly create: (options: ClientOptions) => ProviderByVendor[V];
}

export const registry: { readonly [V in RegisteredVendor]: Registration<V> } = {
  wiv: { definition: wivDefinition, create: createWivProvider },
  interactly: { definition: interactlyDefinition, create: createInteractlyProvider },
  embedworkflow: { definition: embedWorkflowDefinition, create: createEmbedWorkflowProvider },
  aitutor: { definition: aiTutorDefinition, create: createAiTutorProvider },
  altostrat: { definition: altostratDefinition, create: createAltostratProvider },
};
