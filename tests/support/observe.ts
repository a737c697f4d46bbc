import { inspect } from 'node:util';

/** What an error shows in every form a caller or a logger might turn it into. */
export function renderings(error: unknown): string[] {
  if (!(error instanceof Error)) return [String(error)];
  return [
    error.message,
    error.stack ?? '',
    JSON.stringify(error),
    String(error),
    inspect(error, { depth: 10, showHidden: true }),
    String(error.cause),
    inspect(error.cause, { depth: 10 }),
  ];
}
