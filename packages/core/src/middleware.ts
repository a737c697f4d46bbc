import type { Middleware } from 'openapi-fetch';
import { bufferedText } from './buffered-body.js';
import { WorkflowApiError, describeErrorBody, errorCodeForStatus, vendorName } from './errors.js';
import { assertCredential, encodePathParam, type CredentialFormat } from './input-guards.js';
import { isReplayable, parseRetryAfterMs, type RetryPolicy } from './retry-policy.js';
import type { VendorSlug } from './vendors.js';

export type VendorAuth =
  | { type: 'apiKeyHeader'; header: string }
  | { type: 'bearer' };

/** Puts the credential on every request, after checking it is present and sendable. */
export function createAuthMiddleware(
  vendor: VendorSlug,
  auth: VendorAuth,
  apiKey: () => string | undefined,
  envVar: string,
  format?: CredentialFormat,
  publicPaths: readonly string[] = [],
): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      // The secret stays home where the spec needs none: it has no business in those requests.
      if (publicPaths.includes(schemaPath)) return request;
      const key = assertCredential(vendor, apiKey(), envVar, format);
      if (auth.type === 'bearer') request.headers.set('Authorization', `Bearer ${key}`);
      else request.headers.set(auth.header, key);
      return request;
    },
  };
}

const PATH_PARAM = /\{([^{}]+)\}/g;

/**
 * Checks every path parameter the operation names. The path serializer checks the values it
 * is given, but openapi-fetch skips it when `params.path` is absent, which would send a
 * literal `{workflow_id}`.
 */
export function createInputGuardMiddleware(
  vendor: VendorSlug,
  patterns: Readonly<Record<string, RegExp>> = {},
): Middleware {
  return {
    onRequest({ schemaPath, params }) {
      const values = (params.path ?? {}) as Record<string, unknown>;
      for (const [, name] of schemaPath.matchAll(PATH_PARAM)) {
        encodePathParam(vendor, name!, values[name!], patterns[name!]);
      }
      return undefined;
    },
  };
}

const PREVIEW_CHARS = 200;

/**
 * Turns every non-2xx into a thrown `WorkflowApiError`, and a 2xx whose body is not the JSON
 * the spec promises into `unexpected_response`, so callers never meet a bare SyntaxError.
 */
export function createResponseMiddleware(
  vendor: VendorSlug,
  retryPolicy: RetryPolicy,
  secrets: () => readonly string[],
): Middleware {
  return {
    async onResponse({ request, response, options }) {
      const requestId = response.headers.get('x-request-id') ?? undefined;
      if (response.ok) {
        if (options.parseAs !== 'json' || response.status === 204) return undefined;
        const text = bufferedText(response) ?? (await response.clone().text());
        if (isJson(text)) return undefined;
        throw new WorkflowApiError({
          vendor,
          code: 'unexpected_response',
          status: response.status,
          requestId,
          body: text.slice(0, PREVIEW_CHARS),
          message:
            `${vendorName(vendor)} answered ${response.status} with a body that is not JSON` +
            (text ? `: ${JSON.stringify(text.slice(0, PREVIEW_CHARS))}` : ' (empty body)'),
          secrets: secrets(),
        });
      }
      const text = await response.text();
      const body = parseJsonOr(text);
      const code = errorCodeForStatus(response.status);
      const retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'));
      const replayable = isReplayable(request, retryPolicy);
      const reason =
        response.status >= 300 && response.status < 400
          ? `a redirect to ${response.headers.get('location') ?? 'an unnamed location'}, which is not followed so the credential stays with ${vendorName(vendor)}`
          : describeErrorBody(body);
      throw new WorkflowApiError({
        vendor,
        code,
        status: response.status,
        retryable: code === 'rate_limited' || (replayable && code === 'server_error'),
        retryAfterMs,
        requestId,
        body,
        message:
          `${vendorName(vendor)} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} (${code})` +
          (reason ? `: ${reason}` : '') +
          (requestId ? ` [request id ${requestId}]` : ''),
        secrets: secrets(),
      });
    },
  };
}

function isJson(text: string): boolean {
  if (!text.trim()) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function parseJsonOr(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text.slice(0, PREVIEW_CHARS);
  }
}
