#!/usr/bin/env node
// `pnpm docs`: a static HTML API reference per vendor and an index page linking them, in
// api-docs/ (git-ignored). Redoc 2 renders every operation on one page, and its standalone
// bundle is inlined, so the pages work offline and straight from the file system.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadSpec, root, vendorSlugs } from './specs.mjs';

const require = createRequire(import.meta.url);
const REDOC_OPTIONS = {
  expandResponses: 'all',
  jsonSampleExpandLevel: 'all',
  hideLoading: true,
  pathInMiddlePanel: true,
};

// Both the bundle and the spec are inlined into <script> elements, so neither may close one.
const inlineScript = (text) => text.replace(/<\/(script)/gi, '<\\/$1');
const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

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

function indexPage(entries) {
  const items = entries
    .map(
      ({ file, spec }) =>
        `  <li><a href="${file}">${escapeHtml(spec.info.title)}</a> <small>${escapeHtml(spec.info.version)}</small><br>${escapeHtml(spec.info.summary ?? '')}</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>workflow-clients API reference</title>
<style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 3rem auto; padding: 0 1rem; } li { margin: 0 0 1rem; }</style>
</head>
<body>
<h1>workflow-clients API reference</h1>
<p>One page per vendor, rendered from the hand-written OpenAPI spec in <code>specs/&lt;vendor&gt;/openapi.yaml</code>.</p>
<ul>
${items}
</ul>
</body>
</html>
`;
}

/** Writes every vendor's page and the index into `outDir`; returns what it wrote. */
export function buildDocs(outDir = join(root, 'api-docs'), slugs = vendorSlugs()) {
  const bundle = readFileSync(require.resolve('redoc/bundles/redoc.standalone.js'), 'utf8');
  mkdirSync(outDir, { recursive: true });
  const entries = slugs.map((slug) => {
    const spec = loadSpec(slug);
    const file = `${slug}.html`;
    writeFileSync(join(outDir, file), vendorPage(spec, bundle));
    return { slug, file, spec };
  });
  writeFileSync(join(outDir, 'index.html'), indexPage(entries));
  return {
    index: join(outDir, 'index.html'),
    pages: entries.map(({ slug, file }) => ({ slug, path: join(outDir, file) })),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { index, pages } = buildDocs(process.argv[2]);
  for (const page of pages) console.log(`wrote ${relative(process.cwd(), page.path)}`);
  console.log(`open ${pathToFileURL(index).href}`);
}
