// `workflow-clients/altostrat`: this vendor alone, so a bundle that imports it carries no other vendor.
export * from '@workflow-clients/altostrat';
