// Where the specs are and how to read them, for every maintainer script.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every vendor slug with a spec, sorted. */
export function vendorSlugs(base = root) {
  return readdirSync(join(base, 'specs'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(base, 'specs', entry.name, 'openapi.yaml')))
    .map((entry) => entry.name)
    .sort();
}

export function specPath(slug, base = root) {
  return join(base, 'specs', slug, 'openapi.yaml');
}

/** The parsed spec document of one vendor. */
export function loadSpec(slug, base = root) {
  return parse(readFileSync(specPath(slug, base), 'utf8'));
}
