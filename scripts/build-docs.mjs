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

const operationsOf = (spec) =>
  Object.values(spec.paths ?? {}).flatMap((item) =>
    Object.entries(item).filter(([method]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method)),
  ).length;

/** How many decisions a spec takes where its vendor's docs are silent. */
const decisionsOf = (node) => {
  if (!node || typeof node !== 'object') return 0;
  return Object.entries(node).reduce((count, [key, value]) => {
    if (key !== 'x-decision') return count + decisionsOf(value);
    return count + (typeof value === 'string' ? 1 : Object.keys(value).length);
  }, 0);
};

function indexPage(entries, modules) {
  const cards = entries
    .map(
      ({ file, spec }) => `  <li class="vendor">
    <h2><a href="${file}">${escapeHtml(spec.info.title)}</a></h2>
    <p class="summary">${escapeHtml(spec.info.summary ?? '')}</p>
    <p class="facts"><span>version ${escapeHtml(spec.info.version)}</span><span>${operationsOf(spec)} operations</span><span>${decisionsOf(spec)} decisions</span></p>
  </li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>workflow-clients API reference</title>
<style>
  :root { color-scheme: light dark; --accent: #3b5bdb; --muted: #667085; --line: #d0d5dd; }
  body { font: 16px/1.55 system-ui, -apple-system, 'Segoe UI', sans-serif; max-width: 60rem; margin: 0 auto; padding: 3rem 1.25rem; }
  header { border-bottom: 1px solid var(--line); margin-bottom: 2rem; padding-bottom: 1rem; }
  h1 { font-size: 1.9rem; margin: 0 0 0.5rem; }
  header p { color: var(--muted); margin: 0; }
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
  .modules { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
</style>
</head>
<body>
<header>
<h1>workflow-clients API reference</h1>
<p>One page per vendor, rendered from the hand-written OpenAPI spec in <code>specs/&lt;vendor&gt;/openapi.yaml</code>. Each decision the spec takes where the vendor's docs are silent is shown beside what it decides.</p>
</header>
<ul>
${cards}
</ul>
<section class="typescript">
<h2>TypeScript API</h2>
<p>Every function, type and option each package exports, from its declaration files: <a href="typescript/index.html">the TypeScript reference</a>.</p>
<p class="modules">${modules.map(({ name, href }) => `<a href="${escapeHtml(href)}"><code>${escapeHtml(name)}</code></a>`).join('\n')}</p>
</section>
</body>
</html>
`;
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
  return {
    index: join(outDir, 'index.html'),
    pages: entries.map(({ slug, file }) => ({ slug, path: join(outDir, file) })),
    typescript,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { index, pages, typescript } = await buildDocs(process.argv[2]);
  for (const page of pages) console.log(`wrote ${relative(process.cwd(), page.path)}`);
  console.log(`wrote ${relative(process.cwd(), typescript.index)} (${typescript.modules.length} modules)`);
  console.log(`open ${pathToFileURL(index).href}`);
}
