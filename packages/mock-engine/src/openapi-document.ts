// The small part of OpenAPI 3.1 the mock reads, and reference resolution that remembers where
// each resolved object lives, so Ajv can compile schemas in place with their relative $refs.

export interface OpenApiDocument {
  servers?: readonly { url: string }[];
  paths?: Readonly<Record<string, unknown>>;
  components?: Readonly<Record<string, unknown>>;
  security?: readonly Readonly<Record<string, readonly string[]>>[];
}

export type Json = Record<string, unknown>;

export interface Located<T = Json> {
  value: T;
  /** JSON pointer of `value` inside the document, e.g. `/components/schemas/Run`. */
  pointer: string;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function pointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function at(document: unknown, pointer: string): unknown {
  let node = document;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node && typeof node === 'object' ? (node as Json)[token] : undefined;
  }
  return node;
}

/** Follows local `$ref`s (as OpenAPI objects use them) until a real object is reached. */
export function resolve(document: OpenApiDocument, located: Located<unknown>): Located {
  let current = located;
  for (let hops = 0; hops < 20; hops++) {
    const value = current.value as Json | undefined;
    const ref = value && typeof value === 'object' ? value.$ref : undefined;
    if (typeof ref !== 'string') return current as Located;
    if (!ref.startsWith('#/')) throw new Error(`Only local references are supported, got ${ref}`);
    const pointer = ref.slice(1);
    current = { value: at(document, pointer), pointer };
  }
  throw new Error(`Reference cycle at ${located.pointer}`);
}

export function child(parent: Located, key: string): Located<unknown> {
  return { value: parent.value[key], pointer: `${parent.pointer}/${pointerToken(key)}` };
}

export function entries(parent: Located): Array<[string, Located<unknown>]> {
  return Object.keys(parent.value ?? {}).map((key) => [key, child(parent, key)]);
}
