#!/usr/bin/env node
// The picture ARCHITECTURE.md draws, checked against the imports themselves: no package's
// modules import each other in a circle, counting every import in its `src/`, tests' and
// type-only ones included (a type import is still a reason to open the other file first); no
// package reaches a file of another by its path; and the packages have no circle, counting every
// import of their sources and tests. A package listed in FOLDER_LAYERS is layered by its
// folders too: its shipped modules import only from their own folder or one below it, and no
// module imports its entry points. Exits 1 with each finding named; `--json` prints the
// findings instead.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The folders of a package's `src/`, lowest first: a module imports only from its own folder or
 * one listed before it. Tests may reach higher, to drive a module as its callers do (their
 * circles are still found). The files directly in `src/` are the entry points, above every folder.
 * packages/core/src/README.md describes each folder in this order.
 * @type {Record<"core", string[]>}
 */
export const FOLDER_LAYERS = {
  core: ['utils', 'vendor', 'errors', 'guards', 'hooks', 'http', 'client', 'runs', 'testing'],
};

/** Every .ts file under `dir`, built output and dependencies aside. */
function sourcesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourcesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The specifiers a file imports or re-exports, `import type` and `import('…')` types included. */
export function importsOf(text) {
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => fileName);
}

/** The .ts file a relative specifier names (`./x.js` is `./x.ts`, `./x` may be `./x/index.ts`). */
function resolveRelative(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = [base.replace(/\.(c|m)?js$/, '.$1ts'), `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((candidate) => candidate.endsWith('.ts') && existsSync(candidate));
}

/** The circles of a graph (Tarjan's strongly connected components of more than one node, or a self-loop). */
export function circlesOf(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const circles = [];
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? new Set()).has(node)) circles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return circles;
}

/** The folder of `src/` a file is in, or undefined for the entry points directly in `src/`. */
function folderOf(sourceRoot, file) {
  const parts = relative(sourceRoot, file).split(sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** Why an import from folder `from` into folder `to` goes up the layers, or undefined if it does not. */
function upwardImport(layers, from, to) {
  if (from === undefined) return undefined;
  if (to === undefined) return 'an import of an entry point from inside the package';
  const [low, high] = [layers.indexOf(from), layers.indexOf(to)];
  return low >= 0 && high > low ? `an import up the layers (${from}/ is below ${to}/)` : undefined;
}

/**
 * The findings for the workspace at `root`: an empty list when every rule holds.
 * @param {string} root
 * @param {Record<string, string[]>} [folderLayers] each layered package's folders, lowest first
 */
export function checkLayers(root, folderLayers = FOLDER_LAYERS) {
  const packagesDir = join(root, 'packages');
  const packages = readdirSync(packagesDir).filter((name) => existsSync(join(packagesDir, name, 'package.json')));
  const nameOf = new Map(
    packages.map((dir) => [JSON.parse(readFileSync(join(packagesDir, dir, 'package.json'), 'utf8')).name, dir]),
  );
  const findings = [];
  const packageGraph = new Map(packages.map((dir) => [dir, new Set()]));
  for (const dir of packages) {
    const packageRoot = join(packagesDir, dir);
    const moduleGraph = new Map();
    const sourceRoot = join(packageRoot, 'src');
    if (!existsSync(sourceRoot)) continue;
    const layers = folderLayers[dir];
    if (layers)
      for (const entry of readdirSync(sourceRoot, { withFileTypes: true }))
        if (entry.isDirectory() && !layers.includes(entry.name))
          findings.push(
            `a folder with no place among ${dir}'s layers: ${relative(root, join(sourceRoot, entry.name))}`,
          );
    for (const file of sourcesUnder(sourceRoot)) {
      const from = relative(root, file);
      const shipped = !/\.test(-d)?\.ts$/.test(file);
      const edges = new Set();
      moduleGraph.set(from, edges);
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.')) {
          const target = resolveRelative(file, specifier);
          if (!target) continue;
          // A file of another package, reached by its path, hides a dependency from the package
          // graph (and from each build's record of what it read): import it by the package's name.
          const other = relative(packagesDir, target).split(sep)[0];
          if (other !== dir && packageGraph.has(other)) {
            findings.push(`a file of another package, imported by its path: ${from} imports ${relative(root, target)}`);
            packageGraph.get(dir).add(other);
          } else {
            edges.add(relative(root, target));
            const upward =
              layers && shipped && upwardImport(layers, folderOf(sourceRoot, file), folderOf(sourceRoot, target));
            if (upward) findings.push(`${upward}: ${from} imports ${relative(root, target)}`);
          }
          continue;
        }
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        const other = nameOf.get(name);
        // Tests count too: a package whose tests load another that depends on it back could only
        // test against a build of itself, or an alias to its own sources.
        if (other && other !== dir) packageGraph.get(dir).add(other);
      }
    }
    for (const circle of circlesOf(moduleGraph))
      findings.push(`modules that import each other in a circle: ${circle.join(' ⇄ ')}`);
  }
  for (const circle of circlesOf(packageGraph))
    findings.push(`packages that depend on each other in a circle: ${circle.join(' ⇄ ')}`);
  return findings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const findings = checkLayers(process.cwd());
  if (process.argv.includes('--json')) console.log(JSON.stringify(findings));
  else if (findings.length === 0)
    console.log('check-layers: no circle among the packages or any package’s modules, and no import up a layer');
  else {
    for (const finding of findings) console.error(`check-layers: ${finding}`);
    process.exitCode = 1;
  }
}
