// Classifies the changes between two versions of one OpenAPI document as a CLIENT of it sees
// them: breaking, non-breaking or patch, and the changeset bump they add up to.
//
// Why a hand-written classifier: `openapi-diff` (0.24) is built on swagger-parser/openapi3-ts for
// Swagger 2 / OpenAPI 3.0 and pulls axios to fetch specs; `@useoptic/openapi-utilities` depends on
// node-machine-id (telemetry-adjacent) and is part of the Optic CLI; `openapi-changes` is not on
// npm (pb33f's tool is a Go binary, like oasdiff). None is installed, none is adopted.
//
// Local $refs are resolved first; places read like `POST /x/{id} requestBody.context`. An input
// is what the client sends (parameters, request body): narrowing it breaks callers. A response
// value is what the client reads: widening it breaks consumers. Header names (request header
// parameters, response headers, apiKey headers) compare case-insensitively, as HTTP reads them.
//
//   breaking:     removed operation (a rename = removed + added), a changed operationId (the
//                 generated \`operations\` type and the mock's \`respondWith\` name it), removed parameter, removed
//                 request-body or response property, removed response header (a rename = removed
//                 + added), removed enum value (request or response), a response enum dropped
//                 (the value is no longer limited), new required input (parameter, body
//                 property, body becoming required), type narrowed, null refused, format added
//                 or changed, additionalProperties stricter, or pattern added, minLength/maxLength/
//                 minimum/maximum tightened on an input; changed success status, removed
//                 response status; a request body no longer taking JSON (the clients send
//                 JSON) or any media type removed; a response property or header becoming
//                 optional, nullable or of another type; a response format changed or removed;
//                 an operation newly needing a credential, or a credential it accepted whose
//                 scheme changed (type, in, name, scheme, bearerFormat).
//   non-breaking: added operation, optional parameter/property, response property, response
//                 header, response status, media type; widened input type, input null accepted,
//                 input format removed, input enum dropped, input additionalProperties looser
//                 or a loosened constraint; a response enum value added, format added, null
//                 dropped, additionalProperties changed; an operation no longer needing a
//                 credential, or accepting another one beside the old; an input's \`default\`
//                 added, changed or removed (callers who leave the value out get another
//                 behaviour: announced as a feature, though no type changes).
//   server moved: the first server (the clients' default base URL) is another: a fix users need
//                 (bump patch, so that every range takes it); clients that pin \`baseUrl\` are
//                 unaffected. Any other server added or removed is a patch: no client uses it.
//   patch:        description / summary / example(s) / x-decision (any x-*) text only; a header
//                 renamed only in case; a security scheme renamed with an identical definition;
//                 a response's \`default\` or constraint (pattern, lengths, bounds), which no type
//                 shows and the clients do not check.
//   review:       an input's pattern changed (narrower or wider is a person's call), and
//                 anything else (spec-diff/unmodeled.mjs finds it: a parameter's style or
//                 explode, readOnly, a discriminator, a callback, any keyword OpenAPI adds):
//                 never a patch by default, it holds the gate until a changeset says it was
//                 classified by hand (see affected.mjs).
// Decision: an enum value ADDED to a RESPONSE is non-breaking (minor), as oasdiff's "warning",
// but flagged "response enum widened: exhaustive switches need a new case".
// bump = the max over the changes: breaking -> major, non-breaking -> minor, patch -> patch.

import { CONSTRAINTS } from './keywords.mjs';
import { unmodeledChanges } from './unmodeled.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const TEXT_KEYS = new Set(['description', 'summary', 'example', 'examples', 'title', 'externalDocs', 'tags']);
export const RANK = { none: 0, patch: 1, minor: 2, major: 3 };
const BUMP = { breaking: 'major', 'non-breaking': 'minor', 'server moved': 'patch', patch: 'patch', review: 'patch' };

/** The larger of two bumps (none < patch < minor < major). */
export const maxBump = (a, b) => (RANK[b] > RANK[a] ? b : a);

