import { describe, expect, it } from 'vitest';
import { writeError } from './error-line.js';

const written = (isTTY: boolean, env: Record<string, string | undefined> = {}) => {
  let text = '';
  writeError({ stderr: { isTTY, write: (chunk: string) => (text += chunk) }, env }, 'Wiv answered 401', 'unauthorized');
  return text;
};

describe('an error line', () => {
  it('is plain text when piped', () => {
    expect(written(false)).toBe('error [unauthorized]: Wiv answered 401\n');
  });

  it('has `error` in red on a terminal, unless NO_COLOR is set', () => {
    expect(written(true)).toBe('\u001b[31merror\u001b[39m [unauthorized]: Wiv answered 401\n');
    expect(written(true, { NO_COLOR: '1' })).toBe('error [unauthorized]: Wiv answered 401\n');
    // An empty NO_COLOR does not count (no-color.org).
    expect(written(true, { NO_COLOR: '' })).toContain('\u001b[31m');
  });
});
