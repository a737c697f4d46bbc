// The `@example` of each module of the TypeScript reference, type-checked as a user's program:
// against the built declarations of our entry points, and with the other packages it imports
// (msw, vitest, Node's own) resolved from the documented package's folder, as from a project that
// installed it with its peers. scripts/build-docs.test.ts checks each example as rendered.
import { join } from 'node:path';
import ts from 'typescript';
import { consumerCompilerOptions } from '../support/consumer-compiler-options.mjs';
import { importName } from './typescript-reference.mjs';

/**
 * The type errors of the given examples, each `{ entry, code }` with `entry` one of `entries`;
 * an empty list when every example compiles. Each message names its example's module and line.
 */
export function exampleErrors(examples, entries) {
  const { options, errors } = ts.convertCompilerOptionsFromJson(
    {
      ...consumerCompilerOptions,
      noEmit: true,
      paths: Object.fromEntries(entries.map((entry) => [importName(entry), [entry.declarations]])),
    },
    join(import.meta.dirname, '..'),
  );
  if (errors.length) throw new Error(ts.flattenDiagnosticMessageText(errors[0].messageText, '\n'));
  // Each example is a module of its own, in a file that exists only for the compiler.
  const files = new Map(
    examples.map((example, index) => [join(example.entry.dir, `docs-example-${index}.mts`), example]),
  );
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) =>
    files.has(name)
      ? ts.createSourceFile(name, files.get(name).code, language)
      : getSourceFile(name, language, ...rest);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.readFile = (name) => (files.has(name) ? files.get(name).code : readFile(name));
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const example = diagnostic.file && files.get(diagnostic.file.fileName);
    if (!example) return `${diagnostic.file?.fileName ?? 'the program'}: ${message}`;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    return `the example of ${importName(example.entry)}, line ${line + 1}: ${message}`;
  });
}
