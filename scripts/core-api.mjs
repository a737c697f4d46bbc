// Core's public API as its entry point names it, for the packages that hand it on whole (each
// vendor package and the facade, so that one package is enough to install): the scaffolder
// writes a new vendor's re-export from it, and a source rule holds every index to it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The names `packages/core/src/index.ts` exports, each with whether it is a type only, in the
 * order they are written. Core's index names every export (`export { … } from`), so nothing
 * is hidden behind an `export *`.
 * @param {string} root the repository
 * @returns {{ name: string, typeOnly: boolean }[]}
 */
export function coreApiNames(root) {
  const { names, star } = reExportsOf(readFileSync(join(root, 'packages/core/src/index.ts'), 'utf8'), undefined);
  if (star) throw new Error("core's index hands on a module whole (`export *`): name its exports");
  return names;
}

/**
 * The names a module re-exports `from` a module (every module when `from` is undefined), and
 * whether it has an `export * from` it (`star`), which hands on whatever that module exports.
 * @param {string} text the module's source
 * @param {string | undefined} from
 */
export function reExportsOf(text, from) {
  const source = ts.createSourceFile('index.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = [];
  let star = false;
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier) continue;
    if (from !== undefined && statement.moduleSpecifier.text !== from) continue;
    if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) {
      star = true;
      continue;
    }
    for (const element of statement.exportClause.elements)
      names.push({ name: element.name.text, typeOnly: statement.isTypeOnly || element.isTypeOnly });
  }
  return { names, star };
}

/** The statement that re-exports core's public API by name, as a vendor package's index holds it. */
export function coreReExport(root) {
  const names = coreApiNames(root).map(({ name, typeOnly }) => `  ${typeOnly ? 'type ' : ''}${name},`);
  return `export {\n${names.join('\n')}\n} from '@workflow-clients/core';\n`;
}
