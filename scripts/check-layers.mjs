#!/usr/bin/env node
// The picture ARCHITECTURE.md draws, checked against the imports themselves: no package's
// modules import each other in a circle, counting every import in its `src/`, tests' and
// type-only ones included (a type import is still a reason to open the other file first); and
// the packages' published code has no circle, counting a file of another package reached by its
// path as a dependency on that package. Exits 1 with each circle named; `--json` prints the
// findings instead.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

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

/** The findings for the workspace at `root`: an empty list when every rule holds. */
export function checkLayers(root) {
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
    for (const file of sourcesUnder(sourceRoot)) {
      const from = relative(root, file);
      const shipped = !/\.test(-d)?\.ts$/.test(file);
      const edges = new Set();
      moduleGraph.set(from, edges);
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.')) {
          const target = resolveRelative(file, specifier);
          if (!target) continue;
          // A file of another package, reached by its path, is still a dependency on that package.
          const other = relative(packagesDir, target).split(sep)[0];
          if (other !== dir && packageGraph.has(other)) shipped && packageGraph.get(dir).add(other);
          else edges.add(relative(root, target));
          continue;
        }
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        const other = nameOf.get(name);
        if (other && other !== dir && shipped) packageGraph.get(dir).add(other);
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
    console.log('check-layers: no circle among the packages or among any package’s modules');
  else {
    for (const finding of findings) console.error(`check-layers: ${finding}`);
    process.exitCode = 1;
  }
}
