// Which published packages a set of spec changes reaches, the bump each needs, and which of the
// changesets added since the base record it.
import { maxBump, RANK } from './classify.mjs';

export const MSW = '@workflow-clients/msw';
export const FACADE = 'workflow-clients';
export const vendorPackage = (slug) => `@workflow-clients/${slug}`;

/**
 * Settles each spec's changes the classifier could not classify (`review`): a changeset added
 * for the vendor's package with a "Classified by hand:" line settles them at the bump it asks
 * for (at least the spec's own). Returns the specs with `bump` raised to it and `review` left
 * true only where nothing settled them.
 */
export function settleReviews(specs, added) {
  return specs.map((spec) => {
    if (!spec.review) return spec;
    const name = vendorPackage(spec.slug);
    const verdicts = added
      .filter((c) => c.classifiedByHand)
      .flatMap((c) => c.releases.filter((r) => r.name === name).map((r) => ({ file: c.file, type: r.type })));
    if (!verdicts.length) return spec;
    const bump = verdicts.reduce((m, v) => maxBump(m, v.type), spec.bump);
    return { ...spec, bump, review: false, classifiedIn: verdicts.map((v) => v.file) };
  });
}

/** From per-spec results `[{ slug, bump, review? }]`: `[{ name, required, review }]`, vendors first, by name. */
export function affectedPackages(specs) {
  const changed = specs.filter((s) => s.bump !== 'none');
  if (!changed.length) return [];
  const packages = changed
    .map((s) => ({ name: vendorPackage(s.slug), required: s.bump, review: s.review === true }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const highest = changed.reduce((m, s) => maxBump(m, s.bump), 'none');
  // The mock embeds every spec whole, so even a reworded description changes what it ships.
  packages.push({ name: MSW, required: highest, review: false });
  // The facade re-exports each vendor's types; a patch-only change reaches it through its
  // dependencies, and changesets bumps dependents by itself.
  if (RANK[highest] >= RANK.minor) packages.push({ name: FACADE, required: highest, review: false });
  return packages;
}

/**
 * Adds to each package what the changesets added since the base record for it: the highest bump
 * (`recorded`), the files that reach the required one (`changesets`), and whether that covers it.
 * A package whose changes wait for a person's classification is never covered.
 */
export function coverage(packages, added) {
  return packages.map(({ name, required, review }) => {
    let recorded = 'none';
    const files = [];
    for (const { file, releases } of added)
      for (const release of releases)
        if (release.name === name) {
          recorded = maxBump(recorded, release.type);
          if (RANK[release.type] >= RANK[required] && !files.includes(file)) files.push(file);
        }
    return { name, required, recorded, changesets: files, review, covered: !review && files.length > 0 };
  });
}
