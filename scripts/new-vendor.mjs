#!/usr/bin/env node
// `pnpm new-vendor <slug> [--name "Display Name"]`: scaffolds a vendor that passes lint,
// type-check and tests before any real content is added: the spec skeleton, the package
// with its client, provider and tests, and its registration in Redocly, the facade's registry
// (the one list of vendors), the demo and the reliability tests. Core is not touched: a vendor
// declares itself in its own package. Then installs and generates. Every edit of an existing file is anchored
// on text it must find, so a changed file fails loudly instead of being mis-edited.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { coreReExport } from './core-api.mjs';
import {
  clientTemplate,
  errorTemplate,
  indexTemplate,
  internalTemplate,
  providerTemplate,
  providerTestTemplate,
  readmeTemplate,
  specEntryTemplate,
  typesTestTemplate,
} from './new-vendor/package-templates.mjs';
import { specTemplate } from './new-vendor/spec-template.mjs';
import { root as repoRoot, vendorSlugs } from './specs.mjs';

const SLUG = /^[a-z][a-z0-9]{1,30}$/;

export function namesFor(slug, displayName) {
  const name = displayName ?? slug.charAt(0).toUpperCase() + slug.slice(1);
  const pascal = name
    .replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''))
    .replace(/^./, (c) => c.toUpperCase());
  return {
    slug,
    name,
    pascal,
    camel: pascal.charAt(0).toLowerCase() + pascal.slice(1),
    envVar: `${slug.toUpperCase()}_API_KEY`,
  };
}

function insertAfter(file, anchor, text) {
  const content = readFileSync(file, 'utf8');
  if (!content.includes(anchor))
    throw new Error(`new-vendor: ${file} no longer contains ${JSON.stringify(anchor)}; update scripts/new-vendor.mjs`);
  writeFileSync(file, content.replace(anchor, `${anchor}${text}`));
}

