import createClient, { type Client, createQuerySerializer } from 'openapi-fetch';
import { invalidInput } from '../errors/error-factory.js';
import type { WorkflowApiError } from '../errors/workflow-api-error.js';
import { checkRunInput, createGuardedPathSerializer, serializeJsonBody } from '../guards/input-guards.js';
import { CHECK_ONLY, ownOptions } from '../guards/own-options.js';
import { createObservers } from '../hooks/call-observers.js';
import type { TransportFetch } from '../http/prepared-request.js';
import { PreparedRequest } from '../http/prepared-request.js';
import { type CallOverrides, createTransport } from '../http/transport.js';
import { userAgent } from '../http/user-agent.js';
import type { RunOptions } from '../vendor/provider.js';
import type { VendorDefinition } from '../vendor/vendor-definition.js';
import { checkOnlyFetch } from './check-only.js';
import { type ClientOptions, checkClientOptions, checkTimeoutMs } from './client-options.js';
import { answerCheckMiddleware, createAuthMiddleware, createInputGuardMiddleware } from './middleware.js';

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
  call(options?: RunOptions, overrides?: Omit<CallOverrides, 'signal' | 'timeoutMs' | 'totalTimeoutMs'>): CallInit;
  /** `invalid_input` for this vendor, with nothing sent. */
  refuse(message: string): WorkflowApiError;
  /** A run's input as every vendor takes it: a JSON object, `{}` when left out. */
  input(value: unknown): Record<string, unknown>;
  /** A call's options as the caller's own properties only (see `ownOptions`): read a provider's own options from this. */
  own<T extends object>(given: T | undefined): Partial<T>;
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
    totalTimeoutMs: options.totalTimeoutMs,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    retryPolicy,
    allowInsecureHttp: options.allowInsecureHttp ?? false,
    baseUrl,
    credentials,
    ...observersOf(vendor, options),
  });
  const client = ownCallOptionsOnly(
    createClient<Paths, 'application/json'>({
      baseUrl,
      // openapi-fetch builds a PreparedRequest per call, not a fetch Request: see prepared-request.
      Request: PreparedRequest as unknown as typeof Request,
      fetch: transport(),
      headers: withUserAgent(userAgent(vendor.slug, vendor.version), options.headers),
      pathSerializer: createGuardedPathSerializer(vendor, vendor.pathPatterns),
      bodySerializer: (body: unknown) => serializeJsonBody(vendor, body),
      querySerializer: serializeOwnQuery,
      // Said, not left out: openapi-fetch reads what it is not given through the prototype chain.
      requestInitExt: undefined,
    } as Parameters<typeof createClient<Paths, 'application/json'>>[0]),
  );
  client.use(
    createInputGuardMiddleware(vendor, vendor.pathPatterns),
    createAuthMiddleware(vendor, vendor.auth, apiKey, vendor.apiKeyEnvVar, vendor.credentialFormat, vendor.publicPaths),
    answerCheckMiddleware,
  );
  return {
    vendor,
    client,
    call(runOptions, overrides = {}) {
      const own = ownOptions(vendor, runOptions);
      const { signal, timeoutMs, totalTimeoutMs, maxRetries, idempotencyKey } = own;
      if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0))
        throw invalidInput(vendor, '`maxRetries` must be a whole number, 0 or more.');
      if (timeoutMs !== undefined) checkTimeoutMs(vendor, timeoutMs);
      if (totalTimeoutMs !== undefined) checkTimeoutMs(vendor, totalTimeoutMs, 'totalTimeoutMs');
      if (signal !== undefined && !(signal instanceof AbortSignal))
        throw invalidInput(vendor, '`signal` must be an AbortSignal.');
      // Silently dropping the key would promise a safety the vendor does not give.
      if (idempotencyKey !== undefined && !retryPolicy.idempotencyHeader) {
        throw invalidInput(
          vendor,
          `${vendor.name} does not deduplicate runs by idempotency key, so \`idempotencyKey\` cannot be honoured.`,
        );
      }
      if ((own as Record<symbol, unknown>)[CHECK_ONLY] === true) return { fetch: checkOnlyFetch() };
      return {
        fetch: transport({
          answerCheckedByCaller: true,
          ...(signal && { signal }),
          ...(timeoutMs !== undefined && { timeoutMs }),
          ...(totalTimeoutMs !== undefined && { totalTimeoutMs }),
          ...(maxRetries !== undefined && { maxRetries }),
          // Last: the operation's own rules (a single-use token is never resent) win over the caller's.
          ...overrides,
        }),
      };
    },
    refuse: (message) => invalidInput(vendor, message),
    input: (value) => checkRunInput(vendor, value),
    own: (given) => ownOptions(vendor, given),
  };
}

const serializeQuery = createQuerySerializer();

/**
 * openapi-fetch's own query serializer, given only the query's own parameters: it walks them
 * with `for…in`, which would also write every enumerable property of a polluted prototype into
 * the URL (and fail on one that is an object).
 */
function serializeOwnQuery(query: Record<string, unknown>): string {
  return serializeQuery(Object.assign(Object.create(null), query));
}

/** What openapi-fetch reads of each call's options, each an own property: see `ownCallOptionsOnly`. */
const UNSET_CALL_OPTIONS = Object.freeze({
  baseUrl: undefined,
  fetch: undefined,
  Request: undefined,
  headers: undefined,
  params: undefined,
  parseAs: undefined,
  querySerializer: undefined,
  bodySerializer: undefined,
  pathSerializer: undefined,
  middleware: undefined,
});
const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * openapi-fetch copies each call's options into a plain object and reads the ones it knows by
 * name, so one the caller left out is looked up on `Object.prototype`: a library that pollutes
 * it with `baseUrl`, `fetch` or `middleware` would send every call, credential and all, where it
 * likes. Each call's options are therefore passed with every one of those keys as an own
 * property: the caller's own value, or undefined, which the prototype cannot fill in.
 */
function ownCallOptionsOnly<C extends Client<never, 'application/json'>>(client: C): C {
  const methods = client as unknown as Record<string, (path: unknown, init?: unknown) => unknown>;
  for (const method of METHODS) {
    const send = methods[method] as (path: unknown, init?: unknown) => unknown;
    // One object literal of a fixed shape, the caller's own options spread over it: cheaper per
    // call than adding the missing keys one by one.
    methods[method] = (path, init) => send(path, { ...UNSET_CALL_OPTIONS, ...(init as object) });
  }
  return client;
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

function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.[name];
}
