import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan, parseJsonText } from './json-text.js';

describe('nestsDeeperThan', () => {
  it('counts arrays and objects, and nothing inside strings', () => {
    expect(nestsDeeperThan('[[{"a":[1]}]]', 3)).toBe(true);
    expect(nestsDeeperThan('[[{"a":[1]}]]', 4)).toBe(false);
    expect(nestsDeeperThan(`{"text":"${'['.repeat(1_000)}"}`, 2)).toBe(false);
    expect(nestsDeeperThan(`{"text":"\\"${'['.repeat(1_000)}"}`, 2)).toBe(false);
    expect(nestsDeeperThan(`["\\\\",${'['.repeat(5)}${']'.repeat(5)}]`, 3)).toBe(true);
  });
});

describe('parseJsonText', () => {
  it('parses JSON up to the depth limit, and refuses it beyond', () => {
    const at = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(parseJsonText(at(MAX_JSON_DEPTH))).toMatchObject({ ok: true });
    expect(parseJsonText(at(MAX_JSON_DEPTH + 1))).toEqual({
      ok: false,
      problem: `JSON nested deeper than ${MAX_JSON_DEPTH} levels`,
    });
    expect(parseJsonText(at(100_000))).toMatchObject({ ok: false });
  });

  it.each([
    ['', 'an empty body'],
    ['  \n', 'an empty body'],
    ['<html>', 'a body that is not JSON'],
    ['{"a":', 'a body that is not JSON'],
  ])('says why %j is not JSON', (text, problem) => {
    expect(parseJsonText(text)).toEqual({ ok: false, problem });
  });
});
