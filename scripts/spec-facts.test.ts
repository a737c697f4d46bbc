import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { follow, specFacts, specFactsModule } from './spec-facts.mjs';

// The facts a client acts on are read from its spec, so each kind of vendor change that used to
// regenerate green while the code kept the old value (a moved host, another credential header,
// a tightened id pattern, a new default page size) now moves the client, on every vendor it
// applies to; one the clients cannot act on stops generation, naming it.
const root = join(import.meta.dirname, '..');
const slugs = readdirSync(join(root, 'specs')).filter((slug) => !slug.startsWith('.'));
// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document, edited in place
type Spec = any;
const load = (slug: string): Spec => parse(readFileSync(join(root, 'specs', slug, 'openapi.yaml'), 'utf8'));
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
function parametersOf(spec: Spec) {
  const found: { path: string; method: string; parameter: Spec }[] = [];
  for (const [path, item] of Object.entries<Spec>(spec.paths))
    for (const method of METHODS)
      if (item[method])
        for (const p of [...(item.parameters ?? []), ...(item[method].parameters ?? [])])
          found.push({ path, method, parameter: follow(spec, p) });
  return found;
}
const credentialScheme = (spec: Spec) => spec.components.securitySchemes[Object.keys(spec.security[0])[0]!];

describe.each(slugs)('%s: the facts its client acts on', (slug) => {
  it('the default base URL is the first server, and moves with it', () => {
    const spec = load(slug);
    expect(specFacts(spec).defaultBaseUrl).toBe(spec.servers[0].url);
    spec.servers[0].url = 'https://moved.example.com/v9';
    expect(specFacts(spec).defaultBaseUrl).toBe('https://moved.example.com/v9');
    spec.servers[0].url = 'http://plain.example.com';
    expect(() => specFacts(spec)).toThrow(/first server must be an https URL .*http:\/\/plain\.example\.com/);
  });

  it('the credential is sent as its scheme says: a header, a bearer token; one the clients cannot send stops generation', () => {
    const spec = load(slug);
    const scheme = credentialScheme(spec);
    expect(specFacts(spec).auth).toEqual(
      scheme.type === 'apiKey' ? { type: 'apiKeyHeader', header: scheme.name } : { type: 'bearer' },
    );
    Object.assign(scheme, { type: 'apiKey', in: 'header', name: 'x-vendor-key', scheme: undefined });
    expect(specFacts(spec).auth).toEqual({ type: 'apiKeyHeader', header: 'x-vendor-key' });
    Object.assign(scheme, { type: 'http', scheme: 'Bearer', in: undefined, name: undefined });
    expect(specFacts(spec).auth).toEqual({ type: 'bearer' });
    Object.assign(scheme, { type: 'apiKey', in: 'cookie', name: 'session', scheme: undefined });
    expect(() => specFacts(spec)).toThrow(/is not one the clients can send/);
  });

  it('a path is public exactly when its operations take another credential than the spec-wide one', () => {
    const spec = load(slug);
    const declared = Object.entries<Spec>(spec.paths)
      .filter(([, item]) =>
        METHODS.some(
          (m) => item[m]?.security && !item[m].security.some((r: Spec) => Object.keys(spec.security[0])[0]! in r),
        ),
      )
      .map(([path]) => path);
    expect(specFacts(spec).publicPaths).toEqual(declared);
    const [firstPath] = Object.keys(spec.paths);
    for (const method of METHODS) if (spec.paths[firstPath!][method]) spec.paths[firstPath!][method].security = [];
    expect(specFacts(spec).publicPaths).toContain(firstPath);
  });

  it('each path pattern the spec states is checked as stated, and a tightened one is checked tightened', () => {
    const spec = load(slug);
    const pathParameters = parametersOf(spec).filter((p) => p.parameter.in === 'path');
    const stated = Object.fromEntries(
      pathParameters
        .filter((p) => follow(spec, p.parameter.schema).pattern)
        .map((p) => [p.parameter.name, new RegExp(follow(spec, p.parameter.schema).pattern, 'u').source]),
    );
    expect(
      Object.fromEntries(Object.entries(specFacts(spec).pathPatterns).map(([n, r]) => [n, (r as RegExp).source])),
    ).toEqual(stated);
    // The trial's silent change: ids made lower-case only.
    for (const { parameter } of pathParameters) follow(spec, parameter.schema).pattern = '^[a-z0-9_]+$';
    const tightened = specFacts(spec).pathPatterns as Record<string, RegExp>;
    for (const { parameter } of pathParameters) {
      expect(tightened[parameter.name]!.test('abc_123'), parameter.name).toBe(true);
      expect(tightened[parameter.name]!.test('ABC_123'), parameter.name).toBe(false);
    }
  });

  it('defaults and bounds of parameters are read as stated, and follow a change', () => {
    const spec = load(slug);
    const facts = specFacts(spec).parameters as Record<string, Record<string, Record<string, unknown>>>;
    const parameters = parametersOf(spec);
    for (const { method, path, parameter } of parameters) {
      const schema = follow(spec, parameter.schema);
      const operationId = spec.paths[path][method].operationId;
      for (const key of ['default', 'minimum', 'maximum'])
        expect(facts[operationId]?.[parameter.name]?.[key], `${operationId} ${parameter.name} ${key}`).toEqual(
          schema[key],
        );
    }
    // The trial's other silent change: a listing's default page size (any default, here).
    for (const { parameter } of parameters) follow(spec, parameter.schema).default = 20;
    for (const rules of Object.values(specFacts(spec).parameters as Record<string, Record<string, Spec>>))
      for (const rule of Object.values(rules)) expect(rule.default).toBe(20);
  });
});

