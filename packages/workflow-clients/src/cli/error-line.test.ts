import { describe, expect, it } from 'vitest';
import { errorJson, writeError, writeUsageError } from './error-line.js';

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

describe('a usage error', () => {
  const written = (message: string, options: { command?: string; json: boolean }) => {
    const out = { stdout: '', stderr: '' };
    writeUsageError(
      {
        stdout: { isTTY: false, write: (chunk: string) => (out.stdout += chunk) },
        stderr: { isTTY: false, write: (chunk: string) => (out.stderr += chunk) },
        env: {},
      },
      message,
      options,
    );
    return out;
  };

  it('is one line, then the command’s usage line and where the rest is', () => {
    expect(written('get needs a run id.', { command: 'get', json: false })).toEqual({
      stdout: '',
      stderr:
        'error: get needs a run id.\n' +
        'Usage: workflow-clients get <vendor> <workflowId> <runId> [--json | --raw]\n' +
        'Run `workflow-clients get --help` for details.\n',
    });
    // wait has two forms, so two usage lines; outside a command, the command line's own.
    expect(written('x', { command: 'wait', json: false }).stderr.split('\n')).toHaveLength(5);
    expect(written('x', { json: false }).stderr).toBe(
      'error: x\nUsage: workflow-clients <command> [options]\nRun `workflow-clients --help` for details.\n',
    );
  });

  it('keeps to one line whatever its message holds, and escapes its control characters', () => {
    const { stderr } = written('--input is not JSON: {\n  a: 1\u001b[2J\n}', { command: 'run', json: false });
    expect(stderr.split('\n')[0]).toBe('error: --input is not JSON: { a: 1\\u001b[2J }');
    expect(stderr.split('\n')).toHaveLength(4);
  });

  it('is one line of JSON on stdout too with --json, in the shape of every error', () => {
    const { stdout, stderr } = written('Unknown vendor "wivv". Did you mean "wiv"?', { command: 'run', json: true });
    expect(stdout).toBe(errorJson('usage', 'Unknown vendor "wivv". Did you mean "wiv"?'));
    expect(stdout).toBe('{"error":{"code":"usage","message":"Unknown vendor \\"wivv\\". Did you mean \\"wiv\\"?"}}\n');
    expect(stderr).toMatch(/^error: Unknown vendor "wivv"\. Did you mean "wiv"\?\nUsage: workflow-clients run /);
  });
});
