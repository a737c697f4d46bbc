import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

// The code blocks of the READMEs and the docs/ pages, as programs: found in the markdown, written
// out as modules, type-checked in one program against the packages as installed, each error
// located in its README or page.

/** The fences whose blocks are programs, and the extension each is written out with. */
const PROGRAM_LANGUAGES: Readonly<Record<string, 'ts' | 'js'>> = {
  ts: 'ts',
  typescript: 'ts',
  mts: 'ts',
  js: 'js',
  javascript: 'js',
  mjs: 'js',
};

/**
 * The one marker a README may put right before a fence (blank lines between allowed), for a block
 * that must compile but cannot run offline: `<!-- compile-only: why it cannot run -->`. It is an
 * HTML comment, so a reader of the rendered page does not see it, and an editor of the markdown does.
 */
const COMPILE_ONLY_MARKER = /^\s*<!--\s*compile-only\b:?\s*(.*?)\s*-->\s*$/;

export interface Snippet {
  /** Where a reader finds it: the README's path from the repository root and the fence's line. */
  label: string;
  readme: string;
  /** 1-based line of the opening fence. */
  fenceLine: number;
  extension: 'ts' | 'js';
  /** The block with the fence's own indentation removed (a block inside a list item is indented). */
  code: string;
  /** Spaces removed from the start of each line, to map a column back to the README. */
  indent: number;
  /** Set when the block is marked compile-only: why it is not run. */
  compileOnlyBecause?: string;
  /** A block that imports from `vitest` is a test file, and is run as one by Vitest itself. */
  isVitestFile: boolean;
}

/**
 * The repository's README, every page of its `docs/` and every package's README, so that a new
 * page or a new package's README is covered as it lands.
 */
export function findReadmes(root: string): string[] {
  const packageReadmes = readdirSync(join(root, 'packages'))
    .map((folder) => `packages/${folder}/README.md`)
    .filter((path) => existsSync(join(root, path)));
  const docsPages = existsSync(join(root, 'docs'))
    ? readdirSync(join(root, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `docs/${name}`)
    : [];
  return ['README.md', ...docsPages.sort(), ...packageReadmes.sort()];
}

/** Counted apart from the extractor, so that a fence it fails to pair is noticed rather than lost. */
export function countProgramFences(markdown: string): number {
  const languages = Object.keys(PROGRAM_LANGUAGES).join('|');
  return markdown.match(new RegExp(`^[ \\t]*(\`{3,}|~{3,})[ \\t]*(${languages})\\b.*$`, 'gim'))?.length ?? 0;
}

export function extractSnippets(readme: string, markdown: string): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  for (let index = 0; index < lines.length; index++) {
    const opening = /^( *)(`{3,}|~{3,})[ \t]*([^\s`]*)/.exec(lines[index]!);
    if (!opening) continue;
    const [, indentation = '', fence = '', info = ''] = opening;
    const closing = new RegExp(`^ *${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    let end = index + 1;
    while (end < lines.length && !closing.test(lines[end]!)) end++;
    if (end === lines.length) throw new Error(`${readme}:${index + 1}: this fence is never closed`);
    const extension = PROGRAM_LANGUAGES[info.toLowerCase()];
    if (extension) {
      const indent = indentation.length;
      const code = lines
        .slice(index + 1, end)
        .map((line) => line.replace(new RegExp(`^ {0,${indent}}`), ''))
        .join('\n');
      const label = `${readme}:${index + 1}`;
      const compileOnlyBecause = compileOnlyReason(lines, index, label);
      snippets.push({
        label,
        readme,
        fenceLine: index + 1,
        extension,
        code: `${code}\n`,
        indent,
        ...(compileOnlyBecause === undefined ? {} : { compileOnlyBecause }),
        isVitestFile: /\bfrom\s+['"]vitest['"]/.test(code),
      });
    }
    index = end;
  }
  return snippets;
}

function compileOnlyReason(lines: readonly string[], fenceIndex: number, label: string): string | undefined {
  let previous = fenceIndex - 1;
  while (previous >= 0 && lines[previous]!.trim() === '') previous--;
  const marker = previous >= 0 ? COMPILE_ONLY_MARKER.exec(lines[previous]!) : null;
  if (!marker) return undefined;
  if (!marker[1]) throw new Error(`${label}: a compile-only marker must say why the block cannot run`);
  return marker[1];
}

/** Where a line and column (both 1-based) of a snippet's file stand in its README. */
export function readmeLocation(snippet: Snippet, line: number, column: number): string {
  return `${snippet.readme}:${snippet.fenceLine + line}:${snippet.indent + column}`;
}

/** `text` with every position in the snippet's file (`…/readme-line-62.ts:3:7`) replaced by its README position. */
export function pointIntoReadme(text: string, snippet: Snippet): string {
  const file = snippetFileName(snippet).replaceAll('.', '\\.');
  return text.replace(new RegExp(`[^\\s()]*/${file}:(\\d+):(\\d+)`, 'g'), (_match, line: string, column: string) =>
    readmeLocation(snippet, Number(line), Number(column)),
  );
}

/**
 * The file a snippet is written to: named after its README (`readme`, a package's folder, or
 * `docs-<page>`) and line, so a stack trace points at it too.
 */
export function snippetFileName(snippet: Snippet): string {
  const readme =
    snippet.readme === 'README.md'
      ? 'readme'
      : snippet.readme.endsWith('/README.md')
        ? snippet.readme.split('/').at(-2)
        : snippet.readme.replace(/\.md$/, '').replaceAll('/', '-');
  return `${readme}-line-${snippet.fenceLine}${snippet.isVitestFile ? '.vitest' : ''}.${snippet.extension}`;
}

/**
 * What a user of the packages compiles with: strict with exactOptionalPropertyTypes (the
 * strictest settings users turn on, so every example must hold under them), Node's own ESM resolution (so each package's
 * `exports` and the types it points at are what is checked), Node's types. Libraries' own
 * declarations are not checked here: the version matrix does that without `skipLibCheck`.
 */
const userCompilerOptions = (typeRoot: string): ts.CompilerOptions => ({
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  moduleDetection: ts.ModuleDetectionKind.Force,
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  allowJs: true,
  checkJs: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
  typeRoots: [typeRoot],
});

export interface CompileResult {
  /** Each snippet's errors, each located in its README (`README.md:139:5 TS2304 …`). */
  errorsBySnippet: Map<Snippet, string[]>;
  /** Errors that belong to no snippet: the options, or a package's types. */
  otherErrors: string[];
}

/** One program for every snippet: the packages' types are read and bound once, not once per block. */
export function compileSnippets(files: ReadonlyMap<string, Snippet>, typeRoot: string): CompileResult {
  const program = ts.createProgram([...files.keys()], userCompilerOptions(typeRoot));
  const errorsBySnippet = new Map<Snippet, string[]>([...files.values()].map((snippet) => [snippet, []]));
  const otherErrors: string[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = `TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    const snippet = diagnostic.file && files.get(diagnostic.file.fileName);
    if (snippet && diagnostic.file && diagnostic.start !== undefined) {
      const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      errorsBySnippet.get(snippet)!.push(`${readmeLocation(snippet, line + 1, character + 1)} ${message}`);
    } else {
      otherErrors.push(diagnostic.file ? `${diagnostic.file.fileName}: ${message}` : message);
    }
  }
  return { errorsBySnippet, otherErrors };
}

/** The README's text, for the count check. */
export const readReadme = (root: string, readme: string): string => readFileSync(join(root, readme), 'utf8');
