#!/usr/bin/env node
// `pnpm docs:build`: a static HTML API reference per vendor and an index page linking them, in
// api-docs/ (git-ignored), and the TypeScript reference of every package in api-docs/typescript/.
// Redoc 2 renders every operation on one page, and its standalone bundle is inlined, so the
// pages work offline and straight from the file system.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildTypeScriptReference } from './build-docs/typescript-reference.mjs';
import { loadSpec, root, vendorSlugs } from './specs.mjs';

const require = createRequire(import.meta.url);
const REDOC_OPTIONS = {
  expandResponses: 'all',
  jsonSampleExpandLevel: 'all',
  hideLoading: true,
  pathInMiddlePanel: true,
  // Nested objects open, so that every field and the note beside it are on the page.
  schemaExpansionLevel: 'all',
};

// Both the bundle and the spec are inlined into <script> elements, so neither may close one.
const inlineScript = (text) => text.replace(/<\/(script)/gi, '<\\/$1');
const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * The spec with every `x-decision` note (one text, or a map of named texts) appended to the
 * description of the object it sits on, so that Redoc, which shows no `x-` field, renders each
 * decision beside what it decides. The spec itself is left as written.
 */
export function withDecisionsShown(spec) {
  const notesOf = (node) => {
    const decision = node?.['x-decision'];
    if (decision === undefined) return [];
    return typeof decision === 'string'
      ? [`**Decision** (ours, where the vendor's docs are silent): ${decision}`]
      : Object.entries(decision).map(([name, text]) => `**Decision, ${name}** (ours): ${text}`);
  };
  const target = (node) =>
    typeof node?.$ref === 'string'
      ? node.$ref
          .slice(2)
          .split('/')
          .reduce((at, token) => at?.[token.replace(/~1/g, '/').replace(/~0/g, '~')], spec)
      : node;
  // Redoc shows neither a body schema's own description nor an example's: their notes go to the
  // request body or answer they shape.
  const bodyNotes = (node) =>
    Object.values(node.content ?? {}).flatMap((media) => [
      ...notesOf(target(media?.schema)),
      ...notesOf(target(media?.schema?.items)),
      ...Object.values(media?.examples ?? {}).flatMap((example) => notesOf(target(example))),
    ]);
  const show = (node) => {
    if (Array.isArray(node)) return node.map(show);
    if (!node || typeof node !== 'object') return node;
    const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, show(value)]));
    const notes = [...notesOf(node), ...(node.content && typeof node.content === 'object' ? bodyNotes(node) : [])];
    if (notes.length > 0) copy.description = [node.description, ...new Set(notes)].filter(Boolean).join('\n\n');
    return copy;
  };
  const shown = show(spec);
  // Redoc lists the security schemes, with their descriptions and notes, only where asked to.
  if (spec.components?.securitySchemes)
    shown.info = {
      ...shown.info,
      description: `${shown.info.description ?? ''}\n\n## Authentication\n\n<SecurityDefinitions />`,
    };
  return shown;
}

function vendorPage(spec, bundle) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(spec.info.title)}</title>
<style>body { margin: 0; }</style>
</head>
<body>
<div id="reference"></div>
<script>${inlineScript(bundle)}</script>
<script>Redoc.init(${inlineScript(JSON.stringify(spec))}, ${JSON.stringify(REDOC_OPTIONS)}, document.getElementById('reference'));</script>
</body>
</html>
`;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const operationsOf = (spec) =>
  Object.values(spec.paths ?? {}).flatMap((item) =>
    Object.entries(item).filter(([method]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method)),
  ).length;

/** "1 operation", "2 operations": a count with its noun. */
export const countOf = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const pointerToken = (key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');
const pointerTokens = (pointer) =>
  pointer
    .slice(2)
    .split('/')
    .filter((token, index) => token !== '' || index > 0)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));

/**
 * Every `x-decision` of a spec, in document order: where it sits (a JSON pointer), its name when
 * the note is a map of named texts, and its text.
 */
export function decisionsIn(spec) {
  const found = [];
  const walk = (node, pointer) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'x-decision') walk(value, `${pointer}/${pointerToken(key)}`);
      else if (typeof value === 'string') found.push({ pointer, text: value });
      else for (const [name, text] of Object.entries(value)) found.push({ pointer, name, text });
    }
  };
  walk(spec, '#');
  return found;
}

/**
 * Whether Redoc shows the description of the component a `$ref` at `keys` (the keys from the
 * operation down to the `$ref`) points to, and so the notes on it. It shows a whole parameter,
 * response, request body, header or example; a schema's own description only where the schema is
 * a body (whose notes withDecisionsShown moves to the body), a body's items, or a property. Not
 * where it is the items of a property, a member of an allOf or oneOf, or a parameter's schema.
 */
function showsDescription(ref, keys) {
  if (pointerTokens(ref)[1] !== 'schemas') return true;
  const [third, second, last] = keys.slice(-3);
  if (last === 'schema') return keys.at(-3) === 'content';
  if (last === 'items') return third === 'content' || (second === 'schema' && keys.at(-4) === 'content');
  return second === 'properties';
}

/**
 * Every operation of a spec, with the components (`#/components/<kind>/<name>`) it reaches
 * through `$ref`s, and those of them whose own description (and so the notes on it) it shows.
 */
