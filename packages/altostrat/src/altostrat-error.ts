/** The reason in an Altostrat error body (the spec's `AltostratError`, Laravel's shape): its `message`. */
export function readAltostratError(body: unknown): string | undefined {
  const { message } = (body ?? {}) as { message?: unknown };
  return typeof message === 'string' ? message : undefined;
}
