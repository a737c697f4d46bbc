// Generated from specs/interactly/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

/** What the spec states that the clients act on, read from it by `pnpm generate`. */
export const specFacts = {
  /** The spec's first server. */
  defaultBaseUrl: "https://api-qa.interactly.ai",
  /** How the credential of the spec's top-level `security` is sent. */
  auth: {"type":"bearer"},
  /** Paths whose operations the spec authorizes without that credential. */
  publicPaths: [],
  /** The patterns the spec states for path parameters, by parameter name. */
  pathPatterns: {
    "workflow_id": /^[0-9a-f]{24}$/u,
  },
  /** The defaults and bounds the spec states for parameters, by operation id and parameter name. */
  parameters: {"executeWorkflow":{"version":{"minimum":0}},"listWorkflowRuns":{"page":{"default":1,"minimum":1},"size":{"default":100,"minimum":1}}},
} as const;