function operationsWithComponents(spec) {
  const componentOf = (ref) => `#/${pointerTokens(ref).slice(0, 3).map(pointerToken).join('/')}`;
  const reached = (start) => {
    const components = new Set();
    const described = new Set();
    const seen = new Set();
    const walk = (node, keys) => {
      if (!node || typeof node !== 'object') return;
      if (typeof node.$ref === 'string' && node.$ref.startsWith('#/components/')) {
        components.add(componentOf(node.$ref));
        if (showsDescription(node.$ref, keys)) described.add(componentOf(node.$ref));
        const target = pointerTokens(node.$ref).reduce((at, token) => at?.[token], spec);
        if (target && typeof target === 'object' && !seen.has(target)) {
          seen.add(target);
          walk(target, keys);
        }
      }
      for (const [key, value] of Object.entries(node)) if (key !== '$ref') walk(value, [...keys, key]);
    };
    walk(start, []);
    return { components, described };
  };
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item ?? {})
      .filter(([method, operation]) => HTTP_METHODS.includes(method) && operation && typeof operation === 'object')
      .map(([method, operation]) => ({
        pointer: `#/paths/${pointerToken(path)}/${method}`,
        pathPointer: `#/paths/${pointerToken(path)}`,
        label: `${operation.operationId ?? `${method.toUpperCase()} ${path}`} (${method.toUpperCase()} ${path})`,
        // Redoc gives each operation the id `operation/<operationId>` (and one under its tag).
        anchor: operation.operationId === undefined ? '' : `operation/${operation.operationId}`,
        ...reached([item.parameters, operation]),
        ownServers: Boolean(operation.servers ?? item.servers),
      })),
  );
}

const COMPONENT_KINDS = {
  schemas: 'schema',
  parameters: 'parameter',
  responses: 'response',
  requestBodies: 'request body',
  headers: 'header',
  examples: 'example',
  securitySchemes: 'security scheme',
};

/** The top of a Redoc page: the API's introduction, with the notes on the API as a whole. */
const INTRODUCTION = { label: 'the introduction', anchor: '' };
const operationsBySpec = new WeakMap();

/**
 * Where a decision sits, for a reader: what it decides (an operation, a schema, a parameter…) and
 * the places of the vendor's Redoc page that show it, each `{ label, anchor }` (anchor '' is
 * the top of the page, the API's introduction). Redoc 2 gives operations the anchor
 * `operation/<operationId>` and each security scheme `section/Authentication/<name>`, and gives
 * components no section of their own: a component's decision is shown in each operation that
 * uses it, and is linked there; so is a server's, which Redoc shows in each operation.
 */
