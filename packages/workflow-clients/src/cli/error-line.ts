import type { CliIo } from './context.js';
import { printable } from './terminal-text.js';

/**
 * Writes an error line to stderr: `error [code]: message`, with `error` in red where stderr is a
 * terminal and NO_COLOR (https://no-color.org) is not set. Piped, it is plain text.
 */
export function writeError(io: Pick<CliIo, 'stderr' | 'env'>, message: string, code?: string): void {
  const colour = io.stderr.isTTY === true && !io.env.NO_COLOR;
  const word = colour ? '\u001b[31merror\u001b[39m' : 'error';
  io.stderr.write(`${word}${code ? ` [${code}]` : ''}: ${printable(message)}\n`);
}
