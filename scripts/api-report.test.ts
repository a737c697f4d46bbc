import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { entryPoints, extractApiReport } from './api-report.mjs';

// The committed API reports (packages/<name>/api-report/) are what the built packages export:
// a change to a public API that nobody re-ran `pnpm api:report` for, and so nobody reviewed,
// fails here, and so in CI.
const root = join(import.meta.dirname, '..');
const probes: string[] = [];
afterAll(() => {
  for (const probe of probes) rmSync(probe, { recursive: true, force: true });
});

it('has a report for every entry point of every published package', () => {
  const names = entryPoints().map(({ packageName, entry }) => `${packageName} ${entry}`);
  expect(names).toEqual(
    expect.arrayContaining([
      '@workflow-clients/bullmq index',
      '@workflow-clients/core index',
      '@workflow-clients/core internal',
      '@workflow-clients/msw node',
      '@workflow-clients/msw vitest',
      'workflow-clients index',
    ]),
  );
  // Every published package has its index, a vendor added later included.
  const published = readdirSync(join(root, 'packages')).filter(
    (folder) => !JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8')).private,
  );
  expect(names.filter((name) => name.endsWith(' index'))).toHaveLength(published.length);
});

it.each(entryPoints().map((entry) => [`${entry.packageName} ${entry.entry}`, entry] as const))(
  "%s: the committed report is the build's API",
  (_name, entry) => {
    const { changed, now, report, messages } = extractApiReport(entry, { check: true });
    expect(messages).toEqual([]);
    expect(changed, `${report} is stale; run pnpm api:report and review the change:\n${now}`).toBe(false);
  },
);

it('fails on an export added to a build, showing it, and leaves the committed report alone', () => {
  const wiv = entryPoints().find(({ packageName }) => packageName === '@workflow-clients/wiv');
  if (!wiv) throw new Error('no wiv package');
  // A copy beside the package's own dependencies, so it resolves them as the package does.
  const probe = mkdtempSync(join(wiv.dir, 'node_modules', '.api-report-probe-'));
  probes.push(probe);
  for (const part of ['dist', 'api-report', 'package.json'])
    cpSync(join(wiv.dir, part), join(probe, part), { recursive: true });
  const declarations = join(probe, 'dist', 'index.d.ts');
  writeFileSync(
    declarations,
    `${readFileSync(declarations, 'utf8')}\nexport declare function addedByAccident(): void;\n`,
  );
  const committed = readFileSync(join(probe, 'api-report', 'index.api.md'), 'utf8');

  const result = extractApiReport({ ...wiv, dir: probe, declarations }, { check: true });

  expect(result.changed).toBe(true);
  expect(result.now).toContain('export function addedByAccident(): void;');
  expect(readFileSync(join(probe, 'api-report', 'index.api.md'), 'utf8')).toBe(committed);
  expect(readFileSync(join(root, 'packages', 'wiv', 'api-report', 'index.api.md'), 'utf8')).toBe(committed);
});
