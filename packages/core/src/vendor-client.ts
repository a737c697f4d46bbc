import createClient, { type Client } from 'openapi-fetch';
import { WorkflowApiError, vendorName } from './errors.js';
import { createGuardedPathSerializer, serializeJsonBody, type CredentialFormat } from './input-guards.js';
import { createAuthMiddleware, createInputGuardMiddleware, createResponseMiddleware, type VendorAuth } from './middleware.js';
import type { RetryPolicy } from './retry-policy.js';
import { MAX_TIMEOUT_MS } from './delay.js';
import { createTransport, type AttemptOverrides, type FetchLike } from './transport.js';
import type { ClientOptions, RunOptions } from './types.js';
import type { VendorSlug } from './vendors.js';

/** What a vendor package tells core about its API; everything else is shared. */
export interface VendorDefinition {
  vendor: VendorSlug;
  /** The environment variable the credential defaults to. */
  apiKeyEnvVar: string;
  /** The spec's first server. */
  defaultBaseUrl: string;
  defaultTimeoutMs?: number;
  auth: VendorAuth;
  /** The credential's documented shape, checked before sending. */
  credentialFormat?: CredentialFormat;
  /** Path parameter patterns from the spec, checked before sending. */
  pathPatterns?: Readonly<Record<string, RegExp>>;
  /**
   * Paths whose operations the spec marks `security: []` (AI Tutor's stream, authorized by a
   * token in its query): the credential is neither required nor sent with them.
   */
  publicPaths?: readonly string[];
  retryPolicy?: RetryPolicy;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

/** Per-call options in the shape openapi-fetch takes them. */
export interface CallInit {
  signal?: AbortSignal;
  fetch: FetchLike;
}

export interface VendorRuntime<Paths extends {}> {
  client: Client<Paths, 'application/json'>;
  /** Turns `RunOptions` into the `signal` and per-call `fetch` of an openapi-fetch call. */
  callInit(options?: RunOptions, overrides?: AttemptOverrides): CallInit;
}

function invalidOption(vendor: VendorSlug, message: string): WorkflowApiError {
  return new WorkflowApiError({ vendor, code: 'invalid_input', message });
}

function checkOptions(vendor: VendorSlug, options: ClientOptions): void {
  const { timeoutMs, maxRetries, fetch, baseUrl } = options;
  // openapi-fetch would throw a bare TypeError from inside the call for a relative URL.
  if (baseUrl !== undefined && !(typeof baseUrl === 'string' && isAbsoluteUrl(baseUrl))) {
    throw invalidOption(vendor, '`baseUrl` must be an absolute URL, such as the vendor\'s https:// server.');
  }
  if (timeoutMs !== undefined && !(typeof timeoutMs === 'number' && timeoutMs > 0 && timeoutMs <= MAX_TIMEOUT_MS)) {
    // Timers cannot wait longer: a larger value would silently become a 1 ms timeout.
    throw invalidOption(vendor, `\`timeoutMs\` must be a number of milliseconds above 0 and at most ${MAX_TIMEOUT_MS} (about 24.8 days).`);
  }
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    throw invalidOption(vendor, '`maxRetries` must be a whole number, 0 or more.');
  }
  if (fetch !== undefined && typeof fetch !== 'function') {
    throw invalidOption(vendor, '`fetch` must be a function.');
  }
}

/**
 * Builds the openapi-fetch client every vendor package hands out: guarded path and body
 * serialization, auth and response middleware, and the retrying, timing-out transport.
 */
export function createVendorRuntime<Paths extends {}>(
  definition: VendorDefinition,
  options: ClientOptions = {},
): VendorRuntime<Paths> {
  const { vendor } = definition;
  checkOptions(vendor, options);
  const apiKey = () => options.apiKey ?? readEnv(definition.apiKeyEnvVar);
  const secrets = () => [apiKey()].filter((key): key is string => typeof key === 'string' && key.length > 0);
  const retryPolicy = definition.retryPolicy ?? {};
  // Looked up per call, so a fetch patched after the client was made (as MSW does) is used.
  const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const transport = createTransport({
    vendor,
    fetch: baseFetch,
    timeoutMs: options.timeoutMs ?? definition.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    retryPolicy,
    allowInsecureHttp: options.allowInsecureHttp ?? false,
    secrets,
  });
  const client = createClient<Paths, 'application/json'>({
    baseUrl: options.baseUrl ?? definition.defaultBaseUrl,
    fetch: transport(),
    ...(options.headers ? { headers: options.headers } : {}),
    pathSerializer: createGuardedPathSerializer(vendor, definition.pathPatterns),
    bodySerializer: (body: unknown) => serializeJsonBody(vendor, body),
  });
  client.use(
    createInputGuardMiddleware(vendor, definition.pathPatterns),
    createAuthMiddleware(vendor, definition.auth, apiKey, definition.apiKeyEnvVar, definition.credentialFormat, definition.publicPaths),
    createResponseMiddleware(vendor, retryPolicy, secrets),
  );
  return {
    client,
    callInit(runOptions = {}, overrides = {}) {
      if (runOptions.timeoutMs !== undefined) checkOptions(vendor, { timeoutMs: runOptions.timeoutMs });
      // Silently dropping the key would promise a safety the vendor does not give.
      if (runOptions.idempotencyKey !== undefined && !retryPolicy.idempotencyHeader) {
        throw new WorkflowApiError({
          vendor,
          code: 'invalid_input',
          message: `${vendorName(vendor)} does not deduplicate runs by idempotency key, so \`idempotencyKey\` cannot be honoured.`,
        });
      }
      const init: CallInit = { fetch: transport({ ...overrides, timeoutMs: runOptions.timeoutMs ?? overrides.timeoutMs }) };
      if (runOptions.signal) init.signal = runOptions.signal;
      return init;
    },
  };
}

/** The typed openapi-fetch client of one vendor, with every shared guard installed. */
export function createVendorClient<Paths extends {}>(
  definition: VendorDefinition,
  options: ClientOptions = {},
): Client<Paths, 'application/json'> {
  return createVendorRuntime<Paths>(definition, options).client;
}

// Not URL.canParse: older edge runtimes lack it.
function isAbsoluteUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.[name];
}
