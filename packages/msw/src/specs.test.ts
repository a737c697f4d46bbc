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

  it('is embedded in @workflow-clients/msw exactly as written', () => {
    expect(JSON.parse(JSON.stringify(specs[slug as keyof typeof specs]))).toEqual(document);
  });
});
