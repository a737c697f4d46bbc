// Which published packages a set of spec changes reaches, the bump each needs, and whether the
// pending changesets already ask for it.
import { maxBump, RANK } from './classify.mjs';

export const MSW = '@workflow-clients/msw';
export const FACADE = 'workflow-clients';
export const vendorPackage = (slug) => `@workflow-clients/${slug}`;

/** From per-spec results `[{ slug, bump }]`: `[{ name, required }]`, vendors first, by name. */
export function affectedPackages(specs) {
  const changed = specs.filter((s) => s.bump !== 'none');
  if (!changed.length) return [];
  const packages = changed
    .map((s) => ({ name: vendorPackage(s.slug), required: s.bump }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const highest = changed.reduce((m, s) => maxBump(m, s.bump), 'none');
  // The mock embeds every spec whole, so even a reworded description changes what it ships.
  packages.push({ name: MSW, required: highest });
  // The facade re-exports each vendor's types; a patch-only change reaches it through its
  // dependencies, and changesets bumps dependents by itself.
  if (RANK[highest] >= RANK.minor) packages.push({ name: FACADE, required: highest });
  return packages;
}

/** Adds to each package the bump pending for it and whether that covers the one required. */
export function coverage(packages, pending) {
  return packages.map(({ name, required }) => {
    const have = pending[name] ?? 'none';
    return { name, required, pending: have, covered: RANK[have] >= RANK[required] };
  });
}