/** Replaces local `#/...` $refs by their targets (a cycle keeps its $ref). */
export function resolveRefs(node, root = node, chain = []) {
  if (Array.isArray(node)) return node.map((n) => resolveRefs(n, root, chain));
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
    if (chain.includes(node.$ref)) return node;
    const target = node.$ref
      .slice(2)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((o, k) => (o == null ? o : o[k]), root);
    return resolveRefs(target, root, [...chain, node.$ref]);
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, resolveRefs(v, root, chain)]));
}

const stripText = (node) => {
  if (Array.isArray(node)) return node.map(stripText);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k]) => !TEXT_KEYS.has(k) && !k.startsWith('x-'))
      .map(([k, v]) => [k, stripText(v)]),
  );
};
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
// A schema with nothing but prose in it admits any value, `{}` and `true` alike.
const unconstrained = (s) => s === true || (s && typeof s === 'object' && !Object.keys(stripText(s)).length);
/**
 * The JSON types a schema admits: 3.1 `type` arrays and 3.0 `nullable: true` both add 'null'.
 * @returns {Set<string>}
 */
export const types = (s) => {
  const t = new Set(s?.type == null ? [] : [].concat(s.type));
  if (s?.nullable === true) t.add('null');
  if (t.has('number')) t.add('integer'); // an integer is a number
  return t;
};
// A `const` is an enum of one, and compares like one.
const enumOf = (s) => s.enum ?? ('const' in s ? [s.const] : undefined);
const isJson = (type) => /^application\/([\w.+-]*\+)?json\b/i.test(type);
const jsonSchema = (content) => {
  if (!content) return undefined;
  const key = Object.keys(content).find(isJson) ?? Object.keys(content)[0];
  return content[key]?.schema;
};
// The schemas of one media type both sides carry (JSON first), to compare like with like; a
// media type that is gone or new is diffMediaTypes' to report.
const sharedSchemas = (a, b) => {
  const both = Object.keys(a ?? {}).filter((t) => t in (b ?? {}));
  const key = both.find(isJson) ?? both[0];
  return key === undefined ? [undefined, undefined] : [a[key].schema, b[key].schema];
};
const show = (values) => values.map((v) => JSON.stringify(v)).join(', ');

// Strictness of additionalProperties: any extra property, extras of one schema, none at all.
const EXTRA_RANK = { open: 0, schema: 1, closed: 2 };
const extraOf = (s) => {
  const v = s.additionalProperties;
  if (v === false) return 'closed';
  if (v === undefined || unconstrained(v)) return 'open';
  return 'schema';
};
const extraLabel = (s) => {
  const v = s.additionalProperties;
  if (v === undefined) return 'absent';
  if (typeof v === 'boolean') return String(v);
  return unconstrained(v) ? '{}' : 'a schema';
};
const objectLike = (s, t) => t.has('object') || (!t.size && (s.properties || 'additionalProperties' in s));

function diffTypes(a, b, where, dir, add) {
  const [ta, tb] = [types(a), types(b)];
  // Null is compared on its own: a 3.0 `nullable: true` may sit on a schema with no `type`.
  if (!unconstrained(a) && !unconstrained(b) && ta.has('null') !== tb.has('null')) {
    const gained = tb.has('null');
    if (dir === 'in') {
      if (gained) add('non-breaking', where, 'input became nullable: null accepted');
      else add('breaking', where, 'input no longer nullable: null refused');
    } else if (gained) add('breaking', where, 'response value became nullable');
    else add('non-breaking', where, 'response value no longer nullable');
  }
  ta.delete('null');
  tb.delete('null');
  if (!ta.size || !tb.size) return;
  const lost = [...ta].filter((t) => !tb.has(t) && !(t === 'integer' && tb.has('number')));
  const gained = [...tb].filter((t) => !ta.has(t) && !(t === 'integer' && ta.has('number')));
  if (dir === 'in') {
    if (lost.length) add('breaking', where, `type narrowed: no longer accepts ${lost.join(', ')}`);
    if (gained.length) add('non-breaking', where, `type widened: also accepts ${gained.join(', ')}`);
  } else {
    if (gained.length) add('breaking', where, `response type widened to ${gained.join(', ')}`);
    if (lost.length) add('non-breaking', where, `response type narrowed: no longer ${lost.join(', ')}`);
  }
}

