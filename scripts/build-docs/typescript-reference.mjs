// The TypeScript half of `pnpm docs:build`: TypeDoc over the built declaration files of every
// published entry point (what a user's editor sees), one module per entry point, named as it
// is imported. The same entry points as the committed API reports.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Application } from 'typedoc';
import { entryPoints } from '../api-report.mjs';
import { consumerCompilerOptions } from '../support/consumer-compiler-options.mjs';

const importName = ({ packageName, entry }) => (entry === 'index' ? packageName : `${packageName}/${entry}`);

/**
 * Writes the reference into `outDir`; returns each module's import name and page. Resolves
 * the declarations as a consumer does (node16 resolution, strict), with no source paths.
 */
export async function buildTypeScriptReference(outDir) {
  const entries = entryPoints();
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
        .map((entry) => `\`${importName(entry)}\``)
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
