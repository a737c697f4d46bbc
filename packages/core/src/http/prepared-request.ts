/** Stands in for "no signal": a request's `signal` is never undefined, and this one never aborts. */
export const NEVER_ABORTED: AbortSignal = new AbortController().signal;

/**
 * The request openapi-fetch builds for each call (its `Request` option), holding what the call
 * said without building a fetch `Request`: that costs a body stream and an abort signal, and
 * fetch builds its own from `(url, init)` anyway. It keeps the body as serialised, so every
 * attempt sends the same bytes, and answers what a middleware may ask of a request (`url`,
 * `method`, `headers`, `signal`, `clone()`, `text()`, `json()`). A real `Request` passes its
 * `instanceof` check too, so a middleware may still return one.
 */
export class PreparedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly signal: AbortSignal;
  /** The body as openapi-fetch serialised it, or null. */
  readonly payload: BodyInit | null;
  /** The rest of what the call passed (cache, credentials, …), handed on to fetch. */
  readonly init: RequestInit;
  /** The spec's path template of the call, for hooks and logs: set by the middleware that knows it. */
  operation: string | undefined;

  constructor(input: string | URL, init: RequestInit = {}) {
    const { method, headers, body, signal: given, ...rest } = init;
    // Own, or none: a `signal` inherited from a polluted prototype must not abort every call.
    const signal = Object.hasOwn(init, 'signal') ? given : undefined;
    this.url = String(input);
    this.method = (method ?? 'GET').toUpperCase();
    this.headers = headers instanceof Headers ? headers : new Headers(headers);
    this.payload = body ?? null;
    this.signal = signal ?? NEVER_ABORTED;
    this.init = rest;
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request || Function.prototype[Symbol.hasInstance].call(PreparedRequest, value);
  }

  /** What fetch needs besides the URL, with the given body and signal. */
  fetchInit(body: BodyInit | null, signal: AbortSignal): RequestInit {
    // Redirects are not followed: a custom credential header (X-API-KEY) would be forwarded to
    // whatever host the redirect names. A 3xx surfaces as `unexpected_response`.
    return { ...this.init, method: this.method, headers: this.headers, body, signal, redirect: 'manual' };
  }

  /** A fetch `Request` with the same URL, method, headers and body. */
  toRequest(): Request {
    return new Request(this.url, this.fetchInit(this.payload, this.signal));
  }

  clone(): PreparedRequest {
    const { url, method, headers, payload, signal, init } = this;
    return new PreparedRequest(url, { ...init, method, headers: new Headers(headers), body: payload, signal });
  }

  text(): Promise<string> {
    return this.toRequest().text();
  }

  json(): Promise<unknown> {
    return this.toRequest().json();
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return this.toRequest().arrayBuffer();
  }
}

/** The fetch openapi-fetch is given: it is handed a PreparedRequest, or a Request a middleware made. */
export type TransportFetch = (request: Request | PreparedRequest) => Promise<Response>;
