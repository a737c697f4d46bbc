import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every `pnpm <name>` the docs tell a reader to type runs our script of that name. pnpm runs its
// own command instead when one has the name (`pnpm docs` opens a package's homepage), so no
// script may take such a name. The built-in commands of pnpm 10 that shadow scripts:
const PNPM_BUILTINS = new Set(
  `add approve-builds audit bin cat-file cat-index config create dedupe deploy dlx docs doctor env exec fetch
   find-hash home i ignored-builds import init install install-test it licenses link list ln login logout ls
   outdated pack patch patch-commit patch-remove prune publish rb rebuild remove rm root self-update server
   setup store unlink up update why`.split(/\s+/),
);
const root = join(import.meta.dirname, '..');
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
const documents = [
  'README.md',
  'CONTRIBUTING.md',
  'ARCHITECTURE.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

describe.each(documents)('the pnpm commands %s names', (document) => {
  const commands = [...readFileSync(join(root, document), 'utf8').matchAll(/`pnpm ([a-z][\w:-]*)/g)].map(
    (match) => match[1] as string,
  );

  it('are scripts of the workspace, run as written', () => {
    const unknown = commands.filter((name) => !(name in scripts) && name !== 'install' && name !== 'exec');
    expect(unknown).toEqual([]);
  });
});

it('leaves no script shadowed by a pnpm command of the same name', () => {
  expect(Object.keys(scripts).filter((name) => PNPM_BUILTINS.has(name))).toEqual([]);
});
