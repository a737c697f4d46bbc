import createClient, { type Client } from 'openapi-fetch';
import { shapeProblem, type AnswerShape } from './answer-shape.js';
import { BufferedAnswer, scopeOf } from './buffered-answer.js';
import { checkClientOptions, checkTimeoutMs } from './client-options.js';
import { invalidInput, unexpectedAnswer, vendorName } from './error-factory.js';
import { createGuardedPathSerializer, serializeJsonBody, type CredentialFormat } from './input-guards.js';
import { answerCheckMiddleware, createAuthMiddleware, createInputGuardMiddleware, type VendorAuth } from './middleware.js';
import type { RetryPolicy } from './retry-policy.js';
import { createTransport, type CallOverrides, type FetchLike } from './transport.js';
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
  fetch: FetchLike;
}

export interface VendorRuntime<Paths extends {}> {
  client: Client<Paths, 'application/json'>;
  /**
   * Turns `RunOptions` into the per-call `fetch` of an openapi-fetch call, which carries the
   * signal and the timeout (the signal is not given to openapi-fetch: see the transport).
   */
  callInit(options?: RunOptions, overrides?: Omit<CallOverrides, 'signal' | 'timeoutMs'>): CallInit;
}

/**
 * Builds the openapi-fetch client every vendor package hands out: checked options, guarded
 * path and body serialization, auth and answer-check middleware, and the retrying, timing-out
 * transport.
 */
export function createVendorRuntime<Paths extends {}>(definition: VendorDefinition, given?: ClientOptions): VendorRuntime<Paths> {
  const { vendor } = definition;
  const retryPolicy = definition.retryPolicy ?? {};
  const reserved = [definition.auth.type === 'apiKeyHeader' ? definition.auth.header : 'authorization', retryPolicy.idempotencyHeader ?? 'idempotency-key'];
  const options = checkClientOptions(vendor, given, reserved.map((name) => name.toLowerCase()));
  const apiKey = () => options.apiKey ?? readEnv(definition.apiKeyEnvVar);
  const credentials = () => {
    const key = apiKey();
    return typeof key === 'string' && key.length > 0 ? [key] : [];
  };
  const baseUrl = options.baseUrl ?? definition.defaultBaseUrl;
  // Looked up per call, so a fetch patched after the client was made (as MSW does) is used.
  const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const transport = createTransport({
    vendor,
    fetch: baseFetch,
    timeoutMs: options.timeoutMs ?? definition.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    retryPolicy,
    allowInsecureHttp: options.allowInsecureHttp ?? false,
    baseUrl,
    credentials,
  });
  const client = createClient<Paths, 'application/json'>({
    baseUrl,
    fetch: transport(),
    ...(options.headers ? { headers: options.headers } : {}),
    pathSerializer: createGuardedPathSerializer(vendor, definition.pathPatterns),
    bodySerializer: (body: unknown) => serializeJsonBody(vendor, body),
  });
  client.use(
    createInputGuardMiddleware(vendor, definition.pathPatterns),
    createAuthMiddleware(vendor, definition.auth, apiKey, definition.apiKeyEnvVar, definition.credentialFormat, definition.publicPaths),
    answerCheckMiddleware,
  );
  return {
    client,
    callInit(runOptions = {}, overrides = {}) {
      const { signal, timeoutMs, idempotencyKey } = runOptions;
      if (timeoutMs !== undefined) checkTimeoutMs(vendor, timeoutMs);
      // Silently dropping the key would promise a safety the vendor does not give.
      if (idempotencyKey !== undefined && !retryPolicy.idempotencyHeader) {
        throw invalidInput(vendor, `${vendorName(vendor)} does not deduplicate runs by idempotency key, so \`idempotencyKey\` cannot be honoured.`);
      }
      return { fetch: transport({ ...overrides, ...(signal && { signal }), ...(timeoutMs !== undefined && { timeoutMs }) }) };
    },
  };
}

/** The typed openapi-fetch client of one vendor, with every shared guard installed. */
export function createVendorClient<Paths extends {}>(definition: VendorDefinition, options?: ClientOptions): Client<Paths, 'application/json'> {
  return createVendorRuntime<Paths>(definition, options).client;
}

/**
 * The data of a 2xx answer, once it has passed the shape its spec requires (generated into
 * each vendor's `answer-shapes.ts`); otherwise `unexpected_response`, saying which field is
 * missing or of the wrong type, never a TypeError later on.
 */
export function expectAnswer<T>(result: { data?: unknown; response: Response }, shape: AnswerShape<T>): T {
  const problem = shapeProblem(result.data, shape);
  if (problem === undefined) return result.data as T;
  const { response } = result;
  const text = response instanceof BufferedAnswer ? response.bufferedText : '';
  throw unexpectedAnswer(scopeOf(response), { status: response.status, headers: response.headers, text }, `a body its spec does not allow (${problem})`);
}

function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.[name];
}