export function placeOf(spec, pointer) {
  const tokens = pointerTokens(pointer);
  if (!operationsBySpec.has(spec)) operationsBySpec.set(spec, operationsWithComponents(spec));
  const operations = operationsBySpec.get(spec);
  const inside = (prefix) => pointer === prefix || pointer.startsWith(`${prefix}/`);
  const links = (list) => list.map(({ label, anchor }) => ({ label, anchor }));
  if (tokens[0] === 'paths') {
    const own = operations.filter((operation) => inside(operation.pointer));
    if (own.length) return { decides: `operation ${own[0].label}`, shownAt: links(own) };
    const all = operations.filter((operation) => inside(operation.pathPointer));
    return { decides: `path ${tokens[1]}`, shownAt: all.length ? links(all) : [INTRODUCTION] };
  }
  if (tokens[0] === 'components' && tokens.length >= 3) {
    const [, kind, name] = tokens;
    const decides = `${COMPONENT_KINDS[kind] ?? kind} ${name}`;
    if (kind === 'securitySchemes')
      return { decides, shownAt: [{ label: `Authentication: ${name}`, anchor: `section/Authentication/${name}` }] };
    // A note on a component itself is shown where its description is; one inside it (on a
    // property, say) wherever the component is.
    const component = `#/components/${pointerToken(kind)}/${pointerToken(name)}`;
    const users = operations.filter((operation) => operation.components.has(component));
    const showing = tokens.length === 3 ? users.filter((operation) => operation.described.has(component)) : users;
    const shownAt = showing.length ? showing : users;
    return { decides, shownAt: shownAt.length ? links(shownAt) : [INTRODUCTION] };
  }
  if (tokens[0] === 'servers') {
    // Redoc shows the servers, with their descriptions, in each operation that has none of its own.
    const server = spec.servers?.[Number(tokens[1])];
    const users = operations.filter((operation) => !operation.ownServers);
    return {
      decides: `server ${server?.url ?? tokens[1]}`,
      shownAt: users.length ? links(users) : [INTRODUCTION],
    };
  }
  return { decides: tokens[0] === 'info' ? 'the API as a whole' : tokens.join(' '), shownAt: [INTRODUCTION] };
}

/** A decision's text (markdown, as Redoc renders it) as HTML: code spans and bare links. */
const inlineMarkdown = (text) =>
  escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/(^|[\s(])(https?:\/\/[^\s<)]+[^\s<).,;:])/g, '$1<a href="$2">$2</a>');