function diffEnum(a, b, where, dir, add) {
  const [ea, eb] = [enumOf(a), enumOf(b)];
  const side = dir === 'in' ? 'request' : 'response';
  if (ea && eb) {
    for (const v of ea)
      if (!eb.some((x) => same(x, v))) add('breaking', where, `${side} enum value removed: ${show([v])}`);
    for (const v of eb)
      if (!ea.some((x) => same(x, v))) {
        if (dir === 'in') add('non-breaking', where, `request enum value added: ${show([v])}`);
        else add('non-breaking', where, `response enum widened: exhaustive switches need a new case (${show([v])})`);
      }
  } else if (eb) {
    if (dir === 'in') add('breaking', where, 'enum restriction added on an input');
    else add('non-breaking', where, `response enum added: values now limited to ${show(eb)}`);
  } else if (ea) {
    // The generated union becomes a plain type: consumers matching on its values lose the check.
    if (dir === 'in') add('non-breaking', where, `request enum removed: any value accepted (was ${show(ea)})`);
    else add('breaking', where, `response enum removed: value no longer limited to ${show(ea)}`);
  }
}

function diffFormat(a, b, where, dir, add) {
  if (a.format === b.format) return;
  const [fa, fb] = [a.format ?? 'none', b.format ?? 'none'];
  if (dir === 'in') {
    if (b.format === undefined) add('non-breaking', where, `format removed: ${fa}`);
    else add('breaking', where, `format ${a.format === undefined ? 'added' : 'changed'}: ${fa} -> ${fb}`);
  } else if (a.format === undefined) add('non-breaking', where, `response format added: ${fb}`);
  // Consumers may parse a formatted value (a date-time, a uuid), so taking the promise back breaks them.
  else add('breaking', where, `response format ${b.format === undefined ? 'removed' : 'changed'}: ${fa} -> ${fb}`);
}

function diffExtra(a, b, where, dir, add, depth) {
  if (!objectLike(a, types(a)) || !objectLike(b, types(b))) return;
  const [ka, kb] = [extraOf(a), extraOf(b)];
  if (ka === 'schema' && kb === 'schema') {
    diffSchema(a.additionalProperties, b.additionalProperties, `${where}.*`, dir, add, depth + 1);
    return;
  }
  if (ka === kb) return;
  const change = `${extraLabel(a)} -> ${extraLabel(b)}`;
  if (dir === 'out') add('non-breaking', where, `response additionalProperties changed: ${change}`);
  else if (EXTRA_RANK[kb] > EXTRA_RANK[ka]) add('breaking', where, `additionalProperties tightened: ${change}`);
  else add('non-breaking', where, `additionalProperties loosened: ${change}`);
}

// A default is what the server assumes when a value is left out: on an input, callers who leave
// it out get another behaviour (Interactly's page size read from its spec, for one).
function diffDefault(a, b, where, dir, add) {
  if (same(a.default, b.default)) return;
  const change = `${JSON.stringify(a.default) ?? 'none'} -> ${JSON.stringify(b.default) ?? 'none'}`;
  if (dir === 'in')
    add('non-breaking', where, `input default changed: ${change} (callers who leave it out get another behaviour)`);
  else add('patch', where, `response default changed: ${change} (documentation only)`);
}

