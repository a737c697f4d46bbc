// Reads from a spec the facts a vendor's client acts on, so that none is copied into code by hand:
// the default base URL, how the credential is sent, which paths go without it, the path
// parameters' patterns, and the defaults and bounds of the parameters. `pnpm generate` writes them to
// packages/<slug>/src/generated/spec-facts.ts, which each vendor's definition imports; a spec
// change the clients cannot act on (a credential in a cookie, one parameter name with two
// patterns) stops generation with a message naming it.

// What a parameter's schema states that a client checks or relies on when it is left out.
const BOUNDS = ['default', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** A local `$ref` followed to its target object (the document's own, to read or edit); anything else as it is. */
export function follow(spec, node) {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 20; hops++) {
    if (!current.$ref.startsWith('#/')) throw new Error(`only local $refs are read, got ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((at, key) => at?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], spec);
  }
  return current;
}

function operationsOf(spec) {
  const found = [];
  for (const [path, item] of Object.entries(spec.paths ?? {}))
    for (const method of METHODS)
      if (item?.[method])
        found.push({
          path,
          method,
          operation: item[method],
          parameters: [...(item.parameters ?? []), ...(item[method].parameters ?? [])].map((p) => follow(spec, p)),
        });
  return found;
}

// The one credential the clients send: the scheme of the spec's top-level requirement.
function authOf(spec) {
  const requirement = spec.security?.[0];
  const names = Object.keys(requirement ?? {});
  if (names.length !== 1)
    throw new Error('the spec must name exactly one security scheme in its top-level `security`: the credential');
  const [name] = names;
  const scheme = spec.components?.securitySchemes?.[name];
  if (scheme?.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer')
    return { name, auth: { type: 'bearer' } };
  if (scheme?.type === 'apiKey' && scheme.in === 'header')
    return { name, auth: { type: 'apiKeyHeader', header: scheme.name } };
  throw new Error(
    `security scheme ${name} (${scheme?.type} ${scheme?.in ?? scheme?.scheme ?? ''}) is not one the clients can send: a bearer token or a header`,
  );
}

/** The facts of one parsed spec (see the module comment). */
export function specFacts(spec) {
  const defaultBaseUrl = spec.servers?.[0]?.url;
  if (typeof defaultBaseUrl !== 'string' || !/^https:\/\//.test(defaultBaseUrl))
    throw new Error(`the spec's first server must be an https URL (the default base URL), got ${defaultBaseUrl}`);
  const { name: credential, auth } = authOf(spec);
  const publicPaths = [];
  const patterns = new Map();
  const parameterRules = {};
  for (const { path, method, operation, parameters } of operationsOf(spec)) {
    const requirements = operation.security ?? spec.security;
    if (!requirements.some((r) => credential in (r ?? {})) && !publicPaths.includes(path)) publicPaths.push(path);
    for (const parameter of parameters) {
      const schema = follow(spec, parameter.schema);
      if (parameter.in === 'path') {
        // Core checks a path parameter by its name in every operation, so a name must mean one rule.
        const pattern = schema?.pattern ?? null;
        const seen = patterns.get(parameter.name);
        if (seen !== undefined && seen.pattern !== pattern)
          throw new Error(
            `path parameter ${parameter.name} has the pattern ${seen.pattern ?? 'none'} in ${seen.where} but ${pattern ?? 'none'} in ${method.toUpperCase()} ${path}: the clients check one rule per name`,
          );
        patterns.set(parameter.name, { pattern, where: `${method.toUpperCase()} ${path}` });
      }
      const rules = Object.fromEntries(BOUNDS.filter((k) => schema && k in schema).map((k) => [k, schema[k]]));
      if (Object.keys(rules).length && operation.operationId) {
        parameterRules[operation.operationId] ??= {};
        parameterRules[operation.operationId][parameter.name] = rules;
      }
    }
  }
  // JSON Schema patterns are ECMA-262 with Unicode semantics: the `u` flag, which also refuses
  // a pattern JavaScript cannot compile as one.
  const pathPatterns = Object.fromEntries(
    [...patterns]
      .filter(([, { pattern }]) => pattern !== null)
      .map(([name, { pattern }]) => [name, new RegExp(pattern, 'u')]),
  );
  return { defaultBaseUrl, auth, publicPaths, pathPatterns, parameters: parameterRules };
}

const literal = (value) => JSON.stringify(value);

/** The generated module: `specFacts` as a constant, patterns as RegExp literals. */
export function specFactsModule(spec, header) {
  const facts = specFacts(spec);
  // A RegExp's source has its slashes escaped, so it is a literal's body as it is.
  const patterns = Object.entries(facts.pathPatterns).map(
    ([name, pattern]) => `    ${literal(name)}: /${pattern.source}/${pattern.flags},`,
  );
  return `${header}
/** What the spec states that the clients act on, read from it by \`pnpm generate\`. */
export const specFacts = {
  /** The spec's first server. */
  defaultBaseUrl: ${literal(facts.defaultBaseUrl)},
  /** How the credential of the spec's top-level \`security\` is sent. */
  auth: ${literal(facts.auth)},
  /** Paths whose operations the spec authorizes without that credential. */
  publicPaths: ${literal(facts.publicPaths)},
  /** The patterns the spec states for path parameters, by parameter name. */
  pathPatterns: {${patterns.length ? `\n${patterns.join('\n')}\n  ` : ''}},
  /** The defaults and bounds the spec states for parameters, by operation id and parameter name. */
  parameters: ${literal(facts.parameters)},
} as const;
`;
}
