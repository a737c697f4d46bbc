import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { entryPoints } from './api-report.mjs';
import { buildDocs } from './build-docs.mjs';
import { renderedDom, visibleText } from './chromium.mjs';
import { loadSpec, vendorSlugs } from './specs.mjs';

// `pnpm docs:build`, checked as a person would: each page opened in headless Chromium, and every
// operation, parameter, status and example of its spec looked for in what it shows.
// biome-ignore lint/suspicious/noExplicitAny: a parsed spec, walked by paths the test knows exist
type Json = Record<string, any>;
const out = mkdtempSync(join(tmpdir(), 'wc-docs-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const built = await buildDocs(out);

function resolve(spec: Json, node: Json): Json {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((at: Json, token: string) => at[token.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return current;
}

/** The short strings of an example value that any rendering of it must show. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 3 ? [value] : [];
  if (typeof value === 'number' || typeof value === 'boolean') return [];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/** Every x-decision note of a spec, one text or each of a map of named texts, with where it sits. */
function decisions(node: unknown, where = '#'): Expectation[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => decisions(item, `${where}/${index}`));
  if (!node || typeof node !== 'object') return [];
  const found: Expectation[] = [];
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'x-decision')
      found.push(
        ...(typeof value === 'string'
          ? [{ what: where, where, text: value }]
          : Object.entries<string>(value).map(([name, text]) => ({ what: where, where: `${where} ${name}`, text }))),
      );
    else found.push(...decisions(value, `${where}/${key}`));
  }
  return found;
}

interface Expectation {
  what: string;
  where?: string;
  text: string;
}

/** What the page must show for one spec. */
function expectations(spec: Json): Expectation[] {
  const found: Expectation[] = [{ what: 'title', text: spec.info.title }];
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const [method, operation] of Object.entries<Json>(item)) {
      if (!operation || typeof operation !== 'object' || !operation.responses) continue;
      const where = `${method.toUpperCase()} ${path}`;
      found.push({ what: `${where} summary`, text: operation.summary });
      for (const parameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p: Json) =>
        resolve(spec, p),
      )) {
        found.push({ what: `${where} parameter`, text: parameter.name });
      }
      const media: Array<[string, Json]> = [];
      if (operation.requestBody)
        media.push(
          ...Object.entries<Json>(resolve(spec, operation.requestBody).content ?? {}).map(
            ([, m]) => [`${where} request`, m] as [string, Json],
          ),
        );
      for (const [status, response] of Object.entries<Json>(operation.responses)) {
        found.push({ what: `${where} status`, text: status });
        const content = resolve(spec, response).content ?? {};
        if (status.startsWith('2'))
          media.push(...Object.entries<Json>(content).map(([, m]) => [`${where} ${status}`, m] as [string, Json]));
      }
      for (const [label, m] of media) {
        const named = Object.entries<Json>(m.examples ?? {}).map(
          ([name, example]): Json => ({ name, ...resolve(spec, example) }),
        );
        // With several named examples each is offered by its summary; the first is shown in full.
        if (named.length > 1)
          for (const example of named)
            found.push({ what: `${label} example ${example.name}`, text: example.summary ?? example.name });
        const shown = named[0]?.value ?? m.example;
        for (const text of leaves(shown).slice(0, 3)) found.push({ what: `${label} example value`, text });
      }
    }
  }
  return found;
}

const importName = (entry: { packageName: string; entry: string }) =>
  entry.entry === 'index' ? entry.packageName : `${entry.packageName}/${entry.entry}`;

/**
 * The names an entry point's committed API report declares, and, where it re-exports one of
 * our other entry points whole (`workflow-clients/wiv`), the names that one declares.
 */
function exportsInReport(name: string): string[] {
  const entry = entryPoints().find((e) => importName(e) === name);
  if (!entry) return [];
  const report = readFileSync(join(entry.dir, 'api-report', `${entry.entry}.api.md`), 'utf8');
  const own = [
    ...report.matchAll(
      /^export (?:declare )?(?:abstract )?(?:function|const|let|interface|type|class|enum|namespace) (\w+)/gm,
    ),
  ].map((match) => match[1] as string);
  const reexported = [...report.matchAll(/^export \* from "([^"]+)";$/gm)].map((match) => match[1] as string);
  return own.length > 0 ? own : reexported.flatMap(exportsInReport);
}

describe('pnpm docs:build', () => {
  it('writes an index page that links every vendor’s reference', () => {
    const text = visibleText(renderedDom(pathToFileURL(built.index).href));
    for (const slug of vendorSlugs()) {
      const spec = loadSpec(slug);
      expect(text).toContain(spec.info.title);
      expect(text).toContain(spec.info.summary);
      expect(text).toContain(`${decisions(spec).length} decisions`);
    }
    expect(built.pages.map((page) => page.slug)).toEqual(vendorSlugs());
  });

  it.each(built.pages.map((page) => [page.slug, page] as const))(
    'shows every x-decision note of %s, beside what it decides',
    (slug, page) => {
      const text = visibleText(renderedDom(pathToFileURL(page.path).href));
      const notes = decisions(loadSpec(slug));
      expect(notes.length).toBeGreaterThan(0);
      // Markdown is rendered: compare without code marks and whitespace, which rendering moves.
      const squash = (note: string) => note.replace(/[`\s]/g, '');
      const shown = squash(text);
      expect(notes.filter((note) => !shown.includes(squash(note.text))).map((note) => note.where)).toEqual([]);
    },
  );

  it.each(built.pages.map((page) => [page.slug, page] as const))(
    'renders %s with every operation, parameter and example',
    (slug, page) => {
      const text = visibleText(renderedDom(pathToFileURL(page.path).href));
      const missing = expectations(loadSpec(slug)).filter(
        ({ text: wanted }) => !text.includes(String(wanted).replace(/\s+/g, ' ').trim()),
      );
      expect(missing).toEqual([]);
    },
  );

  it('links the TypeScript reference of every published entry point from the index', () => {
    const text = visibleText(renderedDom(pathToFileURL(built.index).href));
    expect(text).toContain('TypeScript API');
    const names = entryPoints().map(importName);
    expect(built.typescript.modules.map((module) => module.name).sort()).toEqual([...names].sort());
    for (const name of names) expect(text).toContain(name);
  });

  it.each(built.typescript.modules.map((module) => [module.name, module] as const))(
    'shows every export of %s in its TypeScript reference, as its API report lists them',
    (name, module) => {
      const exported = exportsInReport(name);
      expect(exported.length).toBeGreaterThan(0);
      const text = visibleText(renderedDom(pathToFileURL(module.path).href));
      expect(text).toContain(`Module ${name}`);
      expect(exported.filter((symbol) => !text.includes(symbol))).toEqual([]);
    },
  );
});