function diffConstraints(a, b, where, dir, add) {
  if (dir === 'out') {
    const changed = CONSTRAINTS.filter((k) => !same(a[k], b[k]));
    // No generated type shows them and the clients check no answer against them.
    if (changed.length) add('patch', where, `response constraint changed: ${changed.join(', ')}`);
    return;
  }
  // Whether one regular expression admits less than another is not decidable here: a changed
  // pattern is a person's to classify (an added one only narrows, a removed one only widens).
  if (a.pattern !== b.pattern && a.pattern === undefined) add('breaking', where, `pattern added: ${b.pattern}`);
  else if (a.pattern !== b.pattern && b.pattern !== undefined)
    add('review', where, `pattern changed: ${a.pattern} -> ${b.pattern}: narrower or wider? classify it by hand`);
  else if (a.pattern !== b.pattern) add('non-breaking', where, 'pattern removed');
  for (const [keys, tighter] of [
    [['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'], (x, y) => y > x],
    [['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'], (x, y) => y < x],
  ])
    for (const k of keys) {
      if (a[k] === b[k]) continue;
      const tight = b[k] !== undefined && (a[k] === undefined || tighter(a[k], b[k]));
      add(
        tight ? 'breaking' : 'non-breaking',
        where,
        `${k} ${tight ? 'tightened' : 'loosened'}: ${a[k] ?? 'none'} -> ${b[k] ?? 'none'}`,
      );
    }
}

/** Compares two resolved schemas; dir 'in' (request) or 'out' (response). */
function diffSchema(a, b, where, dir, add, depth = 0) {
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || depth > 30 || same(a, b)) return;
  diffTypes(a, b, where, dir, add);
  diffEnum(a, b, where, dir, add);
  diffFormat(a, b, where, dir, add);
  diffDefault(a, b, where, dir, add);
  diffConstraints(a, b, where, dir, add);
  diffExtra(a, b, where, dir, add, depth);
  const [pa, pb] = [a.properties ?? {}, b.properties ?? {}];
  const [ra, rb] = [new Set(a.required ?? []), new Set(b.required ?? [])];
  const sub = (name) => `${where}.${name}`;
  for (const name of Object.keys(pa)) {
    if (!(name in pb)) {
      add('breaking', sub(name), `${dir === 'in' ? 'request-body' : 'response'} property removed`);
      continue;
    }
    if (dir === 'in' && !ra.has(name) && rb.has(name)) add('breaking', sub(name), 'input property became required');
    if (dir === 'in' && ra.has(name) && !rb.has(name)) add('non-breaking', sub(name), 'input property became optional');
    if (dir === 'out' && ra.has(name) && !rb.has(name)) add('breaking', sub(name), 'response property became optional');
    if (dir === 'out' && !ra.has(name) && rb.has(name))
      add('non-breaking', sub(name), 'response property became required');
    diffSchema(pa[name], pb[name], sub(name), dir, add, depth + 1);
  }
  for (const name of Object.keys(pb))
    if (!(name in pa)) {
      if (dir === 'in' && rb.has(name)) add('breaking', sub(name), 'new required request-body property');
      else add('non-breaking', sub(name), `${dir === 'in' ? 'optional request-body' : 'response'} property added`);
    }
  if (a.items || b.items) diffSchema(a.items ?? {}, b.items ?? {}, `${where}[]`, dir, add, depth + 1);
  for (const k of ['allOf', 'oneOf', 'anyOf']) {
    const [xa, xb] = [a[k] ?? [], b[k] ?? []];
    for (let i = 0; i < Math.max(xa.length, xb.length); i++) {
      if (!xa[i])
        add(dir === 'in' && k === 'allOf' ? 'breaking' : 'non-breaking', `${where}.${k}[${i}]`, `${k} member added`);
      else if (!xb[i])
        add(k === 'allOf' && dir === 'in' ? 'non-breaking' : 'breaking', `${where}.${k}[${i}]`, `${k} member removed`);
      else diffSchema(xa[i], xb[i], `${where}.${k}[${i}]`, dir, add, depth + 1);
    }
  }
}

