/** The reason in an AI Tutor error body (the spec's `ErrorResponse`): its `error`. */
export function readAiTutorError(body: unknown): string | undefined {
  const { error } = (body ?? {}) as { error?: unknown };
  return typeof error === 'string' ? error : undefined;
}
