// The TypeScript half of `pnpm docs:build`: TypeDoc over the built declaration files of every
// published entry point (what a user's editor sees), one module per entry point, named as it
// is imported. The same entry points as the committed API reports, less those for this
// repository's own packages (`@workflow-clients/core/internal`), which no user imports.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Application, Converter, ReflectionKind } from 'typedoc';
import ts from 'typescript';
import { entryPoints } from '../api-report.mjs';
import { consumerCompilerOptions } from '../support/consumer-compiler-options.mjs';

export const importName = ({ packageName, entry }) => (entry === 'index' ? packageName : `${packageName}/${entry}`);

/**
 * An entry point for this repository's own packages, such as `@workflow-clients/core/internal`:
 * it has an API report, so a change to it is reviewed, but no page in the reference.
 */
export const isInternalEntry = ({ entry }) => entry === 'internal' || entry.endsWith('/internal');

/** The published entry points the reference documents. */
export const documentedEntryPoints = (packagesDir) =>
  entryPoints(packagesDir).filter((entry) => !isInternalEntry(entry));

/**
 * The entry points, each after those it imports from (`export * from '@workflow-clients/core'`),
 * otherwise in the given order. TypeDoc documents a symbol under the first module that converts
 * it and shows it in every other as a reference, so this files `WorkflowApiError` under
 * `@workflow-clients/core` rather than under the first vendor that re-exports it.
 */
export function declaringModulesFirst(entries) {
  const byName = new Map(entries.map((entry) => [importName(entry), entry]));
  const imported = (entry) =>
    [...readFileSync(entry.declarations, 'utf8').matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)]
      .map((match) => byName.get(match[1]))
      .filter((other) => other && other !== entry);
  const ordered = [];
  const placed = new Set();
  const place = (entry) => {
    if (placed.has(entry)) return;
    placed.add(entry);
    for (const other of imported(entry)) place(other);
    ordered.push(entry);
  };
  for (const entry of entries) place(entry);
  return ordered;
}

/** Where each module's description and example are written: a section per import name. */
export const MODULE_DOCS = join(import.meta.dirname, 'modules.md');

/**
 * The sections of modules.md, by import name: each the body of a TSDoc comment. A `## ` line
 * inside a code block is code, not a heading.
 */
export function moduleDocs(file = MODULE_DOCS) {
  const docs = new Map();
  let current;
  let fence;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const opening = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (opening && !fence) fence = opening;
    else if (fence && line.startsWith(fence) && line.trim() === fence) fence = undefined;
    const heading = fence ? undefined : /^## `([^`]+)`\s*$/.exec(line)?.[1];
    if (heading) {
      if (docs.has(heading)) throw new Error(`${file}: ${heading} is described twice`);
      docs.set(heading, []);
      current = heading;
    } else if (current) docs.get(current).push(line);
  }
  return new Map([...docs].map(([name, lines]) => [name, lines.join('\n').trim()]));
}

/** One module's description as a declaration file TypeDoc can read its `@packageDocumentation` from. */
function moduleCommentFile(name, body) {
  if (body.includes('*/')) throw new Error(`${MODULE_DOCS}: the section of ${name} may not hold */`);
  const lines = [...body.split('\n'), '', '@packageDocumentation'];
  const text = `/**\n${lines.map((line) => (line ? ` * ${line}` : ' *')).join('\n')}\n */\nexport {};\n`;
  return ts.createSourceFile(`${MODULE_DOCS}#${name}.d.ts`, text, ts.ScriptTarget.Latest, true);
}

/**
 * Writes the reference into `outDir`; returns each module's import name and page. Resolves
 * the declarations as a consumer does (node16 resolution, strict), with no source paths.
 */
export async function buildTypeScriptReference(outDir) {
  const entries = declaringModulesFirst(documentedEntryPoints());
  const scratch = mkdtempSync(join(tmpdir(), 'wc-typedoc-'));
  try {
    const tsconfig = join(scratch, 'tsconfig.json');
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: consumerCompilerOptions,
        files: entries.map(({ declarations }) => declarations),
      }),
    );
    const readme = join(scratch, 'README.md');
    writeFileSync(
      readme,
      `# TypeScript API reference\n\nEvery published entry point of workflow-clients, as its declaration files describe it: ${entries
        .map(importName)
        .sort()
        .map((name) => `\`${name}\``)
        .join(', ')}. The vendors' HTTP APIs are in the [OpenAPI reference](../index.html).\n`,
    );
    const app = await Application.bootstrapWithPlugins({
      entryPoints: entries.map(({ declarations }) => declarations),
      entryPointStrategy: 'resolve',
      tsconfig,
      readme,
      name: 'workflow-clients',
      disableSources: true,
      disableGit: true,
      githubPages: false,
      hideGenerator: true,
      logLevel: 'Error',
      validation: { notExported: false, invalidLink: true, notDocumented: false },
    });
    // A module whose declarations hold no comment of its own takes its section of modules.md,
    // before TypeDoc reads the comment's tags and resolves its links (so ahead of its listeners).
    const docs = moduleDocs();
    const named = new Map(entries.map((entry) => [resolve(entry.declarations), importName(entry)]));
    const stale = [...docs.keys()].filter((name) => ![...named.values()].includes(name));
    if (stale.length)
      throw new Error(`${MODULE_DOCS} describes what is not a documented entry point: ${stale.join(', ')}`);
    app.converter.on(
      Converter.EVENT_CREATE_DECLARATION,
      (context, reflection) => {
        if (!reflection.kindOf(ReflectionKind.Module) || reflection.comment) return;
        const declarations = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile().fileName;
        const name = declarations && named.get(resolve(declarations));
        if (docs.has(name)) reflection.comment = context.getFileComment(moduleCommentFile(name, docs.get(name)));
      },
      1,
    );
    const project = await app.convert();
    if (!project) throw new Error('TypeDoc could not convert the declaration files');
    // TypeDoc names a module by its path below the common folder ("wiv/dist"); name it as it is imported.
    const byPath = new Map(
      entries.map((entry) => [
        relative(join(entry.dir, '..'), entry.declarations)
          .replace(/\.d\.ts$/, '')
          .replace(/\/index$/, ''),
        importName(entry),
      ]),
    );
    for (const module of project.children ?? []) module.name = byPath.get(module.name) ?? module.name;
    const unnamed = (project.children ?? []).filter(
      (module) => !entries.some((entry) => importName(entry) === module.name),
    );
    if (unnamed.length) throw new Error(`unexpected modules: ${unnamed.map((module) => module.name).join(', ')}`);
    const pages = new Map();
    app.renderer.on('endPage', (page) => pages.set(page.model, page.url));
    rmSync(outDir, { recursive: true, force: true });
    await app.generateDocs(project, outDir);
    if (app.logger.hasErrors()) throw new Error('TypeDoc reported errors');
    return {
      index: join(outDir, 'index.html'),
      modules: (project.children ?? []).map((module) => ({
        name: module.name,
        path: join(outDir, pages.get(module)),
      })),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
