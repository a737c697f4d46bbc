import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { mswCells, nodeVersions, testedVersionsTable } from './test-matrix/versions.mjs';

// The matrix itself runs as part of pnpm test:all; these check that what the docs say it tests
// (docs/runtimes-and-versions.md) is what it tests, and that a cell cannot pass on the wrong Node.
const root = join(import.meta.dirname, '..');

it("the docs' Tested versions section is the matrix's own list", () => {
  const page = readFileSync(join(root, 'docs/runtimes-and-versions.md'), 'utf8');
  const section = page.match(/<!-- tested-versions[^>]*-->\n([\s\S]*?)\n<!-- \/tested-versions -->/)?.[1];
  expect(section).toBe(testedVersionsTable());
});

it('runs msw on a Node that the msw version supports', () => {
  for (const { msw, node } of mswCells) {
    expect(nodeVersions).toContain(node);
    if (msw.startsWith('3.')) expect(Number(node.split('.')[0])).toBeGreaterThanOrEqual(22);
  }
});

it("refuses to run a package's tests on another Node than the matrix cell asked for", () => {
  const vitest = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run'], {
    cwd: join(root, 'packages/core'),
    encoding: 'utf8',
    env: { ...process.env, WORKFLOW_CLIENTS_TEST_NODE: '0.0.1' },
  });
  expect(vitest.status).not.toBe(0);
  expect(`${vitest.stdout}${vitest.stderr}`).toContain(
    `pnpm test:matrix asked for Node 0.0.1, but this is Node ${process.versions.node}`,
  );
});
