import type { CliIo } from './io.js';
import { jsonLine, printable } from './terminal-text.js';
import { usageHint } from './usage.js';

/**
 * Writes an error line to stderr: `error [code]: message`, with `error` in red where stderr is a
 * terminal and NO_COLOR (https://no-color.org) is not set. Piped, it is plain text.
 */
export function writeError(io: Pick<CliIo, 'stderr' | 'env'>, message: string, code?: string): void {
  const colour = io.stderr.isTTY === true && !io.env.NO_COLOR;
  const word = colour ? '\u001b[31merror\u001b[39m' : 'error';
  io.stderr.write(`${word}${code ? ` [${code}]` : ''}: ${printable(message)}\n`);
}

/**
 * An error as --json (and --raw) print it on stdout, one line: `{"error":{"code","message"}}`,
 * the shape of every failure's (an API error's has more fields beside these).
 */
export function errorJson(code: string, message: string): string {
  return jsonLine({ error: { code, message } });
}

/**
 * A usage error: one line saying what is wrong, then the usage line of the command it was in
 * (or of the command line) and where the rest is; with --json, its JSON line on stdout too.
 */
export function writeUsageError(
  io: Pick<CliIo, 'stdout' | 'stderr' | 'env'>,
  message: string,
  { command, json }: { command?: string | undefined; json: boolean },
): void {
  const line = message.replace(/\s*\n\s*/g, ' ');
  writeError(io, `${line}\n${usageHint(command)}`);
  if (json) io.stdout.write(errorJson('usage', line));
}
