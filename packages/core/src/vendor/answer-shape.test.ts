import { describe, expect, it } from 'vitest';
import { type Shape, shapeProblem } from './answer-shape.js';

// The format is the one scripts/answer-shapes.mjs writes; each vendor's generated shapes and
// the property test over every spec example (tests/response-checks) exercise it whole.
const run: Shape = {
  r: { id: 's', status: 's', turn: 'i', events: { i: 'o' } },
  o: { error: 'sz', score: 'n', hint: { r: { text: 's' }, z: 1 } },
  v: 'sb',
};

describe('shapeProblem', () => {
  const valid = { id: 'r1', status: 'a_word_no_enum_lists', turn: 2, events: [{}, { type: 'x' }] };

  it('accepts an answer with every required field of the right JSON type, and any word in a string', () => {
    expect(shapeProblem(valid, run)).toBeUndefined();
    expect(shapeProblem({ ...valid, error: null, score: 2.5, hint: null, extra: true }, run)).toBeUndefined();
  });

  it.each([
    [{ ...valid, id: undefined }, '`id` is missing'],
    [{ ...valid, turn: 2.5 }, '`turn` is a number, not an integer'],
    [{ ...valid, events: {} }, '`events` is an object, not an array'],
    [{ ...valid, events: [{}, 'x'] }, '`events[1]` is a string, not an object'],
    [{ ...valid, error: 3 }, '`error` is an integer, not a string or null'],
    [{ ...valid, hint: {} }, '`hint.text` is missing'],
    [{ ...valid, extra: 1 }, '`extra` is an integer, not a string or a boolean'],
    [[valid], 'the body is an array, not an object'],
    [null, 'the body is null, not an object'],
  ])('names what is wrong with %j', (answer, problem) => {
    expect(shapeProblem(answer, run)).toBe(problem);
  });

  it('reads an optional field set to undefined as absent, and a required one as missing', () => {
    expect(shapeProblem({ ...valid, error: undefined }, run)).toBeUndefined();
    expect(shapeProblem({ ...valid, status: undefined }, run)).toBe('`status` is missing');
  });

  it('looks only at own properties, so a field on the prototype does not count', () => {
    expect(
      shapeProblem(Object.assign(Object.create({ id: 'r1' }) as object, { status: 's', turn: 1, events: [] }), run),
    ).toBe('`id` is missing');
  });
});
