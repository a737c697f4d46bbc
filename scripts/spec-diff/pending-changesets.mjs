// The releases already asked for: the pending changesets at the head of the comparison, read the
// way `changeset version` will read them.
import parseChangeset from '@changesets/parse';
import { maxBump } from './classify.mjs';

/** Every pending changeset of `source` (see source.mjs): `.changeset/*.md` but its README. */
export function readChangesets(source) {
  return source
    .files('.changeset')
    .filter((path) => /^\.changeset\/[^/]+\.md$/.test(path) && path !== '.changeset/README.md')
    .sort()
    .map((file) => {
      try {
        return { file, releases: parseChangeset(source.read(file)).releases };
      } catch (error) {
        throw new Error(`cannot read the changeset ${file}: ${error.message}`);
      }
    });
}

/** Per package name, the highest bump the changesets ask for ('none' included, as changesets allows it). */
export function pendingBumps(changesets) {
  const pending = {};
  for (const { releases } of changesets)
    for (const { name, type } of releases) pending[name] = maxBump(pending[name] ?? 'none', type);
  return pending;
}
