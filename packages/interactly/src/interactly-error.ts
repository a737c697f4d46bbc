/**
 * The reason in an Interactly error body: FastAPI's `detail`, a string (`HttpError`) or, on a
 * 422, a list of problems whose `msg` says what is wrong (`HTTPValidationError`).
 */
export function readInteractlyError(body: unknown): string | undefined {
  const { detail } = (body ?? {}) as { detail?: unknown };
  if (typeof detail === 'string') return detail;
  if (!Array.isArray(detail)) return undefined;
  const messages = detail
    .map((problem) => (problem as { msg?: unknown } | null)?.msg)
    .filter((msg): msg is string => typeof msg === 'string');
  return messages.join('; ') || undefined;
}
