import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { entryPoints } from './api-report.mjs';
import { exampleErrors } from './build-docs/examples.mjs';
import { isInternalEntry } from './build-docs/typescript-reference.mjs';
import { buildDocs, countOf } from './build-docs.mjs';
import { decodeEntities, renderedDom, visibleText } from './chromium.mjs';
import { loadSpec, vendorSlugs } from './specs.mjs';

// `pnpm docs:build`, checked as a person would: each page opened in headless Chromium, and every
// operation, parameter, status and example of its spec looked for in what it shows; each link of
// the decisions page followed to the part of the vendor's page it leads to; each module page of the
// TypeScript reference read for its description and example, and the examples compiled.
// biome-ignore lint/suspicious/noExplicitAny: a parsed spec, walked by paths the test knows exist
type Json = Record<string, any>;
const out = mkdtempSync(join(tmpdir(), 'wc-docs-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const built = await buildDocs(out);

// Each page is opened in Chromium once, however many tests read it.
const doms = new Map<string, string>();
function rendered(path: string): string {
  if (!doms.has(path)) doms.set(path, renderedDom(pathToFileURL(path).href));
  return doms.get(path) as string;
}

/** The text of an HTML fragment, with line breaks kept: for a code block. */
const codeText = (html: string) => decodeEntities(html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ''));

/** Markdown is rendered: compare without code marks and whitespace, which rendering moves. */
const squash = (text: string) => text.replace(/[`\s]/g, '');

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

/**
 * Every x-decision note of a spec, one text or each of a map of named texts, in document order,
 * with where it sits: `what` is its JSON pointer, `where` adds the name of a named text.
 */
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
    else found.push(...decisions(value, `${where}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
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

/** The entry point for this repository's own packages: in the API reports, not in the reference. */
const INTERNAL = '@workflow-clients/core/internal';
// Every `internal` entry point (core's, each vendor's) is for this repository's packages only.
const documented = () => entryPoints().filter((entry) => !isInternalEntry(entry));

/** Every page of the TypeScript reference, by file name (`_workflow-clients_core.WorkflowApiError.html`). */
const referencePages = () =>
  readdirSync(join(out, 'typescript'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

/** The opening of a module's page: its description and example, as TypeDoc renders its comment. */
function moduleOpening(name: string): { description: string; code: string | undefined } {
  const module = built.typescript.modules.find((m) => m.name === name);
  if (!module) throw new Error(`no module ${name}`);
  const dom = rendered(module.path);
  const title = dom.indexOf(`<h1>Module ${name}</h1>`);
  const comment = /^\s*(?:<\/div>)?\s*<section class="tsd-panel tsd-comment">([\s\S]*?)<\/section>/.exec(
    dom.slice(title + `<h1>Module ${name}</h1>`.length),
  )?.[1];
  if (title < 0 || !comment) return { description: '', code: undefined };
  const [description = ''] = comment.split(/<div class="tsd-tag-example">/);
  const example = /id="example"[\s\S]*?<pre><code class="(?:ts|typescript)">([\s\S]*?)<\/code>/.exec(comment)?.[1];
  return { description: visibleText(description).trim(), code: example === undefined ? undefined : codeText(example) };
}

/** The visible text of the part of a Redoc page an anchor leads to: up to the next section. */
function place(dom: string, anchor: string): string | undefined {
  const sections = [...dom.matchAll(/<div\b[^>]*\bdata-section-id="([^"]+)"[^>]*>/g)].map((match) => ({
    at: match.index,
    tag: match[0],
  }));
  if (anchor === '') return visibleText(dom.slice(0, sections[0]?.at ?? dom.length));
  const start = sections.findIndex(({ tag }) => tag.includes(` id="${anchor}"`));
  if (start < 0) return undefined;
  return visibleText(dom.slice(sections[start]?.at, sections[start + 1]?.at ?? dom.length));
}

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
    const text = visibleText(rendered(built.index));
    for (const slug of vendorSlugs()) {
      const spec = loadSpec(slug);
      expect(text).toContain(spec.info.title);
      expect(text).toContain(spec.info.summary);
      expect(text).toContain(countOf(decisions(spec).length, 'decision'));
    }
    expect(built.pages.map((page) => page.slug)).toEqual(vendorSlugs());
  });

  it('counts operations and decisions with the noun in the singular for one', () => {
    expect([0, 1, 2].map((count) => countOf(count, 'operation'))).toEqual([
      '0 operations',
      '1 operation',
      '2 operations',
    ]);
    const text = visibleText(rendered(built.index));
    for (const slug of vendorSlugs()) {
      const spec = loadSpec(slug);
      const operations = Object.values<Json>(spec.paths).flatMap((item) =>
        ['get', 'put', 'post', 'delete', 'patch'].filter((method) => item[method]),
      ).length;
      expect(text).toContain(`${operations} ${operations === 1 ? 'operation' : 'operations'}`);
    }
    expect(text).not.toMatch(/\b1 (operations|decisions)\b/);
  });

  it('lists every x-decision of every spec on one page, by vendor, each with where it sits', () => {
    const index = rendered(built.index);
    expect(index).toContain('href="decisions.html"');
    const dom = rendered(built.decisions);
    const sections = [...dom.matchAll(/<section class="vendor" id="([^"]+)">/g)].map((match) => match[1]);
    expect(sections).toEqual(vendorSlugs());
    for (const slug of vendorSlugs()) {
      expect(index).toContain(`href="decisions.html#${slug}"`);
      const section = dom.slice(dom.indexOf(`<section class="vendor" id="${slug}">`)).split('</section>')[0] as string;
      const items = section.split('<li class="decision">').slice(1);
      const notes = decisions(loadSpec(slug));
      expect(items).toHaveLength(notes.length);
      notes.forEach((note, index) => {
        const item = items[index] as string;
        expect(codeText(/<code class="pointer">([^<]*)<\/code>/.exec(item)?.[1] ?? ''), note.where).toBe(note.what);
        expect(squash(visibleText(item)), note.where).toContain(squash(note.text));
      });
    }
  });

  it.each(built.pages.map((page) => [page.slug, page] as const))(
    'links each decision of %s to the place of its Redoc page that shows it',
    (slug, page) => {
      const spec = loadSpec(slug);
      const vendorDom = rendered(page.path);
      const dom = rendered(built.decisions);
      const section = dom.slice(dom.indexOf(`<section class="vendor" id="${slug}">`)).split('</section>')[0] as string;
      const items = section.split('<li class="decision">').slice(1);
      const notes = decisions(spec);
      const wrong = notes.flatMap((note, index) => {
        const hrefs = [...(items[index] ?? '').matchAll(/<p class="shown">[\s\S]*?<\/p>/g)]
          .flatMap(([shown]) => [...shown.matchAll(/href="([^"]+)"/g)])
          .map((match) => codeText(match[1] as string));
        if (hrefs.length === 0) return [`${note.where}: no link`];
        // A decision inside an operation links that operation, by the anchor Redoc gives it.
        const operation = /^#\/paths\/[^/]+\/(get|put|post|delete|patch|options|head|trace)(\/|$)/.exec(note.what);
        if (operation) {
          const [path, method] = note.what.slice(2).split('/').slice(1, 3) as [string, string];
          const id = spec.paths[path.replace(/~1/g, '/').replace(/~0/g, '~')][method].operationId;
          if (hrefs.join() !== `${slug}.html#operation/${id}`) return [`${note.where}: links ${hrefs.join(', ')}`];
        }
        return hrefs.flatMap((href) => {
          const [file, anchor = ''] = href.split('#') as [string, string?];
          if (file !== `${slug}.html`) return [`${note.where}: links another page, ${href}`];
          const shown = place(vendorDom, decodeURIComponent(anchor));
          if (shown === undefined) return [`${note.where}: ${href} leads nowhere`];
          return squash(shown).includes(squash(note.text)) ? [] : [`${note.where}: ${href} does not show it`];
        });
      });
      expect(wrong).toEqual([]);
    },
  );

  it.each(built.pages.map((page) => [page.slug, page] as const))(
    'shows every x-decision note of %s, beside what it decides',
    (slug, page) => {
      const text = visibleText(rendered(page.path));
      const notes = decisions(loadSpec(slug));
      expect(notes.length).toBeGreaterThan(0);
      const shown = squash(text);
      expect(notes.filter((note) => !shown.includes(squash(note.text))).map((note) => note.where)).toEqual([]);
    },
  );

  it.each(built.pages.map((page) => [page.slug, page] as const))(
    'renders %s with every operation, parameter and example',
    (slug, page) => {
      const text = visibleText(rendered(page.path));
      const missing = expectations(loadSpec(slug)).filter(
        ({ text: wanted }) => !text.includes(String(wanted).replace(/\s+/g, ' ').trim()),
      );
      expect(missing).toEqual([]);
    },
  );

  it('links the TypeScript reference of every published entry point from the index', () => {
    const text = visibleText(rendered(built.index));
    expect(text).toContain('TypeScript API');
    const names = documented().map(importName);
    expect(built.typescript.modules.map((module) => module.name).sort()).toEqual([...names].sort());
    for (const name of names) expect(text).toContain(name);
  });

  it('leaves @workflow-clients/core/internal out of the reference and the index, not out of the API reports', () => {
    expect(entryPoints().map(importName)).toContain(INTERNAL);
    expect(built.typescript.modules.map((module) => module.name)).not.toContain(INTERNAL);
    expect(visibleText(rendered(built.index))).not.toContain(INTERNAL);
    expect(visibleText(rendered(built.typescript.index))).not.toContain(INTERNAL);
    expect(referencePages().filter((file) => file.includes('core_internal'))).toEqual([]);
    // What only the internal entry point exports has no page at all.
    const internalOnly = exportsInReport(INTERNAL).filter(
      (name) => !exportsInReport('@workflow-clients/core').includes(name),
    );
    expect(internalOnly.length).toBeGreaterThan(0);
    const pages = referencePages().map((file) => basename(file));
    expect(internalOnly.filter((name) => pages.some((page) => page.endsWith(`.${name}.html`)))).toEqual([]);
  });

  it('documents core’s public API under @workflow-clients/core, and elsewhere only as re-exports', () => {
    const pages = referencePages().map((file) => basename(file));
    const exported = exportsInReport('@workflow-clients/core');
    expect(exported).toContain('WorkflowApiError');
    const misfiled = exported.flatMap((name) => {
      const own = pages.filter((page) => page.endsWith(`.${name}.html`));
      return own.length === 1 && own[0] === `_workflow-clients_core.${name}.html` ? [] : [`${name}: ${own.join(', ')}`];
    });
    expect(misfiled).toEqual([]);
    // Every module that re-exports WorkflowApiError (each vendor's, the facade's) links core's page.
    const reexporting = built.typescript.modules.filter(
      (module) =>
        module.name !== '@workflow-clients/core' && visibleText(rendered(module.path)).includes('WorkflowApiError'),
    );
    expect(reexporting.map((module) => module.name)).toContain('@workflow-clients/aitutor');
    for (const module of reexporting) {
      const links = [...rendered(module.path).matchAll(/href="([^"]*\.WorkflowApiError\.html)"/g)].map((match) =>
        resolvePath(dirname(module.path), match[1] as string),
      );
      expect(links.length, module.name).toBeGreaterThan(0);
      expect(new Set(links), module.name).toEqual(
        new Set([join(out, 'typescript', 'classes', '_workflow-clients_core.WorkflowApiError.html')]),
      );
    }
  });

  it.each(built.typescript.modules.map((module) => [module.name] as const))(
    'opens the page of %s with a description and a ts example of its first use',
    (name) => {
      const { description, code } = moduleOpening(name);
      expect(description.length).toBeGreaterThan(60);
      expect(code).toBeDefined();
      expect(code).toContain(`from '${name}'`);
    },
  );

  it('gives every module an example that compiles against the built packages', () => {
    const examples = documented().map((entry) => ({ entry, code: moduleOpening(importName(entry)).code ?? '' }));
    expect(exampleErrors(examples, documented())).toEqual([]);
  });

  it('shows the example of createWorkflowClient', () => {
    const facade = built.typescript.modules.find((module) => module.name === 'workflow-clients');
    const href = /href="([^"]*\.createWorkflowClient\.html)"/.exec(rendered(facade?.path ?? ''))?.[1];
    expect(href).toBeDefined();
    const dom = rendered(resolvePath(dirname(facade?.path ?? ''), href as string));
    const code = /id="example"[\s\S]*?<pre><code class="ts">([\s\S]*?)<\/code>/.exec(dom)?.[1];
    expect(codeText(code ?? '')).toContain("createWorkflowClient({ vendor: 'altostrat'");
  });

  it.each(built.typescript.modules.map((module) => [module.name, module] as const))(
    'shows every export of %s in its TypeScript reference, as its API report lists them',
    (name, module) => {
      const exported = exportsInReport(name);
      expect(exported.length).toBeGreaterThan(0);
      const text = visibleText(rendered(module.path));
      expect(text).toContain(`Module ${name}`);
      expect(exported.filter((symbol) => !text.includes(symbol))).toEqual([]);
    },
  );
});
