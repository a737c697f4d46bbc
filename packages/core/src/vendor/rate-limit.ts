import type { WorkflowRun } from './provider.js';
import type { RateLimitHeaders } from './vendor-definition.js';

// Absent or garbled headers stay absent: a rate limit is never reported as NaN.
function headerCount(headers: Headers, name: string): number | undefined {
  const value = headers.get(name)?.trim();
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const count = Number(value);
  return Number.isSafeInteger(count) ? count : undefined;
}

/** The vendor's rate-limit headers as numbers, or undefined when neither is usable. */
export function rateLimitFromHeaders(headers: Headers, names: RateLimitHeaders): WorkflowRun['rateLimit'] {
  const limit = headerCount(headers, names.limit);
  const remaining = headerCount(headers, names.remaining);
  if (limit === undefined && remaining === undefined) return undefined;
  return { ...(limit !== undefined && { limit }), ...(remaining !== undefined && { remaining }) };
}
