import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { specs } from './index.js';

// The hand-written specs themselves: valid OpenAPI 3.1 by a validator independent of Redocly,
// every example valid against the schema beside it, and the embedded copies current.
const specsDir = join(import.meta.dirname, '../../../specs');
// Only folders that hold a spec, as scripts/generate.mjs sees them.
const slugs = readdirSync(specsDir).filter((name) => existsSync(join(specsDir, name, 'openapi.yaml')));
const load = (slug: string) =>
  parse(readFileSync(join(specsDir, slug, 'openapi.yaml'), 'utf8')) as Record<string, unknown>;

interface ExampleSite {
  pointer: string;
  schemaPointer: string;
  value: unknown;
}

const escapePointer = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every example in a document, with the pointer of the schema it must satisfy. */
function examplesIn(node: unknown, pointer = ''): ExampleSite[] {
  if (!node || typeof node !== 'object') return [];
  const sites: ExampleSite[] = [];
  const record = node as Record<string, unknown>;
  // Media types, parameters and headers: `schema` beside `example` or an `examples` map.
  if (record.schema && typeof record.schema === 'object') {
    const schemaPointer = `${pointer}/schema`;
    if ('example' in record) sites.push({ pointer: `${pointer}/example`, schemaPointer, value: record.example });
    if (record.examples && typeof record.examples === 'object' && !Array.isArray(record.examples)) {
      for (const [name, example] of Object.entries(record.examples as Record<string, { value?: unknown }>)) {
        sites.push({ pointer: `${pointer}/examples/${escapePointer(name)}`, schemaPointer, value: example.value });
      }
    }
  }
  // Schemas: JSON Schema's own `examples` array.
  if (Array.isArray(record.examples) && ('type' in record || 'const' in record || 'enum' in record)) {
    for (const [index, value] of record.examples.entries()) {
      sites.push({ pointer: `${pointer}/examples/${index}`, schemaPointer: pointer, value });
    }
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === 'examples' && !Array.isArray(value)) continue;
    sites.push(...examplesIn(value, `${pointer}/${escapePointer(key)}`));
  }
  return sites;
}

/** The document with every local $ref replaced by its target (a cycle is cut, as a schema `{}`). */
function resolved(node: unknown, root: unknown = node, seen: readonly string[] = []): unknown {
  if (Array.isArray(node)) return node.map((item) => resolved(item, root, seen));
  if (!node || typeof node !== 'object') return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    if (seen.includes(ref)) return {};
    const target = ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (at, key) => (at as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        root,
      );
    return resolved(target, root, [...seen, ref]);
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolved(value, root, seen)]));
}

type Schema = {
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};

/** Every enum in a schema, with the path of the value it constrains (`[]` for an array's items). */
function enumsIn(schema: Schema | undefined, path: string[] = []): Array<{ path: string[]; values: unknown[] }> {
  if (!schema || typeof schema !== 'object') return [];
  return [
    ...(Array.isArray(schema.enum) ? [{ path, values: schema.enum }] : []),
    ...[...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].flatMap((member) =>
      enumsIn(member, path),
    ),
    ...Object.entries(schema.properties ?? {}).flatMap(([name, property]) => enumsIn(property, [...path, name])),
    ...enumsIn(schema.items, [...path, '[]']),
  ];
}

/** The values found at `path` in an example. */
function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  const [head, ...rest] = path;
  if (head === undefined) return [value];
  if (head === '[]') return Array.isArray(value) ? value.flatMap((item) => valuesAt(item, rest)) : [];
  return value && typeof value === 'object' && head in value
    ? valuesAt((value as Record<string, unknown>)[head], rest)
    : [];
}

/**
 * Each enum of a 2xx answer (keyed by its values, so a status shared by several answers is one
 * enum), with the values the examples of those answers hold: what the mock can answer with.
 */
function enumCoverage(document: Record<string, unknown>): Array<{ values: unknown[]; answered: Set<unknown> }> {
  const coverage = new Map<string, { values: unknown[]; answered: Set<unknown> }>();
  const paths = (resolved(document) as { paths: unknown }).paths as Record<
    string,
    Record<string, { responses?: Record<string, unknown> }>
  >;
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      for (const [status, answer] of Object.entries(operation?.responses ?? {})) {
        if (!status.startsWith('2')) continue;
        const media = (answer as { content?: Record<string, MediaType> }).content ?? {};
        for (const { schema, example, examples } of Object.values(media)) {
          const values = [
            ...(example === undefined ? [] : [example]),
            ...Object.values(examples ?? {}).map((e) => e.value),
          ];
          for (const found of enumsIn(schema)) {
            const key = JSON.stringify(found.values);
            const entry = coverage.get(key) ?? { values: found.values, answered: new Set() };
            for (const value of values.flatMap((v) => valuesAt(v, found.path))) entry.answered.add(value);
            coverage.set(key, entry);
          }
        }
      }
    }
  }
  return [...coverage.values()];
}

interface MediaType {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

describe.each(slugs)('specs/%s/openapi.yaml', (slug) => {
  const document = load(slug);

  it('is valid OpenAPI 3.1 to an independent validator', async () => {
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toMatch(/^3\.1\./);
  });

  it('has an example for every request body and every response', () => {
    const sites = examplesIn(document).map((site) => site.pointer);
    for (const [path, item] of Object.entries(
      document.paths as Record<string, Record<string, Record<string, unknown>>>,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        if (operation.requestBody)
          expect(sites.some((p) => p.startsWith(`/paths/${escapePointer(path)}/${method}/requestBody`))).toBe(true);
      }
    }
    expect(sites.length).toBeGreaterThan(0);
  });

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, 'doc');
  const fragment = (pointer: string) => pointer.split('/').map(encodeURIComponent).join('/');

  it.each(examplesIn(document).map((site) => [site.pointer, site] as const))(
    'example %s fits its schema',
    (_, site) => {
      const validate = ajv.compile({ $ref: `doc#${fragment(site.schemaPointer)}` });
      validate(site.value);
      expect(validate.errors ?? []).toEqual([]);
    },
  );

  // A status word with no example is one the mock can never answer with, so no test can show
  // what the client does with it (a word added to a spec without one fails here).
  it('has, for every value of every enum in a 2xx answer, an example the mock can answer with', () => {
    const unanswered = enumCoverage(document).flatMap(({ values, answered }) =>
      values.filter((value) => !answered.has(value)),
    );
    expect(unanswered).toEqual([]);
  });

  it('is embedded in @workflow-clients/msw exactly as written', () => {
    expect(JSON.parse(JSON.stringify(specs[slug as keyof typeof specs]))).toEqual(document);
  });
});
