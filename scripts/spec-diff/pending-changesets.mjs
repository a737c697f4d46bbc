// The releases a change records: the changesets added since the base (or raised since it), read
// the way `changeset version` will read them. Changesets already pending at the base record
// earlier changes, so they cover nothing new: a spec change is released with a line about it.
import parseChangeset from '@changesets/parse';
import { RANK } from './classify.mjs';

// The line a changeset carries when a person classified a change the classifier could not.
const CLASSIFIED_BY_HAND = /^\s*classified by hand\s*:\s*\S/im;

/** Every changeset of `source` (see source.mjs): `.changeset/*.md` but its README. */
export function readChangesets(source) {
  return source
    .files('.changeset')
    .filter((path) => /^\.changeset\/[^/]+\.md$/.test(path) && path !== '.changeset/README.md')
    .sort()
    .map((file) => {
      try {
        const { releases, summary } = parseChangeset(source.read(file));
        return { file, releases, classifiedByHand: CLASSIFIED_BY_HAND.test(summary) };
      } catch (error) {
        throw new Error(`cannot read the changeset ${file}: ${error.message}`);
      }
    });
}

/**
 * The changesets of `after` that record something new since `before`: a file added, or the
 * releases of an edited one that it raised (a package added, or a bump made larger).
 */
export function addedChangesets(before, after) {
  const earlier = new Map(before.map((c) => [c.file, c]));
  const added = [];
  for (const changeset of after) {
    const old = earlier.get(changeset.file);
    if (!old) {
      added.push(changeset);
      continue;
    }
    const had = Object.fromEntries(old.releases.map((r) => [r.name, r.type]));
    const raised = changeset.releases.filter((r) => RANK[r.type] > RANK[had[r.name] ?? 'none']);
    if (raised.length)
      added.push({
        ...changeset,
        releases: raised,
        classifiedByHand: changeset.classifiedByHand && !old.classifiedByHand,
      });
  }
  return added;
}
