import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Packs every published package under `root`/packages into `destination` as it would be
 * published (pnpm pack turns workspace: ranges into real versions); returns the tarballs' paths.
 * A private package (the mock's engine) is never installed: the package that uses it bundles it.
 * @param {string} root
 * @param {string} destination
 * @returns {string[]}
 */
export function packPackages(root, destination) {
  for (const name of readdirSync(join(root, 'packages')).filter(
    (folder) => !JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8')).private,
  ))
    execFileSync('pnpm', ['pack', '--pack-destination', destination], {
      cwd: join(root, 'packages', name),
      stdio: 'ignore',
    });
  return readdirSync(destination).map((file) => join(destination, file));
}
