import { specs } from '@workflow-clients/msw';

// Reads a spec the way a reviewer would, to derive attacks from it: each operation's 2xx JSON
// examples, and every field of an example whose schema gives it a type, required or not.

type Json = Record<string, unknown>;
type Spec = Json & { paths: Json; components?: Json };

export interface SpecField {
  /** Where the field sits in the example, e.g. ['data', 'execution_id'] or ['items', 0, 'status']. */
  path: Array<string | number>;
  required: boolean;
  /** The JSON types the schema allows (null included for a nullable field). */
  types: string[];
  /** The schema lists its values (an enum or a const). */
  enumerated: boolean;
}

export interface SuccessExample {
  vendor: string;
  operationId: string;
  status: number;
  name: string;
  value: unknown;
  fields: SpecField[];
}

function resolve(spec: Spec, node: unknown): Json {
  let current = node as Json;
  for (let hops = 0; typeof current?.$ref === 'string' && hops < 20; hops++) {
    current = (current.$ref as string)
      .slice(2)
      .split('/')
      .reduce<unknown>((at, token) => (at as Json)[token.replace(/~1/g, '/').replace(/~0/g, '~')], spec) as Json;
  }
  return current ?? {};
}

/** A schema with its allOf parts merged: properties, required and type. */
function flatten(spec: Spec, node: unknown): Json {
  const schema = resolve(spec, node);
  if (!Array.isArray(schema.allOf)) return schema;
  const parts = (schema.allOf as unknown[]).map((part) => flatten(spec, part));
  return {
    ...schema,
    type: parts.find((part) => part.type)?.type ?? schema.type,
    properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})),
    required: parts.flatMap((part) => (part.required as string[] | undefined) ?? []),
  };
}

function typesOf(schema: Json): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (typeof schema.type === 'string') return [schema.type];
  return [];
}

function fieldsOf(spec: Spec, node: unknown, value: unknown, path: Array<string | number>): SpecField[] {
  const schema = flatten(spec, node);
  const fields: SpecField[] = [];
  if (value && typeof value === 'object' && !Array.isArray(value) && schema.properties) {
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(schema.properties as Json)) {
      if (!(name in (value as Json))) continue;
      const propertySchema = flatten(spec, property);
      fields.push({
        path: [...path, name],
        required: required.has(name),
        types: typesOf(propertySchema),
        enumerated: Array.isArray(propertySchema.enum) || 'const' in propertySchema,
      });
      fields.push(...fieldsOf(spec, property, (value as Json)[name], [...path, name]));
    }
  }
  if (Array.isArray(value) && value.length > 0 && schema.items) {
    const items = flatten(spec, schema.items);
    if (typesOf(items).length)
      fields.push({ path: [...path, 0], required: true, types: typesOf(items), enumerated: false });
    fields.push(...fieldsOf(spec, schema.items, value[0], [...path, 0]));
  }
  return fields;
}

/** Every named example of every 2xx JSON answer in every spec, with its typed fields. */
export function successExamples(): SuccessExample[] {
  const found: SuccessExample[] = [];
  for (const [vendor, document] of Object.entries(specs)) {
    const spec = document as unknown as Spec;
    for (const pathItem of Object.values(spec.paths)) {
      for (const operation of Object.values(pathItem as Json) as Json[]) {
        if (!operation || typeof operation !== 'object' || typeof operation.operationId !== 'string') continue;
        for (const [status, response] of Object.entries((operation.responses ?? {}) as Json)) {
          if (!/^2\d\d$/.test(status)) continue;
          const media = (resolve(spec, response).content as Json | undefined)?.['application/json'] as Json | undefined;
          if (!media) continue;
          const examples = Object.entries((media.examples ?? {}) as Json).map(
            ([name, example]) => [name, resolve(spec, example).value] as const,
          );
          if ('example' in media) examples.push(['example', media.example]);
          for (const [name, value] of examples) {
            found.push({
              vendor,
              operationId: operation.operationId,
              status: Number(status),
              name,
              value,
              fields: fieldsOf(spec, media.schema, value, []),
            });
          }
        }
      }
    }
  }
  return found;
}

/** A copy of `value` with the field at `path` changed by `change` (or removed, when it returns `undefined`). */
export function withField(
  value: unknown,
  path: Array<string | number>,
  change: (current: unknown) => unknown,
): unknown {
  const copy = structuredClone(value) as Json;
  const parent = path.slice(0, -1).reduce<Json>((at, key) => at[key as string] as Json, copy);
  const last = path.at(-1)!;
  const next = change(parent[last as string]);
  if (next === undefined && !Array.isArray(parent)) delete parent[last as string];
  else parent[last as string] = next;
  return copy;
}

/** A value of a JSON type the field does not allow. */
export function wrongTypeFor(types: readonly string[]): unknown {
  const candidates: Array<[string, unknown]> = [
    ['string', 42],
    ['integer', 'seven'],
    ['number', 'seven'],
    ['boolean', 'yes'],
    ['object', 'an object'],
    ['array', { not: 'an array' }],
  ];
  for (const [type, wrong] of candidates) {
    if (!types.includes(type)) continue;
    const wrongType = typeof wrong === 'string' ? 'string' : typeof wrong === 'number' ? 'number' : 'object';
    if (
      !types.some(
        (allowed) =>
          allowed === wrongType ||
          (allowed === 'integer' && wrongType === 'number') ||
          (wrongType === 'object' && allowed === 'object'),
      )
    )
      return wrong;
  }
  return types.includes('null') ? ['still', 'wrong'] : null;
}
