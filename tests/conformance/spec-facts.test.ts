import { type OpenApiDocument, specs } from '@workflow-clients/msw';
import { describe, expect, it } from 'vitest';
import { type RegisteredVendor, vendors } from 'workflow-clients';
import { vendorCases } from '../support/vendor-cases.js';

// What a spec states and a client acts on (its default host, how its credential is sent, which
// paths go without it, its path patterns) is generated from the spec; this suite holds each
// vendor's published definition to its spec, so a value copied back by hand and left behind by
// a spec change fails here, naming the field.
// biome-ignore lint/suspicious/noExplicitAny: the spec read as the plain data it is
type Node = any;
const follow = (spec: Node, node: Node): Node =>
  typeof node?.$ref === 'string'
    ? follow(
        spec,
        node.$ref
          .slice(2)
          .split('/')
          .reduce((at: Node, key: string) => at[key], spec),
      )
    : node;

function stated(spec: OpenApiDocument) {
  const doc = spec as Node;
  const credential = Object.keys(doc.security[0])[0]!;
  const scheme = doc.components.securitySchemes[credential];
  const patterns: Record<string, string> = {};
  const publicPaths: string[] = [];
  for (const [path, item] of Object.entries<Node>(doc.paths))
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      const operation = item[method];
      if (!operation) continue;
      if (operation.security && !operation.security.some((r: Node) => credential in r)) publicPaths.push(path);
      for (const parameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) =>
        follow(doc, p),
      )) {
        const pattern = follow(doc, parameter.schema)?.pattern;
        if (parameter.in === 'path' && pattern) patterns[parameter.name] = new RegExp(pattern, 'u').source;
      }
    }
  return {
    defaultBaseUrl: doc.servers[0].url,
    auth: scheme.type === 'apiKey' ? { type: 'apiKeyHeader', header: scheme.name } : { type: 'bearer' },
    pathPatterns: patterns,
    publicPaths: [...new Set(publicPaths)],
  };
}

describe.each(vendors as readonly RegisteredVendor[])("%s's definition acts on what its spec states", (vendor) => {
  const { definition } = vendorCases[vendor].raw;
  const spec = stated(specs[vendor]);
  it('defaultBaseUrl is the first server', () => {
    expect(definition.defaultBaseUrl, 'defaultBaseUrl: the spec’s servers[0].url').toBe(spec.defaultBaseUrl);
  });
  it('auth is the scheme of the top-level security', () => {
    expect(definition.auth, 'auth: the spec’s top-level security scheme').toEqual(spec.auth);
  });
  it('pathPatterns are the path parameters’ patterns, no more and no fewer', () => {
    const patterns = Object.fromEntries(Object.entries(definition.pathPatterns ?? {}).map(([n, r]) => [n, r.source]));
    expect(patterns, 'pathPatterns: the spec’s path parameter patterns').toEqual(spec.pathPatterns);
  });
  it('publicPaths are the paths whose operations take another credential', () => {
    expect([...(definition.publicPaths ?? [])], 'publicPaths: operations whose security omits the credential').toEqual(
      spec.publicPaths,
    );
  });
});
