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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
