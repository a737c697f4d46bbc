// Generated from specs/embedworkflow/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

/** What the spec states that the clients act on, read from it by `pnpm generate`. */
export const specFacts = {
  /** The spec's first server. */
  defaultBaseUrl: "https://embedworkflow.com/api/v1",
  /** How the credential of the spec's top-level `security` is sent. */
  auth: {"type":"bearer"},
  /** Paths whose operations the spec authorizes without that credential. */
  publicPaths: [],
  /** The patterns the spec states for path parameters, by parameter name. */
  pathPatterns: {},
  /** The defaults and bounds the spec states for parameters, by operation id and parameter name. */
  parameters: {},
} as const;
