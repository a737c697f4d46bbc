#!/usr/bin/env node
// pnpm spec:diff [<git-ref>]: classify every spec change against a git ref, for a CLIENT.
//
// For each specs/<slug>/openapi.yaml, compares the working-tree file with `git show <ref>:...`
// (default ref: `git merge-base HEAD main`; when that is HEAD itself, HEAD, so uncommitted spec
// edits show). Prints each change as breaking / non-breaking / patch and the suggested changeset
// bump for @workflow-clients/<slug>. Exits 0 (it informs, it does not gate); 2 on an invalid ref.
//
// Why a hand-written classifier: `openapi-diff` (0.24) is built on swagger-parser/openapi3-ts for
// Swagger 2 / OpenAPI 3.0 and pulls axios to fetch specs; `@useoptic/openapi-utilities` depends on
// node-machine-id (telemetry-adjacent) and is part of the Optic CLI; `openapi-changes` is not on
// npm (pb33f's tool is a Go binary, like oasdiff). None is installed, none is adopted.
//
// Rules (local $refs are resolved first; paths read like `POST /x/{id} requestBody.context`):
//   breaking:     removed operation (a rename = removed + added), removed parameter, removed
//                 request-body or response property, removed enum value (request or response),
//                 new required input (parameter, body property, body becoming required), type
//                 narrowed or pattern/minLength/maxLength/minimum/maximum tightened on an input,
//                 changed success status, removed response status, removed server, a response
//                 property becoming optional or nullable (or gaining any new type).
//   non-breaking: added operation, optional parameter/property, request enum value, response
//                 property, response status, server; widened input type or loosened constraint.
//   patch:        description / summary / example(s) / x-decision (any x-*) text only.
// Decision: an enum value ADDED to a RESPONSE is non-breaking (minor), as oasdiff's "warning",
// but flagged "response enum widened: exhaustive switches need a new case".
// bump = the max over the changes: breaking -> major, non-breaking -> minor, patch -> patch.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const TEXT_KEYS = new Set(['description', 'summary', 'example', 'examples', 'title', 'externalDocs', 'tags']);
const RANK = { none: 0, patch: 1, minor: 2, major: 3 };
const BUMP = { breaking: 'major', 'non-breaking': 'minor', patch: 'patch' };

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
const types = (s) => {
  const t = new Set(s?.type == null ? [] : [].concat(s.type));
  if (s?.nullable === true) t.add('null');
  if (t.has('number')) t.add('integer'); // an integer is a number
  return t;
};
const jsonSchema = (content) => {
  if (!content) return undefined;
  const key = Object.keys(content).find((k) => /json/.test(k)) ?? Object.keys(content)[0];
  return content[key]?.schema;
};

/** Compares two resolved schemas; dir 'in' (request) or 'out' (response). */
function diffSchema(a, b, where, dir, add, depth = 0) {
  if (!a || !b || depth > 30 || same(a, b)) return;
  const [ta, tb] = [types(a), types(b)];
  if (ta.size && tb.size) {
    const lost = [...ta].filter((t) => !tb.has(t) && !(t === 'integer' && tb.has('number')));
    const gained = [...tb].filter((t) => !ta.has(t) && !(t === 'integer' && ta.has('number')));
    if (dir === 'in') {
      if (lost.length) add('breaking', where, `type narrowed: no longer accepts ${lost.join(', ')}`);
      if (gained.length) add('non-breaking', where, `type widened: also accepts ${gained.join(', ')}`);
    } else {
      if (gained.includes('null')) add('breaking', where, 'response value became nullable');
      const other = gained.filter((t) => t !== 'null');
      if (other.length) add('breaking', where, `response type widened to ${other.join(', ')}`);
      if (lost.length) add('non-breaking', where, `response type narrowed: no longer ${lost.join(', ')}`);
    }
  }
  if (a.enum || b.enum) {
    const [ea, eb] = [a.enum ?? [], b.enum ?? []];
    for (const v of ea)
      if (!b.enum || !eb.some((x) => same(x, v))) {
        if (b.enum)
          add('breaking', where, `${dir === 'in' ? 'request' : 'response'} enum value removed: ${JSON.stringify(v)}`);
      }
    if (!a.enum && b.enum && dir === 'in') add('breaking', where, 'enum restriction added on an input');
    if (a.enum)
      for (const v of eb)
        if (!ea.some((x) => same(x, v))) {
          if (dir === 'in') add('non-breaking', where, `request enum value added: ${JSON.stringify(v)}`);
          else
            add(
              'non-breaking',
              where,
              `response enum widened: exhaustive switches need a new case (${JSON.stringify(v)})`,
            );
        }
  }
  if (dir === 'in') {
    if (a.pattern !== b.pattern && b.pattern !== undefined)
      add('breaking', where, `pattern ${a.pattern === undefined ? 'added' : 'changed'}: ${b.pattern}`);
    else if (a.pattern !== b.pattern) add('non-breaking', where, 'pattern removed');
    for (const k of ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties']) {
      if (a[k] === b[k]) continue;
      const tight = b[k] !== undefined && (a[k] === undefined || b[k] > a[k]);
      add(
        tight ? 'breaking' : 'non-breaking',
        where,
        `${k} ${tight ? 'tightened' : 'loosened'}: ${a[k] ?? 'none'} -> ${b[k] ?? 'none'}`,
      );
    }
    for (const k of ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties']) {
      if (a[k] === b[k]) continue;
      const tight = b[k] !== undefined && (a[k] === undefined || b[k] < a[k]);
      add(
        tight ? 'breaking' : 'non-breaking',
        where,
        `${k} ${tight ? 'tightened' : 'loosened'}: ${a[k] ?? 'none'} -> ${b[k] ?? 'none'}`,
      );
    }
  }
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

function diffOperation(a, b, op, add) {
  const params = (o) => new Map(o.parameters.map((p) => [`${p.in}:${p.name}`, p]));
  const [qa, qb] = [params(a), params(b)];
  for (const [key, p] of qa) {
    const where = `${op} ${p.in} parameter ${p.name}`;
    const q = qb.get(key);
    if (!q) {
      add('breaking', where, 'parameter removed');
      continue;
    }
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
    diffSchema(jsonSchema(a.requestBody.content), jsonSchema(b.requestBody.content), where, 'in', add);
  }
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
      diffSchema(
        jsonSchema(a.responses[c]?.content),
        jsonSchema(b.responses[c]?.content),
        `${op} responses.${c}`,
        'out',
        add,
      );
    }
}

