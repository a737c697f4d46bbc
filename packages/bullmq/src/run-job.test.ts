import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobIdOf, type RunJobData, stateOf } from './run-job.js';

describe('jobIdOf', () => {
  it('gives every key an id BullMQ takes (no colon, never an integer), and no two keys one id', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 256, unit: 'grapheme' }),
        fc.string({ minLength: 1, unit: 'grapheme' }),
        (a, b) => {
          const id = jobIdOf(a);
          expect(id).not.toContain(':');
          expect(Number.isInteger(Number(id))).toBe(false);
          if (a !== b) expect(jobIdOf(b)).not.toBe(id);
        },
      ),
    );
  });
});

describe('stateOf', () => {
  const data: RunJobData = { v: 1, key: 'k', workflowId: 'w', input: {}, phase: 'following', token: 't' };

  it('tells a key as its job holds it', () => {
    expect(stateOf(data, false)).toEqual({
      key: 'k',
      workflowId: 'w',
      phase: 'following',
      token: 't',
      cancelRequested: false,
    });
  });

  it('tells a job BullMQ gave up on (its workers kept crashing) as uncertain, with why', () => {
    expect(stateOf(data, false, 'job stalled more than allowable limit')).toMatchObject({
      phase: 'uncertain',
      error: {
        code: 'network',
        mayHaveStarted: true,
        message: 'The job stopped: job stalled more than allowable limit.',
      },
    });
    expect(stateOf({ ...data, phase: 'queued' }, false, 'stalled')).toMatchObject({
      phase: 'settled',
      error: { mayHaveStarted: false },
    });
  });
});
