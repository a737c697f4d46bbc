import type { ProviderCapabilities } from './provider.js';

/** How a vendor deduplicates requests, for the retry rule in errors/retry-policy.ts. */
export interface RetryPolicy {
  /** The request header the vendor deduplicates on, e.g. `Idempotency-Key`. */
  idempotencyHeader?: string;
}

/** How a vendor takes its credential: in a header of its own, or as a bearer token. */
export type VendorAuth = { type: 'apiKeyHeader'; header: string } | { type: 'bearer' };

/** A vendor's documented credential shape, e.g. Embed Workflow's `sk_live_…` secret keys. */
export interface CredentialFormat {
  pattern: RegExp;
  /** Completes "The <Vendor> credential is not …", e.g. "a secret key (sk_test_… or sk_live_…)". */
  description: string;
}

/**
 * The response headers a vendor reports its rate limit in, spelled as its spec declares them.
 * Typed `RateLimitHeaders<DeclaredHeaderName<…>>` in a vendor package, a header the spec
 * renames or drops stops compiling there, naming itself.
 */
export interface RateLimitHeaders<Name extends string = string> {
  readonly limit: Name;
  readonly remaining: Name;
}

/**
 * The header names a spec declares on one answer (`operations[id]['responses'][status]` in the
 * generated types), without the open index signature openapi-typescript adds beside them.
 */
export type DeclaredHeaderName<Answer> = Answer extends { headers: infer Headers }
  ? Extract<keyof { [K in keyof Headers as string extends K ? never : K]: Headers[K] }, string>
  : never;

/** Who a vendor is: its slug (in package names, options and errors) and its name (in messages). */
export interface VendorInfo<Slug extends string = string> {
  readonly slug: Slug;
  readonly name: string;
}

/**
 * Everything a vendor package tells core about its vendor, declared once in that package:
 * who it is, where its API is and how it authenticates, what its spec constrains, how it
 * deduplicates, how to read its error bodies, and what its provider can do. Core is generic
 * over it and knows no vendor by name.
 */
export interface VendorDefinition<Slug extends string = string> extends VendorInfo<Slug> {
  /** The environment variable the credential defaults to. */
  readonly apiKeyEnvVar: string;
  /** The spec's first server. */
  readonly defaultBaseUrl: string;
  readonly defaultTimeoutMs?: number;
  readonly auth: VendorAuth;
  /** The credential's documented shape, checked before sending. */
  readonly credentialFormat?: CredentialFormat;
  /** Path parameter patterns from the spec, checked before sending. */
  readonly pathPatterns?: Readonly<Record<string, RegExp>>;
  /**
   * Paths whose operations the spec authorizes by something other than the vendor's credential
   * (AI Tutor's stream, by the single-use token in its query): the credential is neither
   * required nor sent with them.
   */
  readonly publicPaths?: readonly string[];
  readonly retryPolicy?: RetryPolicy;
  /** Where the vendor's answers carry a rate limit: the headers that report it. */
  readonly rateLimitHeaders?: RateLimitHeaders;
  /** The human reason in one of the vendor's error bodies, read as its spec describes them. */
  readError?(body: unknown): string | undefined;
  readonly capabilities: ProviderCapabilities;
  /** The vendor package's version, for the User-Agent. */
  readonly version?: string | undefined;
}