/** Adds a workspace dependency to a manifest, keeping its dependencies sorted. */
function addDependency(file, field, name, range = 'workspace:*') {
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest[field] = Object.fromEntries(
    Object.entries({ ...manifest[field], [name]: range }).sort(([a], [b]) => a.localeCompare(b)),
  );
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** `workflow-clients/<slug>`: the vendor alone through the facade, from ESM and CommonJS. */
function addFacadeSubpath(root, slug) {
  const facade = join(root, 'packages/workflow-clients');
  writeFileSync(
    join(facade, 'src/vendors', `${slug}.ts`),
    `// \`workflow-clients/${slug}\`: this vendor alone, so a bundle that imports it carries no other vendor.\nexport * from '@workflow-clients/${slug}';\n`,
  );
  const manifest = JSON.parse(readFileSync(join(facade, 'package.json'), 'utf8'));
  const { '.': main, './package.json': self, ...subpaths } = manifest.exports;
  subpaths[`./${slug}`] = {
    import: { types: `./dist/vendors/${slug}.d.ts`, default: `./dist/vendors/${slug}.js` },
    require: { types: `./dist/vendors/${slug}.d.cts`, default: `./dist/vendors/${slug}.cjs` },
  };
  manifest.exports = { '.': main, ...subpaths, './package.json': self };
  writeFileSync(join(facade, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Refuses a bad or taken slug before touching anything; returns the names used. */
export function checkSlug(slug, root = repoRoot) {
  if (!slug || !SLUG.test(slug))
    throw new Error(
      `new-vendor: the slug must match ${SLUG.source} (lower-case letters and digits), got ${JSON.stringify(slug ?? '')}`,
    );
  if (vendorSlugs(root).includes(slug) || existsSync(join(root, 'packages', slug)))
    throw new Error(`new-vendor: ${slug} already exists`);
}

export function scaffold(slug, displayName, root = repoRoot) {
  checkSlug(slug, root);
  const names = namesFor(slug, displayName);
  const pkg = join(root, 'packages', slug);
  mkdirSync(join(root, 'specs', slug), { recursive: true });
  writeFileSync(join(root, 'specs', slug, 'openapi.yaml'), specTemplate(names));

  mkdirSync(join(pkg, 'src'), { recursive: true });
  for (const file of ['tsconfig.json', 'tsup.config.ts', 'vitest.config.ts'])
    copyFileSync(join(root, 'packages/wiv', file), join(pkg, file));
  // Its turbo tasks read its own spec only, so editing another vendor's spec leaves its build cached.
  writeFileSync(
    join(pkg, 'turbo.json'),
    readFileSync(join(root, 'packages/wiv/turbo.json'), 'utf8').replaceAll('specs/wiv/', `specs/${slug}/`),
  );
  const manifest = JSON.parse(readFileSync(join(root, 'packages/wiv/package.json'), 'utf8'));
  manifest.name = `@workflow-clients/${slug}`;
  manifest.version = '0.0.0';
  manifest.description = `Typed client for the ${names.name} run-workflow API, generated from a hand-written OpenAPI 3.1 spec.`;
  manifest.scripts.generate = `node ../../scripts/generate.mjs types ${slug}`;
  writeFileSync(join(pkg, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const files = {
    [`${slug}-client.ts`]: clientTemplate,
    [`${slug}-error.ts`]: errorTemplate,
    [`${slug}-provider.ts`]: providerTemplate,
    'index.ts': indexTemplate,
    'internal.ts': internalTemplate,
    'spec.ts': specEntryTemplate,
    [`${slug}-provider.test.ts`]: providerTestTemplate,
    [`${slug}-types.test-d.ts`]: typesTestTemplate,
  };
  // The index hands on core's public API by name, as it stands in this checkout.
  const templateNames = { ...names, coreReExport: coreReExport(root) };
  for (const [file, template] of Object.entries(files)) writeFileSync(join(pkg, 'src', file), template(templateNames));
  // What npm shows of the package: its README and the repository's licence.
  writeFileSync(join(pkg, 'README.md'), readmeTemplate(names));
  copyFileSync(join(root, 'LICENSE'), join(pkg, 'LICENSE'));
  // The release it starts, with the bumps the spec diff's gate asks of a new vendor.
  writeFileSync(
    join(root, '.changeset', `new-vendor-${slug}.md`),
    `---\n"@workflow-clients/${slug}": minor\n"@workflow-clients/msw": minor\n"workflow-clients": minor\n---\n\n${names.name}: a new vendor, \`@workflow-clients/${slug}\`, offered by \`createWorkflowClient({ vendor: '${slug}' })\` and mocked by \`@workflow-clients/msw\`.\n`,
  );

  insertAfter(join(root, 'redocly.yaml'), 'apis:\n', `  ${slug}:\n    root: specs/${slug}/openapi.yaml\n`);
  const registry = join(root, 'packages/workflow-clients/src/vendor-registry.ts');
  insertAfter(
    registry,
    "import type { ClientOptions } from '@workflow-clients/core';\n",
    `import { create${names.pascal}Provider, type ${names.pascal}Provider } from '@workflow-clients/${slug}';\nimport { ${names.camel}Definition } from '@workflow-clients/${slug}/internal';\n`,
  );
  insertAfter(registry, 'export interface ProviderByVendor {\n', `  ${slug}: ${names.pascal}Provider;\n`);
  // Its module pages in the TypeScript reference open as Wiv's do: the scaffold has Wiv's shape.
  const modules = join(root, 'scripts/build-docs/modules.md');
  const modulesText = readFileSync(modules, 'utf8');
  const wivSections = ['@workflow-clients/wiv', '@workflow-clients/wiv/spec', 'workflow-clients/wiv'].map((name) => {
    const start = modulesText.indexOf(`## \`${name}\``);
    const end = modulesText.indexOf('\n## ', start + 1);
    return modulesText.slice(start, end === -1 ? undefined : end + 1);
  });
  writeFileSync(
    modules,
    `${modulesText.trimEnd()}\n\n${wivSections
      .map((section) =>
        section.replaceAll('WIV', slug.toUpperCase()).replaceAll('Wiv', names.pascal).replaceAll('wiv', slug).trimEnd(),
      )
      .join('\n\n')}\n`,
  );
  // The list the compiler's message for a vendor that is not one names, in order.
  const registrySource = readFileSync(registry, 'utf8');
  const listed = registrySource.replace(/(export type VendorList = '[^']*)'/, `$1, ${slug}'`);
  if (listed === registrySource) throw new Error(`${registry}: no VendorList to add ${slug} to`);
  writeFileSync(registry, listed);
  insertAfter(
    registry,
    ' = {\n',
    `  ${slug}: { definition: ${names.camel}Definition, create: create${names.pascal}Provider },\n`,
  );
  // Exact, as the facade's other vendors: it builds on the vendor's ./internal.
  addDependency(join(root, 'packages/workflow-clients/package.json'), 'dependencies', `@workflow-clients/${slug}`);
  addFacadeSubpath(root, slug);
  insertAfter(
    join(root, 'examples/demo-runs.mjs'),
    'export const demoRuns = {\n',
    `  ${slug}: ['wf_123', { customer: 'Ada' }],\n`,
  );
  // The scaffold's spec names its run operation runWorkflow.
  insertAfter(join(root, 'examples/demo-runs.mjs'), 'export const runOperations = {\n', `  ${slug}: 'runWorkflow',\n`);
  // The fault matrix, the bad-input properties and the soak run every registered vendor.
  const vendorCases = join(root, 'tests/support/vendor-cases.ts');
  insertAfter(
    vendorCases,
    "import type { RegisteredVendor } from 'workflow-clients';\n",
    `import { create${names.pascal}Client } from '@workflow-clients/${slug}';\nimport { ${names.camel}Definition } from '@workflow-clients/${slug}/internal';\n`,
  );
  insertAfter(
    vendorCases,
    'export const vendorCases: Record<RegisteredVendor, VendorCase> = {\n',
    `  ${slug}: { apiKey: '${slug.slice(0, 3)}SECRETkey0${slug.slice(0, 3)}1', workflowId: 'wf_123', validIds: /^[A-Za-z0-9_-]{1,40}$/, idempotent: false, raw: raw(${names.camel}Definition, create${names.pascal}Client, '/workflows/{workflow_id}/run', 'workflow_id', { input: {} }) },\n`,
  );
  // The suites that run every operation of every vendor (the User-Agent suite, the attack
  // suites) call the scaffold's one operation as its provider does.
  insertAfter(
    join(root, 'tests/support/operations.ts'),
    'export const operationCases: OperationCase[] = [\n',
    `  operation('${slug}', 'runWorkflow', 'run', true, (client) => client.run('wf_123', { order: 1 })),\n`,
  );
  addDependency(join(root, 'tests/package.json'), 'devDependencies', `@workflow-clients/${slug}`);
  // The mock package embeds each vendor's spec document from its `/spec` subpath, so it builds after them.
  addDependency(join(root, 'packages/msw/package.json'), 'devDependencies', `@workflow-clients/${slug}`, 'workspace:*');
  addReliabilityColumn(join(root, 'docs/reliability.md'), names.name);
  return names;
}

/**
 * The Reliability tables of docs/reliability.md gain the new vendor's column. A scaffolded
 * vendor does not deduplicate by idempotency key and cannot read a run back, so the tests expect
 * of it what they expect of Wiv (the first vendor column until now); the reliability-table test
 * checks it.
 */
function addReliabilityColumn(page, name) {
  let text = readFileSync(page, 'utf8');
  for (const marker of ['reliability-table', 'waits-table']) {
    const match = new RegExp(`(<!-- ${marker}:start -->\\n)([\\s\\S]*?)(\\n<!-- ${marker}:end -->)`).exec(text);
    if (!match) throw new Error(`new-vendor: the ${marker} markers are missing from docs/reliability.md`);
    const rows = match[2].split('\n').map((row, index) => {
      const cells = row.split('|');
      const added = index === 0 ? ` ${name} ` : index === 1 ? '---' : cells[2];
      // The registry lists a new vendor first, and so does the table the test generates.
      return [...cells.slice(0, 2), added, ...cells.slice(2)].join('|');
    });
    text = text.replace(match[0], `${match[1]}${rows.join('\n')}${match[3]}`);
  }
  writeFileSync(page, text);
}

function install(root, slug) {
  // Generation must write, not check, even where CI is set; the lockfile gains the package.
  const env = { ...process.env, CI: '' };
  try {
    execFileSync('pnpm', ['install', '--offline', '--no-frozen-lockfile'], { cwd: root, stdio: 'inherit', env });
  } catch {
    execFileSync('pnpm', ['install', '--no-frozen-lockfile'], { cwd: root, stdio: 'inherit', env });
  }
  execFileSync('pnpm', ['generate'], { cwd: root, stdio: 'inherit', env });
  // The templates and the lines added to shared files, in the tree's format and import order.
  const touched = [
    `packages/${slug}`,
    'packages/workflow-clients/src/vendor-registry.ts',
    'tests/support/vendor-cases.ts',
    'tests/support/operations.ts',
    'examples/demo-runs.mjs',
  ];
  execFileSync('pnpm', ['exec', 'biome', 'check', '--write', ...touched], { cwd: root, stdio: 'inherit', env });
  // The new package's API report, and the facade's that now offers it: `pnpm test` holds every
  // report to its build, so a scaffold without them would fail it before any edit.
  execFileSync('pnpm', ['build'], { cwd: root, stdio: 'inherit', env });
  execFileSync('node', ['scripts/api-report.mjs'], { cwd: root, stdio: 'inherit', env });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [slug, ...rest] = process.argv.slice(2);
  const nameAt = rest.indexOf('--name');
  try {
    const names = scaffold(slug, nameAt >= 0 ? rest[nameAt + 1] : undefined);
    install(repoRoot, slug);
    console.log(
      `Scaffolded ${names.name}: specs/${slug}/openapi.yaml and packages/${slug}; \`pnpm test\` passes as it stands. Replace the TODOs, then pnpm generate && pnpm build && pnpm api:report && pnpm test.`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
