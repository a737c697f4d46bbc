import { readFile } from 'node:fs/promises';
import { UsageError } from './usage.js';

// The command line's values, read and checked before anything is sent.

export function readLimit(value: string | undefined): number {
  if (value === undefined) return 100;
  const limit = Number(value);
  if (!(Number.isSafeInteger(limit) && limit >= 1))
    throw new UsageError(`--limit must be a whole number, 1 or more, got ${JSON.stringify(value)}.`);
  return limit;
}

/** `--timeout` in seconds, as milliseconds; undefined when not given. */
export function readTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!(seconds > 0 && seconds <= 2_147_483))
    throw new UsageError(`--timeout must be a number of seconds above 0, got ${JSON.stringify(value)}.`);
  return seconds * 1000;
}

/** All of standard input, as text. */
async function readAll(stdin: AsyncIterable<string | Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of stdin) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/** `--input`: a JSON object, inline, in a file (`@path`) or on standard input (`-`). */
export async function readInput(
  value: string | undefined,
  stdin?: AsyncIterable<string | Uint8Array>,
): Promise<Record<string, unknown> | undefined> {
  if (value === undefined) return undefined;
  let text = value;
  if (value === '-') {
    if (!stdin) throw new UsageError('--input - reads standard input, which this command line was not given.');
    text = await readAll(stdin);
  } else if (value.startsWith('@')) {
    try {
      text = await readFile(value.slice(1), 'utf8');
    } catch (error) {
      throw new UsageError(`Cannot read ${value.slice(1)}: ${(error as Error).message}`);
    }
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    throw new UsageError(`--input is not JSON: ${text.slice(0, 80)}`);
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new UsageError('--input must be a JSON object.');
  return input as Record<string, unknown>;
}
