import { clip, invalidInput } from '../errors/error-factory.js';
import type { CredentialFormat, VendorInfo } from '../vendor/vendor-definition.js';

// Everything here runs before a request exists, so a rejected input never reaches the network.

// Credentials must be visible ASCII with no spaces: a space splits a bearer token, and other
// characters either break the request or make `Headers` throw an error that quotes the value,
// which would put the credential in a message.
const HEADER_SAFE = /^[\x21-\x7e]+$/;

/** Returns the credential, or throws `invalid_input` without ever quoting it. */
export function assertCredential(
  vendor: VendorInfo,
  apiKey: string | undefined,
  envVar: string,
  format?: CredentialFormat,
): string {
  if (apiKey === undefined || apiKey === '') {
    throw invalidInput(
      vendor,
      `No ${vendor.name} credential: pass \`apiKey\` or set the ${envVar} environment variable.`,
    );
  }
  if (typeof apiKey !== 'string' || !HEADER_SAFE.test(apiKey)) {
    throw invalidInput(
      vendor,
      `The ${vendor.name} credential contains a control, space or non-ASCII character ` +
        '(a trailing newline from a file is the usual cause), so it was not sent.',
    );
  }
  if (format && !format.pattern.test(apiKey)) {
    throw invalidInput(vendor, `The ${vendor.name} credential is not ${format.description}, so it was not sent.`);
  }
  return apiKey;
}

// RFC 3986 unreserved characters are the only ones left as they are.
function encodePathSegment(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Checks one path parameter and returns it percent-encoded. */
export function encodePathParam(vendor: VendorInfo, name: string, value: unknown, pattern?: RegExp): string {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw invalidInput(vendor, `\`${name}\` must be a string, got ${value === null ? 'null' : typeof value}.`);
  }
  const text = String(value);
  if (text === '') throw invalidInput(vendor, `\`${name}\` is empty.`);
  // URL parsing resolves these as dot-segments: /workflows/../run would become /run.
  if (text === '.' || text === '..') {
    throw invalidInput(vendor, `\`${name}\` cannot be "${text}": it would change which URL path is called.`);
  }
  if (pattern && !pattern.test(text)) {
    throw invalidInput(vendor, `\`${name}\` must match ${pattern.source}, got ${JSON.stringify(text.slice(0, 80))}.`);
  }
  try {
    return encodePathSegment(text);
  } catch (cause) {
    throw invalidInput(vendor, `\`${name}\` is not well-formed Unicode (it holds a lone surrogate).`, cause);
  }
}

/** A path template's parameters, as `{name}`. */
export const PATH_PARAM = /\{([^{}]+)\}/g;

/**
 * An openapi-fetch path serializer that refuses what `encodePathParam` refuses, including a
 * missing parameter, which openapi-fetch would otherwise leave in the URL as `{name}`.
 */
export function createGuardedPathSerializer(vendor: VendorInfo, patterns: Readonly<Record<string, RegExp>> = {}) {
  return (pathname: string, pathParams: Record<string, unknown>): string =>
    pathname.replace(PATH_PARAM, (_, name: string) => encodePathParam(vendor, name, pathParams[name], patterns[name]));
}

/**
 * A run's input as every vendor takes it: a JSON object, `{}` when left out. Plain JavaScript
 * callers can pass anything, and a vendor given `null`, a string or an array would answer
 * 400 for a workflow that was never started, so those are refused here instead.
 */
export function checkRunInput(vendor: VendorInfo, input: unknown): Record<string, unknown> {
  if (input === undefined) return {};
  if (
    input === null ||
    typeof input !== 'object' ||
    Array.isArray(input) ||
    input instanceof Map ||
    input instanceof Set
  ) {
    const kind =
      input === null
        ? 'null'
        : Array.isArray(input)
          ? 'an array'
          : input instanceof Map
            ? 'a Map'
            : input instanceof Set
              ? 'a Set'
              : typeof input;
    throw invalidInput(vendor, `The input must be an object of named values, got ${kind}.`);
  }
  return input as Record<string, unknown>;
}

/**
 * JSON.stringify, except that values JSON cannot carry faithfully are refused instead of
 * thrown as a TypeError or silently turned into `null` or `{}`: BigInt, NaN and Infinity,
 * functions, symbols, Maps, Sets and cycles.
 */
export function serializeJsonBody(vendor: VendorInfo, body: unknown): string {
  let problem: string | undefined;
  let text: string | undefined;
  try {
    text = JSON.stringify(body, function replace(this: unknown, key, value: unknown) {
      const where = key === '' ? 'the body' : `"${key}"`;
      if (typeof value === 'bigint') problem = `${where} is a BigInt`;
      else if (typeof value === 'number' && !Number.isFinite(value)) problem = `${where} is ${value}`;
      else if (typeof value === 'function') problem = `${where} is a function`;
      else if (typeof value === 'symbol') problem = `${where} is a symbol`;
      // JSON.stringify would send both as {}, silently dropping every entry.
      else if (value instanceof Map) problem = `${where} is a Map (use an object)`;
      else if (value instanceof Set) problem = `${where} is a Set (use an array)`;
      if (problem) throw new TypeError(problem);
      return value;
    });
  } catch (cause) {
    const reason = problem ?? (cause instanceof Error ? cause.message.split('\n')[0] : String(cause));
    throw invalidInput(vendor, `The input cannot be sent as JSON: ${reason}.`, cause);
  }
  if (text === undefined) throw invalidInput(vendor, 'The input cannot be sent as JSON: it encodes to nothing.');
  return text;
}

/**
 * True for a literal loopback address only: 127.0.0.0/8, `::1`, or an IPv4-mapped 127 address.
 * Not `localhost` nor a name under it: a name goes to the resolver, which may answer with any
 * address (a hosts file, a search domain), and the credential would cross that network in clear.
 */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === '::1' ||
    /^(?:::ffff:)?127(?:\.\d{1,3}){3}$/.test(host) ||
    /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host)
  );
}

/**
 * What is wrong with sending the credential to `url`, completing "The base URL …", or nothing:
 * plain `http:` is refused to anything but a loopback address unless allowed, and every scheme
 * but `https:` and `http:` is refused. The one rule for a client's base URL and a call's.
 */
export function transportRefusal(url: URL, allowInsecureHttp: boolean): string | undefined {
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return `uses the ${clip(url.protocol, 20)} scheme; use https://.`;
  if (allowInsecureHttp || isLoopback(url.hostname)) return undefined;
  return `is plain http:// to ${url.hostname}: the credential would cross the network unencrypted. Use https://, or set \`allowInsecureHttp: true\`.`;
}

/** `transportRefusal` for a `baseUrl` given per call (the client's own was checked when it was made). */
export function assertTransportSecurity(vendor: VendorInfo, url: string, allowInsecureHttp: boolean): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw invalidInput(vendor, `The base URL is not a valid absolute URL.`, cause);
  }
  const refusal = transportRefusal(parsed, allowInsecureHttp);
  if (refusal) throw invalidInput(vendor, `The base URL ${refusal}`);
}
