import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// A `// @ts-expect-error` is satisfied by any error on its next line, so a spec change can leave it
// passing for an unrelated one. Hence the convention for type tests (*.test-d.ts): the directive
// names its error by one or more fragments in backticks, each of which must occur in the message
// TypeScript reports on the next line, as in
//   // @ts-expect-error run_input is required: `Property 'run_input' is missing`
// A fragment should single the error out: a quoted property name, a path, `Expected 2 arguments`.
const root = join(import.meta.dirname, '..');
const DIRECTIVE = '@ts-expect-error';
// Not a directive any more, and the same number of lines, so positions stay comparable.
const NEUTRAL = 'ts-expect-removed';

interface Directive {
  line: number; // 0-based, like TypeScript's line numbers
  text: string;
  fragments: string[];
}

function directives(text: string): Directive[] {
  return text.split('\n').flatMap((source, line) => {
    const at = source.indexOf(DIRECTIVE);
    if (at < 0) return [];
    const reason = source
      .slice(at + DIRECTIVE.length)
      .replace(/\*\/\s*$/, '')
      .trim();
    return [{ line, text: reason, fragments: [...reason.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '') }];
  });
}

const packages = readdirSync(join(root, 'packages'))
  .map((name) => ({ name, dir: join(root, 'packages', name) }))
  .map(({ name, dir }) => ({
    name,
    dir,
    typeTests: readdirSync(join(dir, 'src'))
      .filter((name) => name.endsWith('.test-d.ts'))
      .map((name) => join(dir, 'src', name)),
  }))
  .filter(({ typeTests }) => typeTests.length > 0);

const message = (diagnostic: ts.Diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
const oneLine = (diagnostic: ts.Diagnostic) => message(diagnostic).replace(/\s*\n\s*/g, ' ');

function where(diagnostic: ts.Diagnostic): string {
  if (!diagnostic.file || diagnostic.start === undefined) return '(no file)';
  const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${relative(root, diagnostic.file.fileName)}:${line + 1}`;
}

interface Compiled {
  program: ts.Program;
  sourceFile(path: string): ts.SourceFile;
  // Everything the compiler reports, before the directives (or anything else) excuse it.
  diagnostics(): readonly ts.Diagnostic[];
}

function compile(dir: string, typeTests: string[]): Compiled {
  const configErrors: ts.Diagnostic[] = [];
  const config = ts.getParsedCommandLineOfConfigFile(
    join(dir, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => configErrors.push(diagnostic) },
  );
  if (!config) throw new Error(`${relative(root, dir)}/tsconfig.json: ${configErrors.map(oneLine).join('; ')}`);
  const neutralised = new Map(
    typeTests.map((path) => [resolve(path), readFileSync(path, 'utf8').replaceAll(DIRECTIVE, NEUTRAL)]),
  );
  const host = ts.createCompilerHost(config.options, true);
  const { readFile, getSourceFile } = host;
  host.readFile = (fileName) => neutralised.get(resolve(fileName)) ?? readFile.call(host, fileName);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = neutralised.get(resolve(fileName));
    return text === undefined
      ? getSourceFile.call(host, fileName, languageVersion, onError, shouldCreate)
      : ts.createSourceFile(fileName, text, languageVersion, true);
  };
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host });
  return {
    program,
    sourceFile(path) {
      const file = program.getSourceFile(path);
      if (!file) throw new Error(`${relative(root, path)} is not in ${relative(root, dir)}/tsconfig.json`);
      return file;
    },
    diagnostics: () => [
      ...config.errors,
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...program.getSyntacticDiagnostics(),
      ...program.getSemanticDiagnostics(),
    ],
  };
}

const compiled = new Map<string, Compiled>();
function compiledFor(dir: string, typeTests: string[]): Compiled {
  let entry = compiled.get(dir);
  if (!entry) {
    entry = compile(dir, typeTests);
    compiled.set(dir, entry);
  }
  return entry;
}

for (const { name, dir, typeTests } of packages) {
  describe(`type tests of packages/${name}`, () => {
    it.each(typeTests.map((path) => relative(root, path)))(
      '%s: every @ts-expect-error names the error it expects',
      (path) => {
        const { program, sourceFile } = compiledFor(dir, typeTests);
        const file = sourceFile(join(root, path));
        const found = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
        const failures = directives(readFileSync(join(root, path), 'utf8')).flatMap((directive) => {
          const next = found.filter(
            (d) => d.start !== undefined && file.getLineAndCharacterOfPosition(d.start).line === directive.line + 1,
          );
          const messages = next.map(message);
          const got = next.length > 0 ? next.map(oneLine).join(' | ') : 'no error on the next line';
          const culprit = `${path}:${directive.line + 1}: ${directive.text} — got: ${got}`;
          if (directive.fragments.length === 0) {
            return [`${culprit} (name the expected error by a fragment of its message in backticks)`];
          }
          const missing = directive.fragments.filter((fragment) => !messages.some((text) => text.includes(fragment)));
          return messages.length === 0 || missing.length > 0 ? [culprit] : [];
        });
        expect(failures).toEqual([]);
      },
    );

    it('has no errors but those the directives expect', () => {
      const { diagnostics } = compiledFor(dir, typeTests);
      const expected = new Map(
        typeTests.map((path) => [
          resolve(path),
          new Set(directives(readFileSync(path, 'utf8')).map((directive) => directive.line + 1)),
        ]),
      );
      const unrelated = diagnostics()
        .filter((d) => {
          if (!d.file || d.start === undefined) return true;
          const lines = expected.get(resolve(d.file.fileName));
          return !lines?.has(d.file.getLineAndCharacterOfPosition(d.start).line);
        })
        .map((d) => `${where(d)}: ${oneLine(d)}`);
      expect(unrelated).toEqual([]);
    });
  });
}
