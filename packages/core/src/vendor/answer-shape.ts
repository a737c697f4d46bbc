/**
 * What a spec requires of a JSON answer, as `pnpm generate` writes it from the schema into each
 * vendor's `src/generated/answer-shapes.ts`:
 *  - a string of kind letters, any one of which matches: `s` string, `n` number, `i` integer,
 *    `b` boolean, `o` object, `a` array, `z` null; the empty string matches anything;
 *  - an object: `r` the properties it requires, `o` those it may have (checked when present),
 *    `v` what every other property must be, `z` when null is allowed too;
 *  - an array: `i` what every item must be, `z` when null is allowed too.
 * Enums are open: an enumerated field is checked for its JSON type only, because vendors add words.
 */
export type Shape = string | ObjectShape | ArrayShape;

export interface ObjectShape {
  r?: Readonly<Record<string, Shape>>;
  o?: Readonly<Record<string, Shape>>;
  v?: Shape;
  z?: 1;
}

export interface ArrayShape {
  i: Shape;
  z?: 1;
}

/** A shape that promises the answer's type `T` once the answer has passed it. */
export type AnswerShape<T> = Shape & { readonly __answer?: T };

const KIND_NAMES: Readonly<Record<string, string>> = {
  s: 'a string',
  n: 'a number',
  i: 'an integer',
  b: 'a boolean',
  o: 'an object',
  a: 'an array',
  z: 'null',
};

function kindOf(value: unknown): string {
  if (value === null) return 'z';
  if (Array.isArray(value)) return 'a';
  if (typeof value === 'string') return 's';
  if (typeof value === 'boolean') return 'b';
  if (typeof value === 'number') return Number.isInteger(value) ? 'i' : 'n';
  return typeof value === 'object' ? 'o' : '?';
}

function matchesKinds(kind: string, kinds: string): boolean {
  return kinds === '' || kinds.includes(kind) || (kind === 'i' && kinds.includes('n'));
}

function where(path: string): string {
  return path ? `\`${path}\`` : 'the body';
}

function describe(kinds: string): string {
  return [...kinds].map((kind) => KIND_NAMES[kind]).join(' or ');
}

/** Where `value` departs from `shape`, in words (``data.execution_id` is missing`), or undefined. */
export function shapeProblem(value: unknown, shape: Shape, path = ''): string | undefined {
  const kind = kindOf(value);
  if (typeof shape === 'string') {
    return matchesKinds(kind, shape)
      ? undefined
      : `${where(path)} is ${KIND_NAMES[kind] ?? typeof value}, not ${describe(shape)}`;
  }
  if (kind === 'z' && shape.z) return undefined;
  if ('i' in shape) {
    if (kind !== 'a') return `${where(path)} is ${KIND_NAMES[kind]}, not an array`;
    const items = value as unknown[];
    for (let index = 0; index < items.length; index++) {
      const problem = shapeProblem(items[index], shape.i, `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (kind !== 'o') return `${where(path)} is ${KIND_NAMES[kind]}, not an object`;
  const record = value as Record<string, unknown>;
  const at = (key: string) => (path ? `${path}.${key}` : key);
  for (const [key, property] of Object.entries(shape.r ?? {})) {
    if (!Object.hasOwn(record, key) || record[key] === undefined) return `\`${at(key)}\` is missing`;
    const problem = shapeProblem(record[key], property, at(key));
    if (problem) return problem;
  }
  for (const [key, property] of Object.entries(shape.o ?? {})) {
    if (!Object.hasOwn(record, key) || record[key] === undefined) continue;
    const problem = shapeProblem(record[key], property, at(key));
    if (problem) return problem;
  }
  if (shape.v !== undefined) {
    for (const key of Object.keys(record)) {
      if (Object.hasOwn(shape.r ?? {}, key) || Object.hasOwn(shape.o ?? {}, key)) continue;
      const problem = shapeProblem(record[key], shape.v, at(key));
      if (problem) return problem;
    }
  }
  return undefined;
}
