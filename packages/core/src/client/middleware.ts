import type { Middleware } from 'openapi-fetch';
import { settleCall } from '../errors/error-factory.js';
import { isWorkflowApiError } from '../errors/workflow-api-error.js';
import { assertCredential, encodePathParam, PATH_PARAM } from '../guards/input-guards.js';
import { isBufferedAnswer, scopeOf } from '../http/buffered-answer.js';
import type { PreparedRequest } from '../http/prepared-request.js';
import type { CredentialFormat, VendorAuth, VendorInfo } from '../vendor/vendor-definition.js';
import { isCheckOnly } from './check-only.js';

/** Puts the credential on every request, after checking it is present and sendable. */
export function createAuthMiddleware(
  vendor: VendorInfo,
  auth: VendorAuth,
  apiKey: () => string | undefined,
  envVar: string,
  format?: CredentialFormat,
  publicPaths: readonly string[] = [],
): Middleware {
  return {
    onRequest({ request, schemaPath, options }) {
      // The secret stays home where the spec needs none: it has no business in those requests;
      // nor is it needed by a call that only checks its input (see client/check-only.ts).
      if (publicPaths.includes(schemaPath) || isCheckOnly(options.fetch)) return request;
      const key = assertCredential(vendor, apiKey(), envVar, format);
      if (auth.type === 'bearer') request.headers.set('Authorization', `Bearer ${key}`);
      else request.headers.set(auth.header, key);
      return request;
    },
  };
}

/**
 * Checks every path parameter the operation names. The path serializer checks the values it
 * is given, but openapi-fetch skips it when `params.path` is absent, which would send a
 * literal `{workflow_id}`.
 */
export function createInputGuardMiddleware(
  vendor: VendorInfo,
  patterns: Readonly<Record<string, RegExp>> = {},
): Middleware {
  return {
    onRequest({ request, schemaPath, params }) {
      // The path template names the operation in hooks and logs, where the URL holds values.
      if ('fetchInit' in request) (request as unknown as PreparedRequest).operation = schemaPath;
      const values = (params.path ?? {}) as Record<string, unknown>;
      for (const [, name = ''] of schemaPath.matchAll(PATH_PARAM)) {
        encodePathParam(vendor, name, values[name], patterns[name]);
      }
      return undefined;
    },
  };
}

/**
 * Makes a 2xx whose body is not the JSON the spec promises (empty, not JSON, nested too deep)
 * `unexpected_response`, so callers never meet a bare SyntaxError. Every other answer became an
 * error in the transport already. A call of the raw client ends here, for its hooks and logger;
 * a provider's call ends once `expectAnswer` has checked the body's shape too.
 */
export const answerCheckMiddleware: Middleware = {
  onResponse({ response, options }) {
    if (!isBufferedAnswer(response)) return undefined; // a stream settles its call when it ends
    const scope = scopeOf(response);
    try {
      if (options.parseAs === 'json' && response.status !== 204) response.checkJson();
    } catch (error) {
      throw isWorkflowApiError(error) ? settleCall(scope, error) : error;
    }
    if (!scope.answerCheckedByCaller) settleCall(scope);
    return undefined;
  },
};
