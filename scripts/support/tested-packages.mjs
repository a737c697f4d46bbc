import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The workspace packages under `root`/packages whose tests write a report: every package with a
 * `test` script. The mock's engine has none: its tests are the mock's, which need every vendor's
 * spec, and the engine must not depend on the vendors.
 * @param {string} root
 * @returns {string[]} each package's folder, relative to `root`
 */
export function testedPackages(root) {
  return readdirSync(join(root, 'packages'))
    .map((name) => join('packages', name))
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .filter((dir) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')).scripts?.test);
}
