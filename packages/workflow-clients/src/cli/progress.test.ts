import { describe, expect, it, vi } from 'vitest';
import { createProgress } from './progress.js';

const run = (status: 'queued' | 'running' | 'succeeded') => ({
  vendor: 'altostrat' as const,
  workflowId: 'fl_1',
  status,
  raw: {},
});

describe('progress while waiting', () => {
  it('draws a spinner on a terminal, redrawn in place, and clears it when done', () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const progress = createProgress(
      { isTTY: true, write: (text: string) => written.push(text) },
      'altostrat fl_1',
      run('queued'),
    );
    vi.advanceTimersByTime(350);
    expect(written.at(-1)).toContain('altostrat fl_1: queued');
    progress.update(run('running'));
    vi.advanceTimersByTime(100);
    progress.stop();
    vi.useRealTimers();
    expect(written.length).toBeGreaterThanOrEqual(4);
    expect(written.slice(0, -1).every((text) => text.startsWith('\r') && text.includes('altostrat fl_1: '))).toBe(true);
    expect(written.at(-2)).toContain('running');
    expect(written.at(-1)).toBe('\r\u001b[K');
  });

  it('writes one plain line per status change when piped', () => {
    const written: string[] = [];
    const progress = createProgress(
      { isTTY: false, write: (text: string) => written.push(text) },
      'altostrat fl_1',
      run('queued'),
    );
    progress.update(run('running'));
    progress.update(run('running'));
    progress.update(run('succeeded'));
    progress.stop();
    expect(written).toEqual([
      'altostrat fl_1: queued\n',
      'altostrat fl_1: running after 0 s\n',
      'altostrat fl_1: succeeded after 0 s\n',
    ]);
  });
});
