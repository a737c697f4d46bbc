// The schema keywords classify.mjs compares on a schema itself, in one place: unmodeled.mjs
// reports a change to any other keyword as one to classify by hand, so the two never disagree.

/** Bounds on a value: tighter on an input breaks callers; on a response no type shows them. */
export const CONSTRAINTS = [
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
];

/**
 * Every keyword compared on the schema node itself; `properties`, `items`,
 * `additionalProperties` and the combinators are walked into instead.
 */
export const COMPARED_KEYWORDS = new Set([
  'type',
  'nullable',
  'enum',
  'const',
  'format',
  'default',
  'required',
  '$ref',
  ...CONSTRAINTS,
]);
