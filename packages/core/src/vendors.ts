/** Every vendor this project has a client for, by the slug used in package names and options. */
export const VENDOR_SLUGS = ['wiv', 'interactly', 'embedworkflow', 'aitutor', 'altostrat'] as const;

export type VendorSlug = (typeof VENDOR_SLUGS)[number];

/** Human-readable vendor names, for error messages. */
export const VENDOR_NAMES: Readonly<Record<VendorSlug, string>> = {
  wiv: 'Wiv',
  interactly: 'Interactly',
  embedworkflow: 'Embed Workflow',
  aitutor: 'AI Tutor',
  altostrat: 'Altostrat',
};