describe('specFacts: what the clients cannot act on stops generation, naming it', () => {
  it('one path parameter name with two patterns (core checks one rule per name)', () => {
    const spec = load('altostrat');
    const second = structuredClone(spec.paths['/workflows/{workflowId}/execute']);
    second.post.operationId = 'again';
    second.post.parameters = [
      { name: 'workflowId', in: 'path', required: true, schema: { type: 'string', pattern: '^other$' } },
    ];
    spec.paths['/other/{workflowId}'] = second;
    expect(() => specFacts(spec)).toThrow(
      /path parameter workflowId has the pattern \^fl_.* in .* but \^other\$ in POST \/other\/\{workflowId\}: the clients check one rule per name/,
    );
  });
  it('no credential, or two at once, in the top-level security', () => {
    const spec = load('wiv');
    spec.security = [];
    expect(() => specFacts(spec)).toThrow(/exactly one security scheme/);
    spec.security = [{ a: [], b: [] }];
    expect(() => specFacts(spec)).toThrow(/exactly one security scheme/);
  });
});

describe('specFactsModule: the generated module', () => {
  it('holds the facts, patterns as RegExp literals (slashes escaped) that match as the spec says', async () => {
    const spec = load('altostrat');
    spec.components.parameters.WorkflowId.schema.pattern = '^fl_[a-z]+/[0-9]+$';
    const text = specFactsModule(spec, '// header\n');
    expect(text).toContain('"workflowId": /^fl_[a-z]+\\/[0-9]+$/u,');
    // The module as JavaScript: drop the `as const`, import it.
    const js = text.replace(/ as const;/, ';');
    const { specFacts: loaded } = await import(`data:text/javascript,${encodeURIComponent(js)}`);
    expect(loaded.pathPatterns.workflowId.test('fl_abc/12')).toBe(true);
    expect(loaded.pathPatterns.workflowId.test('fl_ABC/12')).toBe(false);
    expect(loaded.defaultBaseUrl).toBe(spec.servers[0].url);
  });
  it('refuses a pattern JavaScript cannot compile', () => {
    const spec = load('altostrat');
    spec.components.parameters.WorkflowId.schema.pattern = '^fl_(';
    expect(() => specFactsModule(spec, '')).toThrow(SyntaxError);
  });
});