function operations(spec) {
  const ops = new Map();
  for (const [path, item] of Object.entries(spec?.paths ?? {})) {
    for (const m of METHODS)
      if (item?.[m]) {
        ops.set(`${m.toUpperCase()} ${path}`, {
          ...item[m],
          parameters: [...(item.parameters ?? []), ...(item[m].parameters ?? [])],
        });
      }
  }
  return ops;
}

// HTTP header names are case-insensitive; every other parameter location is not.
const paramKey = (p) => `${p.in}:${p.in === 'header' ? String(p.name).toLowerCase() : p.name}`;
// OpenAPI ignores these header parameters: the media types and the security schemes say them.
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);
const described = (p) => !(p.in === 'header' && IGNORED_HEADERS.has(String(p.name).toLowerCase()));

function diffParameters(a, b, op, add) {
  const params = (o) => new Map(o.parameters.filter(described).map((p) => [paramKey(p), p]));
  const [qa, qb] = [params(a), params(b)];
  for (const [key, p] of qa) {
    const where = `${op} ${p.in} parameter ${p.name}`;
    const q = qb.get(key);
    if (!q) {
      add('breaking', where, 'parameter removed');
      continue;
    }
    if (p.name !== q.name) add('patch', where, `renamed to ${q.name} (case only; header names are case-insensitive)`);
    if (!p.required && q.required) add('breaking', where, 'parameter became required');
    if (p.required && !q.required) add('non-breaking', where, 'parameter became optional');
    diffSchema(p.schema, q.schema, where, 'in', add);
  }
  for (const [key, q] of qb)
    if (!qa.has(key)) {
      add(
        q.required ? 'breaking' : 'non-breaking',
        `${op} ${q.in} parameter ${q.name}`,
        q.required ? 'new required parameter' : 'optional parameter added',
      );
    }
}

function diffResponseHeaders(ra, rb, where, add) {
  // OpenAPI ignores a response header named Content-Type: the media type says it.
  const headers = (r) =>
    new Map(
      Object.entries(r?.headers ?? {})
        .filter(([name]) => name.toLowerCase() !== 'content-type')
        .map(([name, h]) => [name.toLowerCase(), { name, h: h ?? {} }]),
    );
  const [ha, hb] = [headers(ra), headers(rb)];
  for (const [key, { name, h }] of ha) {
    const at = `${where} header ${name}`;
    const other = hb.get(key);
    if (!other) {
      add('breaking', at, 'response header removed');
      continue;
    }
    if (other.name !== name)
      add('patch', at, `renamed to ${other.name} (case only; header names are case-insensitive)`);
    if (h.required && !other.h.required) add('breaking', at, 'response header became optional');
    if (!h.required && other.h.required) add('non-breaking', at, 'response header became required');
    diffSchema(h.schema ?? jsonSchema(h.content), other.h.schema ?? jsonSchema(other.h.content), at, 'out', add);
  }
  for (const [key, { name }] of hb)
    if (!ha.has(key)) add('non-breaking', `${where} header ${name}`, 'response header added');
}

function diffResponses(a, b, op, add) {
  const [sa, sb] = [Object.keys(a.responses ?? {}), Object.keys(b.responses ?? {})];
  const ok = (s) => s.filter((c) => /^2/.test(c));
  const [oka, okb] = [ok(sa), ok(sb)];
  const successChanged = oka.length && okb.length && !oka.some((c) => okb.includes(c));
  if (successChanged)
    add('breaking', `${op} responses`, `success status changed: ${oka.join(', ')} -> ${okb.join(', ')}`);
  for (const c of sa)
    if (!sb.includes(c) && !(successChanged && /^2/.test(c)))
      add('breaking', `${op} responses.${c}`, 'response status removed');
  for (const c of sb)
    if (!sa.includes(c) && !(successChanged && /^2/.test(c)))
      add('non-breaking', `${op} responses.${c}`, 'response status added');
  for (const c of sa)
    if (sb.includes(c)) {
      const where = `${op} responses.${c}`;
      diffMediaTypes(a.responses[c]?.content, b.responses[c]?.content, where, 'out', add);
      diffSchema(...sharedSchemas(a.responses[c]?.content, b.responses[c]?.content), where, 'out', add);
      diffResponseHeaders(a.responses[c], b.responses[c], where, add);
    }
}

