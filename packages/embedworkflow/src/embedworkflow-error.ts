/** The reason in an Embed Workflow error body (the spec's `EmbedWorkflowError`): `message`, or else `error`. */
export function readEmbedWorkflowError(body: unknown): string | undefined {
  const { message, error } = (body ?? {}) as { message?: unknown; error?: unknown };
  return typeof message === 'string' && message ? message : typeof error === 'string' ? error : undefined;
}
