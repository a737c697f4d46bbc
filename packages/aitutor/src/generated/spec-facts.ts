// Generated from specs/aitutor/openapi.yaml by `pnpm generate`. Do not edit by hand: change the spec and regenerate.

/** What the spec states that the clients act on, read from it by `pnpm generate`. */
export const specFacts = {
  /** The spec's first server. */
  defaultBaseUrl: "https://aitutor-api.vercel.app",
  /** How the credential of the spec's top-level `security` is sent. */
  auth: {"type":"bearer"},
  /** Paths whose operations the spec authorizes without that credential. */
  publicPaths: ["/api/v1/run/{workflow_id}/stream"],
  /** The patterns the spec states for path parameters, by parameter name. */
  pathPatterns: {},
  /** The defaults and bounds the spec states for parameters, by operation id and parameter name. */
  parameters: {"createStreamToken":{"ttl":{"default":60,"minimum":1,"maximum":300}}},
} as const;
