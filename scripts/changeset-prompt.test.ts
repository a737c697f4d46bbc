import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@changesets/config';
import { shouldSkipPackage } from '@changesets/should-skip-package';
import { getPackages } from '@manypkg/get-packages';
import { expect, it } from 'vitest';

// `pnpm changeset` offers the packages that `changeset add` does not skip: the same filter,
// read from the same config, as the command applies before its prompt.
const root = join(import.meta.dirname, '..');

it('offers exactly the published packages, never the private ones', async () => {
  const packages = await getPackages(root);
  const config = parse(JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8')), packages);
  const offered = packages.packages
    .filter(
      (pkg) => !shouldSkipPackage(pkg, { ignore: config.ignore, allowPrivatePackages: config.privatePackages.version }),
    )
    .map((pkg) => pkg.packageJson.name)
    .sort();
  const published = readdirSync(join(root, 'packages'))
    .map((folder) => JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8')))
    .filter((manifest) => !manifest.private)
    .map((manifest) => manifest.name as string)
    .sort();
  expect(published).toContain('@workflow-clients/core');
  expect(offered).toEqual(published);
});
