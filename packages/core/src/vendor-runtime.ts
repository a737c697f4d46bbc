import createClient, { type Client } from 'openapi-fetch';
import { type AnswerShape, shapeProblem } from './answer-shape.js';
import { bufferedTextOf, scopeOf } from './buffered-answer.js';
import { createObservers } from './call-events.js';
import { checkClientOptions, checkTimeoutMs } from './client-options.js';
import { invalidInput, unexpectedAnswer } from './error-factory.js';
import type { WorkflowApiError } from './errors.js';
import { checkRunInput, createGuardedPathSerializer, serializeJsonBody } from './input-guards.js';
import { answerCheckMiddleware, createAuthMiddleware, createInputGuardMiddleware } from './middleware.js';
import { PreparedRequest } from './prepared-request.js';
import { type CallOverrides, createTransport, type TransportFetch } from './transport.js';
import type { ClientOptions, RunOptions } from './types.js';
import { userAgent } from './user-agent.js';
import type { VendorDefinition } from './vendor-definition.js';

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

/** Per-call options in the shape openapi-fetch takes them. */
export interface CallInit {
  fetch: TransportFetch;
}

/**
 * One vendor's client and the helpers its provider needs, bound to the vendor's definition so
 * that no provider writes its slug, its name or its rules again.
 */
export interface VendorRuntime<Paths extends {}, Definition extends VendorDefinition = VendorDefinition> {
  readonly vendor: Definition;
  readonly client: Client<Paths, 'application/json'>;
  /**
   * Turns `RunOptions` into the per-call `fetch` of an openapi-fetch call, which carries the
   * signal and the timeout (the signal is not given to openapi-fetch: see the transport).
   */
  call(options?: RunOptions, overrides?: Omit<CallOverrides, 'signal' | 'timeoutMs'>): CallInit;
  /** `invalid_input` for this vendor, with nothing sent. */
  refuse(message: string): WorkflowApiError;
  /** A run's input as every vendor takes it: a JSON object, `{}` when left out. */
  input(value: unknown): Record<string, unknown>;
}

/**
 * Builds the openapi-fetch client every vendor package hands out (checked options, guarded
 * path and body serialization, auth and answer-check middleware, the retrying, timing-out
 * transport), with the helpers bound to the vendor.
 */
export function createVendorRuntime<Paths extends {}, Definition extends VendorDefinition = VendorDefinition>(
  vendor: Definition,
  given?: ClientOptions,
): VendorRuntime<Paths, Definition> {
  const retryPolicy = vendor.retryPolicy ?? {};
  const reserved = [
    vendor.auth.type === 'apiKeyHeader' ? vendor.auth.header : 'authorization',
    retryPolicy.idempotencyHeader ?? 'idempotency-key',
  ];
  const options = checkClientOptions(
    vendor,
    given,
    reserved.map((name) => name.toLowerCase()),
  );
  const apiKey = () => options.apiKey ?? readEnv(vendor.apiKeyEnvVar);
  const credentials = () => {
    const key = apiKey();
    return typeof key === 'string' && key.length > 0 ? [key] : [];
  };
  const baseUrl = options.baseUrl ?? vendor.defaultBaseUrl;
  const transport = createTransport({
    vendor,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? vendor.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    retryPolicy,
    allowInsecureHttp: options.allowInsecureHttp ?? false,
    baseUrl,
    credentials,
    ...observersOf(vendor, options),
  });
  const client = createClient<Paths, 'application/json'>({
    baseUrl,
    // openapi-fetch builds a PreparedRequest per call, not a fetch Request: see prepared-request.
    Request: PreparedRequest as unknown as typeof Request,
    fetch: transport(),
    headers: withUserAgent(userAgent(vendor.slug, vendor.version), options.headers),
    pathSerializer: createGuardedPathSerializer(vendor, vendor.pathPatterns),
    bodySerializer: (body: unknown) => serializeJsonBody(vendor, body),
  });
  client.use(
    createInputGuardMiddleware(vendor, vendor.pathPatterns),
    createAuthMiddleware(vendor, vendor.auth, apiKey, vendor.apiKeyEnvVar, vendor.credentialFormat, vendor.publicPaths),
    answerCheckMiddleware,
  );
  return {
    vendor,
    client,
    call(runOptions = {}, overrides = {}) {
      const { signal, timeoutMs, idempotencyKey } = runOptions;
      if (timeoutMs !== undefined) checkTimeoutMs(vendor, timeoutMs);
      // Silently dropping the key would promise a safety the vendor does not give.
      if (idempotencyKey !== undefined && !retryPolicy.idempotencyHeader) {
        throw invalidInput(
          vendor,
          `${vendor.name} does not deduplicate runs by idempotency key, so \`idempotencyKey\` cannot be honoured.`,
        );
      }
      return {
        fetch: transport({ ...overrides, ...(signal && { signal }), ...(timeoutMs !== undefined && { timeoutMs }) }),
      };
    },
    refuse: (message) => invalidInput(vendor, message),
    input: (value) => checkRunInput(vendor, value),
  };
}

/** The client's headers: the User-Agent first, so that one of the caller's (any case) replaces it. */
function withUserAgent(agent: string | undefined, headers: Record<string, string> = {}): Record<string, string> {
  if (!agent || Object.keys(headers).some((name) => name.toLowerCase() === 'user-agent')) return headers;
  return { 'User-Agent': agent, ...headers };
}

/** The transport's `observe`, where the options give hooks or a logger, or the environment asks for debug lines. */
function observersOf(vendor: VendorDefinition, options: ClientOptions) {
  const observe = createObservers(vendor, options.hooks, options.logger, readEnv);
  return observe ? { observe } : {};
}

/** The typed openapi-fetch client of one vendor, with every shared guard installed. */
export function createVendorClient<Paths extends {}>(
  vendor: VendorDefinition,
  options?: ClientOptions,
): Client<Paths, 'application/json'> {
  return createVendorRuntime<Paths>(vendor, options).client;
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
  throw unexpectedAnswer(
    scopeOf(response),
    { status: response.status, headers: response.headers, text: bufferedTextOf(response) },
    `a body its spec does not allow (${problem})`,
  );
}

function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.[name];
}
