import { clip, invalidInput } from '../errors/error-factory.js';
import { transportRefusal } from '../guards/input-guards.js';
import { ownOptions } from '../guards/own-options.js';
import type { ClientHooks, Logger } from '../hooks/call-events.js';
import { checkObservers } from '../hooks/call-observers.js';
import { MAX_TIMEOUT_MS } from '../utils/delay.js';
import type { VendorInfo } from '../vendor/vendor-definition.js';

/** Options every vendor's `create<Vendor>Client` and `create<Vendor>Provider` take. */
export interface ClientOptions {
  /**
   * Told about every attempt of every call: `onRequest`, `onResponse`, `onRetry` (with the
   * delay), `onError`; credentials are redacted from every field. A hook that throws changes
   * nothing about the call.
   */
  hooks?: ClientHooks | undefined;
  /**
   * Gets one line per attempt at debug level: `console`, pino, winston. Without one, setting
   * `WORKFLOW_CLIENTS_DEBUG=1` in the environment writes those lines to stderr.
   */
  logger?: Logger | undefined;
  /** The vendor credential; defaults to the vendor's environment variable, e.g. `WIV_API_KEY`. */
  apiKey?: string | undefined;
  /** Server URL; defaults to the spec's first server. */
  baseUrl?: string | undefined;
  /**
   * A `fetch` implementation; defaults to `globalThis.fetch`. It is always called with a
   * single `Request`, so a function of `(request: Request) => Promise<Response>` is enough.
   */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /**
   * The bound on each attempt, in milliseconds: from sending it until its answer has been read.
   * A call retried after a 429 or a network failure can take longer: see `totalTimeoutMs`.
   */
  timeoutMs?: number | undefined;
  /**
   * The bound on each call as a whole, in milliseconds: its attempts and the pauses between
   * them (a `Retry-After` included) together. A pause that would end past it is not taken: the
   * call rejects at once with the error that asked for the pause. Unbounded by default, beyond
   * `timeoutMs` times the attempts and the pauses, each at most `MAX_RETRY_AFTER_MS`.
   */
  totalTimeoutMs?: number | undefined;
  /** Extra attempts where the retry policy allows one. Defaults to 2. */
  maxRetries?: number | undefined;
  /**
   * Extra headers on every request, in any form `fetch` takes them: an object, `Headers`, a
   * `Map` or pairs. The credential, the idempotency key and the headers the HTTP stack writes
   * itself (`Content-Length`, `Connection`, `Transfer-Encoding`, …) are refused.
   */
  headers?:
    | Record<string, string>
    | Headers
    | ReadonlyMap<string, string>
    | ReadonlyArray<readonly [string, string]>
    | undefined;
  /** Permit `http:` to a host that is not loopback. Off by default. */
  allowInsecureHttp?: boolean | undefined;
}

// Every option is checked when the client is made, so a typo or a base URL that would send
// requests somewhere else fails there and then, before anything is sent. No message quotes a
// value that could be secret: not a password in a URL, not a header's value.

const OPTION_KEYS = [
  'apiKey',
  'baseUrl',
  'fetch',
  'timeoutMs',
  'maxRetries',
  'headers',
  'allowInsecureHttp',
  'hooks',
  'logger',
  'totalTimeoutMs',
];

/**
 * Headers `headers` may not set: a credential there would bypass the checks and the redaction
 * that `apiKey` gets, and a fixed idempotency key would make every run after the first return
 * the first one.
 */
const RESERVED_HEADERS = ['authorization', 'proxy-authorization', 'x-api-key', 'idempotency-key'];

/**
 * Headers the HTTP stack writes itself, for the body's framing and the connection: set by hand,
 * they cannot be sent as given. A wrong `Content-Length` leaves the server waiting for bytes that
 * never come (every call would hang until its timeout), and fetch refuses the others only once a
 * request is under way, where the failure would look like the network's.
 */
const TRANSPORT_HEADERS = [
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'proxy-connection',
  'upgrade',
  'expect',
  'te',
  'trailer',
];

const letters = (key: string) => key.toLowerCase().replace(/[^a-z]/g, '');

/** The option a mistyped key most likely meant: the same letters, a prefix of it, or a part of it. */
function closestOption(key: string): string | undefined {
  const typed = letters(key);
  if (typed.length < 3) return undefined;
  const known = OPTION_KEYS.map((option) => [option, letters(option)] as const);
  return (known.find(([, name]) => name === typed) ??
    known.find(([, name]) => name.startsWith(typed) || typed.startsWith(name)) ??
    known.find(([, name]) => name.includes(typed)))?.[0];
}

/** The base URL without trailing slashes, or `invalid_input` saying what would go wrong. */
function checkBaseUrl(vendor: VendorInfo, value: unknown, allowInsecureHttp: boolean): string {
  const refuse = (why: string) => invalidInput(vendor, `\`baseUrl\` ${why}`);
  let url: URL | undefined;
  try {
    url = new URL(value as string);
  } catch {}
  if (typeof value !== 'string' || !url) throw refuse("must be an absolute URL, such as the vendor's https:// server.");
  // Each of these would send requests to another path than the one written, or nowhere.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  if (/[\s\u0000-\u001f\u007f\\?#]/.test(value))
    throw refuse('holds whitespace, a control character, a backslash, a query (?) or a fragment (#).');
  if (url.username || url.password)
    throw refuse('holds credentials (user:password@); pass the credential as `apiKey`.');
  const path = value.replace(/^[^:]+:\/\/[^/]*/, '').replace(/\/+$/, '');
  if (/\/\/|(^|\/)(\.|%2e){1,2}(\/|$)/i.test(path)) throw refuse('has an empty (//) or dot (. ..) path segment.');
  const refusal = transportRefusal(url, allowInsecureHttp);
  if (refusal) throw refuse(refusal);
  return value.replace(/\/+$/, '');
}

