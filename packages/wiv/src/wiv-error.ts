/**
 * The reason in a Wiv error body (the spec's `WivError`): Wiv documents none, so its gateway's
 * `message`, or else `error`.
 */
export function readWivError(body: unknown): string | undefined {
  const { message, error } = (body ?? {}) as { message?: unknown; error?: unknown };
  return typeof message === 'string' && message ? message : typeof error === 'string' ? error : undefined;
}
