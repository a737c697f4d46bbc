// `workflow-clients/embedworkflow`: this vendor alone, so a bundle that imports it carries no other vendor.
export * from '@workflow-clients/embedworkflow';
