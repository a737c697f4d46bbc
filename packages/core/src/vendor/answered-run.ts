/**
 * For a provider's `getRun`, as the extra check of `expectAnswer`: an answer about another run
 * than the one asked for names it, so that a server that mixes runs up is not followed as if it
 * had answered about this one. An answer without an id says nothing against it.
 */
export function otherRunThan(asked: string, answered: unknown): string | undefined {
  if (typeof answered !== 'string' || answered === asked) return undefined;
  return `run ${JSON.stringify(answered.slice(0, 80))} when run ${JSON.stringify(asked.slice(0, 80))} was asked for`;
}
