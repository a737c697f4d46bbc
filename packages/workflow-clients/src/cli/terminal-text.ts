import { credentialPattern, redactText } from '@workflow-clients/core/internal';
import type { ProgressOutput } from './io.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text from outside (a run's ids and status words, a server's error message, a run token's
 * contents) made safe to print: every control character but the line break and the tab is
 * shown as its escape, so nothing a server or a forged token holds can move the cursor, clear
 * the screen, retitle the window or hide what comes before it.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * An output that removes the given credentials, in every form a server could echo them in,
 * from everything written to it: a run's raw body or an error printed by the command line must
 * not put a key into a terminal's scrollback or a CI log.
 */
export function withoutCredentials(output: ProgressOutput, credentials: readonly string[]): ProgressOutput {
  const pattern = credentialPattern(credentials);
  if (!pattern) return output;
  return {
    write: (text: string) => output.write(redactText(text, pattern)),
    get isTTY() {
      return output.isTTY;
    },
  };
}

// What JSON.stringify leaves as it is of the controls: DEL and the C1 range (the C0 range it escapes).
const UNESCAPED_BY_JSON = /[\u007f-\u009f]/g;

/**
 * A value as one line of JSON, for --json and --raw: JSON.stringify escapes the C0 controls, and
 * this the rest (DEL, C1), which can only stand inside a string, so the line parses to the same
 * value and holds no control character a terminal would act on. Nothing at all is `null`.
 */
export function jsonLine(value: unknown): string {
  return `${(JSON.stringify(value) ?? 'null').replace(UNESCAPED_BY_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
