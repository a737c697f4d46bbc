import { WorkflowApiError, vendorName } from './errors.js';
import type { VendorSlug } from './vendors.js';

/**
 * Checks the few fields a provider reads from a 2xx body. A body that parsed as JSON but is
 * not the shape the spec promises is `unexpected_response`, never a TypeError later on.
 */
export function expectShape<T>(
  vendor: VendorSlug,
  body: unknown,
  isExpected: (body: unknown) => body is T,
  what: string,
): T {
  if (isExpected(body)) return body;
  const preview = JSON.stringify(body) ?? String(body);
  throw new WorkflowApiError({
    vendor,
    code: 'unexpected_response',
    message: `${vendorName(vendor)} answered with a body that lacks ${what}: ${preview.slice(0, 200)}`,
    body,
  });
}

/**
 * Checks that a listing answered the page asked for: a server that answers another page
 * would have a page-by-page iterator loop forever, so that is `unexpected_response`.
 */
export function expectPage(vendor: VendorSlug, asked: number, answered: unknown): void {
  if (answered === asked) return;
  throw new WorkflowApiError({
    vendor,
    code: 'unexpected_response',
    status: 200,
    message: `${vendorName(vendor)} answered page ${String(answered)} when page ${asked} was asked for; listing stopped.`,
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