/** A page of the docs site around `body`: the head, colours and type every page shares, then its own `style`. */
function sitePage({ title, style, body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
  :root { color-scheme: light dark; --accent: #3b5bdb; --muted: #667085; --line: #d0d5dd; }
  body { font: 16px/1.55 system-ui, -apple-system, 'Segoe UI', sans-serif; max-width: 60rem; margin: 0 auto; padding: 3rem 1.25rem; }
  header { border-bottom: 1px solid var(--line); margin-bottom: 2rem; padding-bottom: 1rem; }
  h1 { font-size: 1.9rem; margin: 0 0 0.5rem; }
${style}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The page listing every decision of every spec, linked from the index. */
const DECISIONS_FILE = 'decisions.html';

function decisionsPage(entries) {
  const sections = entries
    .map(({ slug, file, spec }) => {
      const decisions = decisionsIn(spec);
      const items = decisions
        .map(({ pointer, name, text }) => {
          const { decides, shownAt } = placeOf(spec, pointer);
          const links = shownAt
            .map(
              ({ label, anchor }) =>
                `<a href="${escapeHtml(anchor ? `${file}#${anchor}` : file)}">${escapeHtml(label)}</a>`,
            )
            .join(', ');
          return `  <li class="decision">
    <p class="where"><code class="pointer">${escapeHtml(pointer)}</code> <span class="decides">${escapeHtml(decides)}</span>${name ? ` <span class="name">${escapeHtml(name)}</span>` : ''}</p>
    <p class="text">${inlineMarkdown(text)}</p>
    <p class="shown">In the reference: ${links}</p>
  </li>`;
        })
        .join('\n');
      return `<section class="vendor" id="${escapeHtml(slug)}">
<h2><a href="${escapeHtml(file)}">${escapeHtml(spec.info.title)}</a> <span class="count">${countOf(decisions.length, 'decision')}</span></h2>
<ol>
${items}
</ol>
</section>`;
    })
    .join('\n');
  return sitePage({
    title: 'The decisions of the workflow-clients specs',
    style: `  header p { color: var(--muted); margin: 0 0 0.5rem; }
  a { color: var(--accent); }
  nav { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
  .vendor { margin-top: 2rem; }
  .vendor h2 { font-size: 1.3rem; margin: 0 0 0.5rem; }
  .count { color: var(--muted); font-size: 0.9rem; font-weight: normal; }
  ol { padding-left: 1.5rem; }
  .decision { border-top: 1px solid var(--line); padding: 0.5rem 0; }
  .decision p { margin: 0.25rem 0; }
  .where { font-size: 0.85rem; color: var(--muted); overflow-wrap: anywhere; }
  .name { border: 1px solid var(--line); border-radius: 0.3rem; padding: 0 0.3rem; }
  .shown { font-size: 0.85rem; }`,
    body: `<header>
<h1>The decisions of the specs</h1>
<p>Every <code>x-decision</code> note of every spec: what the spec decides where the vendor's docs are silent. Each names where it sits in the spec (its JSON pointer, and the operation, schema or parameter it decides) and links to where the vendor's reference shows it.</p>
<nav><a href="index.html">All vendors</a>${entries.map(({ slug, spec }) => `<a href="#${escapeHtml(slug)}">${escapeHtml(spec.info.title)}</a>`).join('')}</nav>
</header>
${sections}`,
  });
}

function indexPage(entries, modules) {
  const cards = entries
    .map(
      ({ slug, file, spec }) => `  <li class="vendor">
    <h2><a href="${file}">${escapeHtml(spec.info.title)}</a></h2>
    <p class="summary">${escapeHtml(spec.info.summary ?? '')}</p>
    <p class="facts"><span>version ${escapeHtml(spec.info.version)}</span><span>${countOf(operationsOf(spec), 'operation')}</span><a href="${DECISIONS_FILE}#${slug}">${countOf(decisionsIn(spec).length, 'decision')}</a></p>
  </li>`,
    )
    .join('\n');
  return sitePage({
    title: 'workflow-clients API reference',
    style: `  header p { color: var(--muted); margin: 0; }
  ul { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); }
  .vendor { border: 1px solid var(--line); border-radius: 0.6rem; padding: 1rem 1.25rem; }
  .vendor h2 { font-size: 1.15rem; margin: 0 0 0.4rem; }
  .vendor a { color: var(--accent); text-decoration: none; }
  .vendor a:hover { text-decoration: underline; }
  .summary { margin: 0 0 0.75rem; }
  .facts { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; font-size: 0.85rem; color: var(--muted); margin: 0; }
  .typescript { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: 1rem; }
  .typescript h2 { font-size: 1.3rem; margin: 0 0 0.5rem; }
  .typescript a { color: var(--accent); }
  .modules { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }`,
    body: `<header>
<h1>workflow-clients API reference</h1>
<p>One page per vendor, rendered from the hand-written OpenAPI spec in <code>specs/&lt;vendor&gt;/openapi.yaml</code>. Each decision the spec takes where the vendor's docs are silent is shown beside what it decides, and <a href="${DECISIONS_FILE}">all the decisions</a> are listed on one page.</p>
</header>
<ul>
${cards}
</ul>
<section class="typescript">
<h2>TypeScript API</h2>
<p>Every function, type and option each package exports, from its declaration files: <a href="typescript/index.html">the TypeScript reference</a>.</p>
<p class="modules">${modules.map(({ name, href }) => `<a href="${escapeHtml(href)}"><code>${escapeHtml(name)}</code></a>`).join('\n')}</p>
</section>`,
  });
}

/** Writes every vendor's page, the TypeScript reference and the index into `outDir`; returns what it wrote. */
export async function buildDocs(outDir = join(root, 'api-docs'), slugs = vendorSlugs()) {
  const bundle = readFileSync(require.resolve('redoc/bundles/redoc.standalone.js'), 'utf8');
  mkdirSync(outDir, { recursive: true });
  const entries = slugs.map((slug) => {
    const spec = loadSpec(slug);
    const file = `${slug}.html`;
    writeFileSync(join(outDir, file), vendorPage(withDecisionsShown(spec), bundle));
    return { slug, file, spec };
  });
  const typescript = await buildTypeScriptReference(join(outDir, 'typescript'));
  const modules = typescript.modules.map((module) => ({ ...module, href: relative(outDir, module.path) }));
  writeFileSync(join(outDir, 'index.html'), indexPage(entries, modules));
  writeFileSync(join(outDir, DECISIONS_FILE), decisionsPage(entries));
  return {
    index: join(outDir, 'index.html'),
    decisions: join(outDir, DECISIONS_FILE),
    pages: entries.map(({ slug, file }) => ({ slug, path: join(outDir, file) })),
    typescript,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { index, decisions, pages, typescript } = await buildDocs(process.argv[2]);
  for (const page of pages) console.log(`wrote ${relative(process.cwd(), page.path)}`);
  console.log(`wrote ${relative(process.cwd(), decisions)}`);
  console.log(`wrote ${relative(process.cwd(), typescript.index)} (${typescript.modules.length} modules)`);
  console.log(`open ${pathToFileURL(index).href}`);
}
