import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Packs every package under `root`/packages into `destination` as it would be published
 * (pnpm pack turns workspace: ranges into real versions); returns the tarballs' paths.
 * @param {string} root
 * @param {string} destination
 * @returns {string[]}
 */
export function packPackages(root, destination) {
  for (const name of readdirSync(join(root, 'packages')))
    execFileSync('pnpm', ['pack', '--pack-destination', destination], {
      cwd: join(root, 'packages', name),
      stdio: 'ignore',
    });
  return readdirSync(destination).map((file) => join(destination, file));
}