/** Pure: classifies the changes from `before` to `after` (parsed OpenAPI objects). */
export function diffSpecs(before, after) {
  const changes = [];
  const add = (kind, where, message) => changes.push({ kind, where, message });
  if (same(before, after)) return { changes, bump: 'none' };
  if (!before) {
    add('non-breaking', 'spec', 'new vendor spec');
  } else {
    const [a, b] = [resolveRefs(before), resolveRefs(after)];
    const [oa, ob] = [operations(a), operations(b)];
    for (const [op, o] of oa) {
      if (!ob.has(op)) add('breaking', op, 'operation removed');
      else diffOperation(o, ob.get(op), op, add);
    }
    for (const op of ob.keys()) if (!oa.has(op)) add('non-breaking', op, 'operation added');
    const urls = (s) => (s.servers ?? []).map((x) => x.url);
    for (const u of urls(a)) if (!urls(b).includes(u)) add('breaking', 'servers', `server removed: ${u}`);
    for (const u of urls(b)) if (!urls(a).includes(u)) add('non-breaking', 'servers', `server added: ${u}`);
    if (!changes.length) {
      if (same(stripText(a), stripText(b))) add('patch', 'spec', 'description/summary/example/x-decision text changed');
      else add('patch', 'spec', 'other change that alters no client type (review by hand)');
    }
  }
  const bump = changes.reduce((m, c) => (RANK[BUMP[c.kind]] > RANK[m] ? BUMP[c.kind] : m), 'none');
  return { changes, bump };
}

const git = (cwd, ...args) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** CLI: returns the exit code; `log` receives each output line. */
export function main(argv = process.argv.slice(2), cwd = process.cwd(), log = console.log, err = console.error) {
  let root;
  try {
    root = git(cwd, 'rev-parse', '--show-toplevel');
  } catch {
    err('spec:diff: not inside a git repository');
    return 2;
  }
  let ref = argv[0];
  if (!ref) {
    let base;
    try {
      base = git(root, 'merge-base', 'HEAD', 'main');
    } catch {
      err('spec:diff: no merge base with `main`; pass a git ref');
      return 2;
    }
    ref = base === git(root, 'rev-parse', 'HEAD') ? 'HEAD' : base;
  }
  try {
    git(root, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    err(`spec:diff: invalid git ref "${ref}"`);
    return 2;
  }
  const specsDir = join(root, 'specs');
  const slugs = existsSync(specsDir)
    ? readdirSync(specsDir)
        .filter((s) => existsSync(join(specsDir, s, 'openapi.yaml')))
        .sort()
    : [];
  let any = false;
  for (const slug of slugs) {
    const file = `specs/${slug}/openapi.yaml`;
    let old;
    try {
      old = parse(git(root, 'show', `${ref}:${file}`));
    } catch {
      old = undefined;
    }
    const { changes, bump } = diffSpecs(old, parse(readFileSync(join(root, file), 'utf8')));
    if (bump === 'none') continue;
    any = true;
    log(`@workflow-clients/${slug} (${file})`);
    for (const c of changes) log(`  ${c.kind.padEnd(12)} ${c.where}: ${c.message}`);
    log(`suggested changeset: "@workflow-clients/${slug}": ${bump}`);
  }
  if (!any) log(`No spec changes against ${ref}.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