// A security scheme as the client must present it. Descriptions do not count, and neither does
// the scheme's name in components: renaming it changes nothing on the wire.
function schemeOf(def, name) {
  if (!def || typeof def !== 'object') return { key: `undefined:${name}`, label: `undefined scheme ${name}` };
  const inHeader = def.in === 'header';
  const key = JSON.stringify([
    def.type,
    def.in,
    inHeader ? String(def.name).toLowerCase() : def.name,
    def.scheme?.toLowerCase(),
    def.bearerFormat,
  ]);
  let label = String(def.type);
  if (def.type === 'apiKey') label += ` in ${def.in} ${def.name}`;
  if (def.scheme) label += ` ${def.scheme}`;
  if (def.bearerFormat) label += ` (${def.bearerFormat})`;
  return { key, label };
}

// The credentials an operation accepts: one alternative per security requirement object; an
// empty alternative means the call may go without any.
function credentials(op, spec) {
  const schemes = spec.components?.securitySchemes ?? {};
  const alternatives = new Map();
  for (const requirement of op.security ?? spec.security ?? []) {
    const parts = Object.keys(requirement ?? {})
      .map((name) => schemeOf(schemes[name], name))
      .sort((x, y) => (x.key < y.key ? -1 : 1));
    alternatives.set(parts.map((p) => p.key).join(' + '), parts.map((p) => p.label).join(' + '));
  }
  return { alternatives, needed: alternatives.size > 0 && !alternatives.has('') };
}

// Names the alternatives `keys` of a credential set, the anonymous one left out.
const labelsOf = (c, keys = [...c.alternatives.keys()]) =>
  keys
    .filter((k) => k !== '')
    .map((k) => c.alternatives.get(k))
    .join(' or ') || 'none';

function diffSecurity(a, b, specA, specB, op, add) {
  const [ca, cb] = [credentials(a, specA), credentials(b, specB)];
  const where = `${op} security`;
  if (!ca.needed && cb.needed) {
    add('breaking', where, `credential now required: ${labelsOf(cb)}`);
    return;
  }
  if (ca.needed && !cb.needed) {
    add('non-breaking', where, `credential no longer required (was ${labelsOf(ca)})`);
    return;
  }
  const lost = [...ca.alternatives.keys()].filter((k) => k !== '' && !cb.alternatives.has(k));
  const gained = [...cb.alternatives.keys()].filter((k) => k !== '' && !ca.alternatives.has(k));
  if (lost.length) add('breaking', where, `credential changed: ${labelsOf(ca, lost)} -> ${labelsOf(cb, gained)}`);
  else if (gained.length) add('non-breaking', where, `another credential accepted: ${labelsOf(cb, gained)}`);
}

function diffSchemeNames(a, b, add) {
  const [sa, sb] = [a.components?.securitySchemes ?? {}, b.components?.securitySchemes ?? {}];
  for (const [name, def] of Object.entries(sa)) {
    if (name in sb) continue;
    const key = schemeOf(def, name).key;
    const renamed = Object.keys(sb).find((n) => !(n in sa) && schemeOf(sb[n], n).key === key);
    if (renamed) add('patch', 'components.securitySchemes', `scheme renamed ${name} -> ${renamed}, same definition`);
  }
}

// The media types of a body, request or response. The clients send and read JSON only, so a
// request body that no longer takes JSON breaks every call even where its schema is unchanged.
function diffMediaTypes(a, b, where, dir, add) {
  const [ta, tb] = [Object.keys(a ?? {}), Object.keys(b ?? {})];
  if (!ta.length || !tb.length) return;
  if (dir === 'in' && ta.some(isJson) && !tb.some(isJson)) {
    add('breaking', where, `request body no longer JSON (now ${tb.join(', ')}): every call the clients send breaks`);
    return;
  }
  for (const t of ta) if (!tb.includes(t)) add('breaking', where, `media type removed: ${t}`);
  for (const t of tb) if (!ta.includes(t)) add('non-breaking', where, `media type added: ${t}`);
}

