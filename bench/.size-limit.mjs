import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The bundle budgets (min+gz, everything one import pulls in), read from the workspace: every
// vendor package is measured, a vendor added by `pnpm new-vendor` included. Raising a budget is
// a decision: say why in the commit that does it. (The last raise, about 1.8 kB a vendor, paid
// for what an attack on the newer features found missing: redaction of a credential in any
// encoding, options read as own properties only (so a polluted Object.prototype steers no call),
// headers the HTTP stack writes refused, one bound on a whole call (totalTimeoutMs) and on every
// wait, calls that end once for hooks and spans after their 2xx is checked, and checked run ids;
// then about 0.1 kB for what a run queue builds on: maxRetries per call, a call that only checks
// its input, and the pace of a follow as steps; then 0.1 to 0.2 kB for the facts each client now
// reads from its spec's generated spec-facts.ts (its path patterns as RegExp literals, its
// parameters' defaults and bounds) instead of the few copied by hand; then about 0.3 kB for an
// error class per code (fourteen subclasses, so that a caller can narrow an error) and whole-ms
// durations in hook events (measured: wiv 14.77, interactly 18.15, facade 21.63 kB).
// The one before paid for hooks and a logger on every client, about 0.8 kB a vendor, a User-Agent,
// 0.25 kB, and, where a vendor reads runs back, handles and listings of runs, about 1 kB more;
// the one before that, about 0.5 kB a vendor, for a transport that builds no Request of its own.)

/** Each vendor's budget, a little above what it measures today. */
const vendorBudgetsKb = { wiv: 15.0, interactly: 18.4, embedworkflow: 17.3, aitutor: 16.1, altostrat: 18.5 };
/** A new vendor's scaffold has Wiv's shape, so it starts from Wiv's budget. */
const newVendorBudgetKb = vendorBudgetsKb.wiv;
/** The facade with the five vendors above, and what one more vendor may add to it. */
const facadeBudgetKb = 21.9;
const perAddedVendorKb = 1.5;

const packagesDir = join(import.meta.dirname, '../packages');
const vendors = readdirSync(packagesDir)
  .filter((slug) => existsSync(join(packagesDir, slug, 'src', `${slug}-provider.ts`)))
  .map((slug) => {
    const index = readFileSync(join(packagesDir, slug, 'src', 'index.ts'), 'utf8');
    const factory = /\bcreate\w+Provider\b/.exec(index)?.[0];
    if (!factory) throw new Error(`.size-limit.mjs: packages/${slug}/src/index.ts exports no create…Provider`);
    return { slug, factory };
  });
const added = vendors.filter(({ slug }) => !(slug in vendorBudgetsKb)).length;

export default [
  ...vendors.map(({ slug, factory }) => ({
    name: `${slug}: ${factory}`,
    path: `../packages/${slug}/dist/index.js`,
    import: `{ ${factory} }`,
    gzip: true,
    limit: `${vendorBudgetsKb[slug] ?? newVendorBudgetKb} kB`,
  })),
  // One vendor through the facade's subpath is that vendor's package and nothing more, within
  // the same budget: a subpath that pulled in the other vendors would be several kB over it.
  ...vendors.map(({ slug, factory }) => ({
    name: `workflow-clients/${slug}: ${factory}`,
    path: `../packages/workflow-clients/dist/vendors/${slug}.js`,
    import: `{ ${factory} }`,
    gzip: true,
    limit: `${vendorBudgetsKb[slug] ?? newVendorBudgetKb} kB`,
  })),
  {
    name: `workflow-clients: createWorkflowClient (all ${vendors.length} vendors)`,
    path: '../packages/workflow-clients/dist/index.js',
    import: '{ createWorkflowClient }',
    gzip: true,
    limit: `${(facadeBudgetKb + added * perAddedVendorKb).toFixed(1)} kB`,
  },
  {
    name: 'baseline: openapi-fetch alone',
    path: 'size/openapi-fetch-baseline.js',
    import: '{ createClient }',
    gzip: true,
    limit: '2.7 kB',
  },
];
