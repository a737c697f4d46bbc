#!/usr/bin/env node
// Compiles the hand-written specs into committed code, or (with --check, or when CI is set)
// verifies that the committed code is what the specs compile to, naming every stale file.
//
//   node scripts/generate.mjs types <slug>    specs/<slug>/openapi.yaml -> packages/<slug>/src/generated/openapi.ts
//                                             answer-shapes.ts (what each 2xx JSON answer must hold),
//                                             spec-facts.ts (what the client acts on: base URL,
//                                             credential, path patterns, defaults; scripts/spec-facts.mjs)
//                                             and spec-document.ts (the spec as data, for the mock)
//   node scripts/generate.mjs spec-modules    specs/*/ -> packages/msw/src/generated/index.ts (every vendor's spec
//                                             document, from the vendor package's published `/spec` subpath)
//
// CI runs generation in check mode, so a spec changed without regenerating fails the build
// instead of being silently regenerated on the CI machine.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { answerShapesModule } from './answer-shapes.mjs';
import { specFactsModule } from './spec-facts.mjs';
import { loadSpec, root, vendorSlugs } from './specs.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check') || Boolean(process.env.CI);
const [target, slug] = args.filter((a) => !a.startsWith('--'));

const header = (spec) =>
  `// Generated from ${spec} by \`pnpm generate\`. Do not edit by hand: change the spec and regenerate.\n`;

async function typesFor(vendor) {
  const spec = `specs/${vendor}/openapi.yaml`;
  const ast = await openapiTS(pathToFileURL(join(root, spec)), {
    alphabetize: false,
    exportType: false,
    immutable: false,
    // A default is what the server assumes when a field is left out, not a promise that it is sent.
    defaultNonNullable: false,
  });
  return { file: `packages/${vendor}/src/generated/openapi.ts`, text: `${header(spec)}\n${astToString(ast)}` };
}

function answerShapesFor(vendor) {
  const spec = `specs/${vendor}/openapi.yaml`;
  return {
    file: `packages/${vendor}/src/generated/answer-shapes.ts`,
    text: answerShapesModule(loadSpec(vendor), header(spec)),
  };
}

function specFactsFor(vendor) {
  const spec = `specs/${vendor}/openapi.yaml`;
  let text;
  try {
    text = specFactsModule(loadSpec(vendor), header(spec));
  } catch (error) {
    console.error(`${spec}: ${error.message}`);
    process.exit(1);
  }
  return { file: `packages/${vendor}/src/generated/spec-facts.ts`, text };
}

// The spec as data lives with its vendor and is published as its `/spec` subpath: the vendor's own
// tests mock it with the mock's engine alone, and the mock package embeds every vendor's from there.
function specDocumentFor(vendor) {
  const spec = `specs/${vendor}/openapi.yaml`;
  const document = loadSpec(vendor);
  const name = `${vendor}Spec`;
  const text =
    header(spec) +
    `\n/** The ${vendor} OpenAPI document, as the mock validates requests against it. */\n` +
    `export const ${name} = ${JSON.stringify(document, null, 2)} as const;\n` +
    `\n/** What a mock of this spec can be told to answer (\`respondWith\`): each operation id, each status it documents, and the names of that status's examples. */\n` +
    `export interface MockedOperations ${operationResponsesType(document, '')}\n`;
  return { file: `packages/${vendor}/src/generated/spec-document.ts`, text };
}

/** A `$ref` inside the document, followed; anything else as it is. */
function followRef(document, value) {
  if (!value || typeof value.$ref !== 'string' || !value.$ref.startsWith('#/')) return value;
  const target = value.$ref
    .slice(2)
    .split('/')
    .reduce((node, key) => node?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], document);
  return followRef(document, target);
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * The type of what a vendor's mock can be told to answer: for each operation id, each status
 * it documents, and the names of that status's examples (`never` where it names none).
 */
function operationResponsesType(document, indent = '  ') {
  const operations = [];
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation?.operationId) continue;
      const statuses = Object.entries(operation.responses ?? {})
        .filter(([status]) => /^\d{3}$/.test(status))
        .map(([status, reference]) => {
          const response = followRef(document, reference);
          const media = Object.entries(response?.content ?? {}).find(
            ([type]) => type === 'application/json' || type.startsWith('text/'),
          )?.[1];
          const names = Object.keys(media?.examples ?? {});
          return `${status}: ${names.length ? names.map((name) => JSON.stringify(name)).join(' | ') : 'never'}`;
        });
      operations.push(`${indent}  ${operation.operationId}: { ${statuses.join('; ')} };`);
    }
  }
  return `{\n${operations.join('\n')}\n${indent}}`;
}

async function outputs() {
  if (target === 'types' && slug)
    return [await typesFor(slug), answerShapesFor(slug), specFactsFor(slug), specDocumentFor(slug)];
  if (target === 'spec-modules') {
    const slugs = vendorSlugs();
    // Typed as the mock reads them, not as the literal documents: the package's declaration
    // files stay small, and a vendor's own tests use its literally typed spec-document.ts.
    const index =
      header('specs/*/openapi.yaml') +
      `\nimport type { OpenApiDocument } from '@workflow-clients/mock-engine';\n` +
      slugs.map((s) => `import { ${s}Spec as ${s}Document } from '@workflow-clients/${s}/spec';\n`).join('') +
      slugs
        .map(
          (s) =>
            `\n/** The ${s} OpenAPI document, as the mock serves it. */\nexport const ${s}Spec: OpenApiDocument = ${s}Document;\n`,
        )
        .join('') +
      `\n/** Every vendor's spec, by slug. */\n` +
      `export const specs = { ${slugs.map((s) => `${s}: ${s}Spec`).join(', ')} } as const;\n` +
      `\n/** What each vendor's mock can be told to answer (\`respondWith\`): each operation id, each status it documents, and the names of that status's examples. */\n` +
      `export interface MockedOperations {\n${slugs.map((s) => `  ${s}: ${operationResponsesType(loadSpec(s))};`).join('\n')}\n}\n`;
    return [{ file: 'packages/msw/src/generated/index.ts', text: index }];
  }
  console.error('usage: generate.mjs types <slug> | spec-modules [--check]');
  process.exit(2);
}

const stale = [];
for (const { file, text } of await outputs()) {
  const path = join(root, file);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === text) continue;
  if (check) {
    stale.push(file);
  } else {
    mkdirSync(dirname(path), { recursive: true });
    // Whole or not at all: another package's tests may be importing the file as it changes.
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
    console.log(`wrote ${relative(process.cwd(), path)}`);
  }
}
if (stale.length) {
  console.error(
    `Generated code is stale (run \`pnpm generate\` and commit the result):\n${stale.map((f) => `  ${f}`).join('\n')}`,
  );
  process.exit(1);
}
if (check) console.log('generated code is current');