function diffOperation(a, b, specA, specB, op, add) {
  if (a.operationId !== b.operationId)
    add(
      'breaking',
      op,
      `operationId changed: ${a.operationId ?? 'none'} -> ${b.operationId ?? 'none'} (the generated \`operations\` type and the mock's \`respondWith\` name it)`,
    );
  diffParameters(a, b, op, add);
  const where = `${op} requestBody`;
  if (a.requestBody && !b.requestBody) add('breaking', where, 'request body removed');
  if (!a.requestBody && b.requestBody)
    add(
      b.requestBody.required ? 'breaking' : 'non-breaking',
      where,
      b.requestBody.required ? 'new required request body' : 'optional request body added',
    );
  if (a.requestBody && b.requestBody) {
    if (!a.requestBody.required && b.requestBody.required) add('breaking', where, 'request body became required');
    diffMediaTypes(a.requestBody.content, b.requestBody.content, where, 'in', add);
    diffSchema(...sharedSchemas(a.requestBody.content, b.requestBody.content), where, 'in', add);
  }
  diffResponses(a, b, op, add);
  diffSecurity(a, b, specA, specB, op, add);
}

// Only the first server is the clients' (their default base URL); the others are text to them.
function diffServers(a, b, add) {
  const urls = (s) => (s.servers ?? []).map((x) => x.url);
  const [ua, ub] = [urls(a), urls(b)];
  if (ua[0] !== undefined && ub[0] !== undefined && ua[0] !== ub[0])
    add(
      'server moved',
      'servers',
      `default base URL moved: ${ua[0]} -> ${ub[0]}. Clients on the default need the new one (release it as a fix); clients that pin \`baseUrl\` are unaffected`,
    );
  for (const u of ua.slice(1)) if (!ub.includes(u)) add('patch', 'servers', `server removed: ${u} (not the default)`);
  for (const u of ub.slice(1)) if (!ua.includes(u)) add('patch', 'servers', `server added: ${u} (not the default)`);
}

/** Pure: classifies the changes from `before` to `after` (parsed OpenAPI objects). */
export function diffSpecs(before, after) {
  const changes = [];
  const add = (kind, where, message) => {
    changes.push({ kind, where, message });
  };
  if (same(before, after)) return { changes, bump: 'none' };
  if (!before) add('non-breaking', 'spec', 'new vendor spec');
  else if (!after) add('breaking', 'spec', 'vendor spec removed');
  else {
    const [a, b] = [resolveRefs(before), resolveRefs(after)];
    const [oa, ob] = [operations(a), operations(b)];
    for (const [op, o] of oa) {
      if (!ob.has(op)) add('breaking', op, 'operation removed');
      else diffOperation(o, ob.get(op), a, b, op, add);
    }
    for (const op of ob.keys()) if (!oa.has(op)) add('non-breaking', op, 'operation added');
    diffServers(a, b, add);
    diffSchemeNames(a, b, add);
    for (const { where, message } of unmodeledChanges(stripText(a), stripText(b)))
      add('review', where, `${message}: not a change this classifier knows, classify it by hand`);
    if (!changes.length) {
      if (same(stripText(a), stripText(b))) add('patch', 'spec', 'description/summary/example/x-decision text changed');
      // What is left is spelling the compared keys differently (a type as a one-element array,
      // a reordered \`required\`, a renamed $ref to an identical schema).
      else add('patch', 'spec', 'respelled: what a client sends and reads is unchanged');
    }
  }
  const bump = changes.reduce((m, c) => maxBump(m, BUMP[c.kind]), 'none');
  return { changes, bump };
}
