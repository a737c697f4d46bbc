import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from './exit-codes.js';

// The command at a real terminal: util-linux `script` gives it a pseudo-terminal, so what is
// tested is what a person sees (the spinner redrawn in place, colour), not a stub of a TTY.
const bin = join(import.meta.dirname, '../../bin/workflow-clients.js');
const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

function atTerminal(args: string[], env: Record<string, string> = {}) {
  const command = [process.execPath, bin, ...args].map(quote).join(' ');
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.endsWith('_API_KEY') && name !== 'NO_COLOR'),
  );
  return new Promise<{ code: number; output: string }>((resolve, reject) => {
    execFile(
      'script',
      ['-qfec', command, '/dev/null'],
      { env: { ...base, ...env }, timeout: 120_000 },
      (error, stdout) => {
        if (error && typeof error.code !== 'number') reject(new Error(`util-linux script is needed: ${error.message}`));
        else resolve({ code: error ? Number(error.code) : 0, output: stdout });
      },
    );
  });
}

describe('workflow-clients at a terminal', { timeout: 120_000 }, () => {
  it('shows a wait as a spinner redrawn in place, with the run id, and clears it for the result', async () => {
    const { code, output } = await atTerminal(['run', 'altostrat', 'fl_a1b2c3d4e5f6g7h8', '--mock', '--wait']);
    expect(code).toBe(EXIT.ok);
    const frames = output.split('\r').filter((frame) => frame.includes('(') && frame.endsWith('\u001b[K'));
    expect(frames.length).toBeGreaterThan(3);
    const runId = /run (fl_run_\w+):/.exec(frames[0] ?? '')?.[1];
    expect(frames[0]).toMatch(
      new RegExp(`^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] altostrat fl_a1b2c3d4e5f6g7h8 run ${runId}: queued \\(\\d+ s\\)`),
    );
    // The mock's scenario moves the run on, and the same line shows it.
    expect(frames.some((frame) => frame.includes(`run ${runId}: running (`))).toBe(true);
    // The spinner's line is cleared, and the result printed on a line of its own.
    expect(output).toContain(`\r\u001b[Kaltostrat fl_a1b2c3d4e5f6g7h8 run ${runId} succeeded (completed)`);
  });

  it('shows errors in red, and in plain text under NO_COLOR', async () => {
    const red = await atTerminal(['run', 'wiv', 'wf']);
    expect(red.code).toBe(EXIT.usage);
    expect(red.output.startsWith('\u001b[31merror\u001b[39m')).toBe(true);
    expect(red.output).toContain('WIV_API_KEY');
    const plain = await atTerminal(['run', 'wiv', 'wf'], { NO_COLOR: '1' });
    expect(plain.output).toMatch(/^error( \[invalid_input\])?: .*WIV_API_KEY/);
    expect(plain.output).not.toContain('\u001b[');
  });
});
