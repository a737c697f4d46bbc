/**
 * The reason in an error body shaped `{ message?, error? }`, the shape an API gateway writes when
 * a vendor documents none: a non-empty `message`, or else `error`. For a vendor's `readError`.
 */
export function readMessageOrError(body: unknown): string | undefined {
  const { message, error } = (body ?? {}) as { message?: unknown; error?: unknown };
  return typeof message === 'string' && message ? message : typeof error === 'string' ? error : undefined;
}