function isValidHeader(name: string, value: string): boolean {
  try {
    new Headers([[name, value]]);
    return true;
  } catch {
    return false;
  }
}

/** The headers as pairs, from any form `fetch` takes them in (an object, `Headers`, a `Map`, pairs). */
function headerPairs(vendor: VendorInfo, value: unknown): Array<[unknown, unknown]> {
  const refuse = () =>
    invalidInput(
      vendor,
      '`headers` must be an object of header names and string values (or Headers, a Map, or pairs).',
    );
  if (value === null || typeof value !== 'object') throw refuse();
  if (!(Symbol.iterator in value)) return Object.entries(ownOptions(vendor, value, '`headers`'));
  const pairs: Array<[unknown, unknown]> = [];
  for (const pair of value as Iterable<unknown>) {
    if (!Array.isArray(pair) || pair.length !== 2) throw refuse();
    pairs.push([pair[0], pair[1]]);
  }
  return pairs;
}

function checkHeaders(vendor: VendorInfo, value: unknown, reserved: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, headerValue] of headerPairs(vendor, value)) {
    const refuse = (why: string) =>
      invalidInput(vendor, `\`headers\` ${JSON.stringify(clip(String(name), 40))}: ${why}`);
    if (typeof name !== 'string' || !isValidHeader(name, '')) throw refuse('not a valid HTTP header name.');
    if (reserved.includes(name.toLowerCase()))
      throw refuse('pass the credential as `apiKey`, and an idempotency key to `run`.');
    if (TRANSPORT_HEADERS.includes(name.toLowerCase()))
      throw refuse('the HTTP stack sets this header itself (the framing of the body, or the connection).');
    // The value is never quoted: a header is where people put tokens.
    if (typeof headerValue !== 'string' || !isValidHeader(name, headerValue))
      throw refuse('the value is not a string fetch accepts (a line break, a NUL, or a character beyond Latin-1).');
    headers[name] = headerValue;
  }
  return headers;
}

/** The client options once checked: the caller's own, with the headers as one plain object. */
export type CheckedClientOptions = Omit<ClientOptions, 'headers'> & { headers?: Record<string, string> };

/**
 * The client options, checked: unknown keys (naming the one most likely meant), the base URL
 * (absolute, http(s), no credentials, query, fragment, whitespace, backslash, empty or dot
 * segment; trailing slashes dropped), headers `Headers` would refuse, that would carry a
 * credential (`reserved`, in lower case) or that the HTTP stack writes itself, and the numeric
 * and function options. What comes back holds the caller's own options only, without a
 * prototype, so nothing inherited from `Object.prototype` is ever read as an option.
 */
export function checkClientOptions(
  vendor: VendorInfo,
  given: unknown,
  reservedHeaders: readonly string[] = [],
): CheckedClientOptions {
  if (given === undefined) return Object.create(null);
  if (given === null || typeof given !== 'object' || Array.isArray(given))
    throw invalidInput(vendor, 'The options must be an object such as { apiKey }.');
  for (const key of Object.keys(given)) {
    if (OPTION_KEYS.includes(key)) continue;
    const meant = closestOption(key);
    throw invalidInput(
      vendor,
      `Unknown option \`${clip(key, 40)}\`${meant ? `: did you mean \`${meant}\`?` : `; the options are \`${OPTION_KEYS.join('`, `')}\`.`}`,
    );
  }
  // Own properties only, each read once: see ownOptions.
  const options = ownOptions(vendor, given as Record<string, unknown>);
  const { timeoutMs, totalTimeoutMs, maxRetries, fetch, allowInsecureHttp, hooks, logger } = options;
  const observers = checkObservers(vendor, hooks, logger);
  if (timeoutMs !== undefined) checkTimeoutMs(vendor, timeoutMs);
  if (totalTimeoutMs !== undefined) checkTimeoutMs(vendor, totalTimeoutMs, 'totalTimeoutMs');
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && (maxRetries as number) >= 0))
    throw invalidInput(vendor, '`maxRetries` must be a whole number, 0 or more.');
  if (fetch !== undefined && typeof fetch !== 'function') throw invalidInput(vendor, '`fetch` must be a function.');
  if (allowInsecureHttp !== undefined && typeof allowInsecureHttp !== 'boolean')
    throw invalidInput(vendor, '`allowInsecureHttp` must be true or false.');
  const checked = Object.assign(Object.create(null), options, observers) as CheckedClientOptions;
  if (options.baseUrl !== undefined)
    checked.baseUrl = checkBaseUrl(vendor, options.baseUrl, allowInsecureHttp === true);
  if (options.headers !== undefined)
    checked.headers = checkHeaders(vendor, options.headers, [...RESERVED_HEADERS, ...reservedHeaders]);
  return checked;
}

/** A timeout in milliseconds: above 0, and no longer than a JavaScript timer can wait. */
export function checkTimeoutMs(vendor: VendorInfo, value: unknown, name = 'timeoutMs'): number {
  if (typeof value === 'number' && value > 0 && value <= MAX_TIMEOUT_MS) return value;
  // A larger value would silently become a 1 ms timer.
  throw invalidInput(
    vendor,
    `\`${name}\` must be a number of milliseconds above 0 and at most ${MAX_TIMEOUT_MS} (about 24.8 days).`,
  );
}
