import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staleness, writeStamp } from '../build-stamp.js';
import { checkFreshBuilds } from '../vitest.fresh-builds.js';

// The stale-build guard every package's tests start with (vitest.fresh-builds.ts): a build is
// trusted only while nothing it read has changed: its own sources, or a workspace package it
// bundles (the mock package bundles its engine, used from source, and each vendor's built `/spec`).
const workspace = mkdtempSync(join(tmpdir(), 'wc-stamp-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(workspace, path)), { recursive: true });
  writeFileSync(join(workspace, path), text);
};
const manifest = (name: string, fields: object = {}) => JSON.stringify({ name, ...fields });

write('packages/vendor/package.json', manifest('vendor', { scripts: { build: 'tsup' } }));
write('packages/vendor/src/spec.ts', 'export const vendorSpec = { openapi: "3.1.0" } as const;\n');
write('packages/engine/package.json', manifest('engine'));
write('packages/engine/src/index.ts', 'export const serve = 1;\n');
write('packages/helper/package.json', manifest('helper'));
write('packages/helper/src/index.ts', 'export const help = 1;\n');
write(
  'packages/mock/package.json',
  manifest('mock', {
    scripts: { build: 'tsup' },
    devDependencies: { vendor: 'workspace:*', engine: 'workspace:*', helper: 'workspace:*' },
  }),
);
write('packages/mock/tsup.config.ts', 'export default {};\n');
write('packages/mock/src/index.ts', "export { vendorSpec } from 'vendor/spec';\nexport { serve } from 'engine';\n");
write('packages/mock/src/index.test.ts', "import { help } from 'helper';\nit('passes', () => help);\n");
const mock = join(workspace, 'packages/mock');
const vendor = join(workspace, 'packages/vendor');
mkdirSync(join(vendor, 'dist'));
writeStamp(vendor);

describe('staleness of a build', () => {
  it('is "not built" until a build writes dist/ and its stamp', () => {
    expect(staleness(mock)).toBe('it has not been built');
    mkdirSync(join(mock, 'dist'));
    writeStamp(mock);
    expect(staleness(mock)).toBeUndefined();
  });

  it('ignores test files, which no build reads, and the packages only they import', () => {
    write('packages/mock/src/index.test.ts', "import { help } from 'helper';\nit('still passes', () => help);\n");
    write('packages/helper/src/index.ts', 'export const help = 2;\n');
    expect(staleness(mock)).toBeUndefined();
  });

  it("is stale after an edit to the package's own sources, until the next build", () => {
    write(
      'packages/mock/src/index.ts',
      "export { vendorSpec } from 'vendor/spec';\nexport { serve } from 'engine';\n//\n",
    );
    expect(staleness(mock)).toBe('its sources changed since it was built');
    writeStamp(mock);
    expect(staleness(mock)).toBeUndefined();
  });

  it('is stale after an edit to a package it bundles from source', () => {
    write('packages/engine/src/index.ts', 'export const serve = 2;\n');
    expect(staleness(mock)).toBe('its sources changed since it was built');
    writeStamp(mock);
    expect(staleness(mock)).toBeUndefined();
  });

  it('is stale once a built package it bundles is built again from other sources', () => {
    write('packages/vendor/src/spec.ts', 'export const vendorSpec = { openapi: "3.1.1" } as const;\n');
    // The vendor's own build is stale now; the mock's is too once the vendor is built again.
    expect(staleness(vendor)).toBe('its sources changed since it was built');
    writeStamp(vendor);
    expect(staleness(mock)).toBe('its sources changed since it was built');
    writeStamp(mock);
    expect(staleness(mock)).toBeUndefined();
  });

  it('is never asked of a package used from its sources: it has no build to be stale', () => {
    expect(staleness(join(workspace, 'packages/engine'))).toBeUndefined();
  });
});

describe('the guard before a test run', () => {
  write(
    'packages/consumer/package.json',
    manifest('consumer', { devDependencies: { mock: 'workspace:*', other: 'workspace:*', engine: 'workspace:*' } }),
  );
  write(
    'packages/consumer/src/uses-mock.test.ts',
    "import { vendorSpec } from 'mock';\nimport { serve } from 'engine';\nit('reads', () => [vendorSpec, serve]);\n",
  );
  write('packages/other/package.json', manifest('other', { scripts: { build: 'tsup' } }));
  const consumer = join(workspace, 'packages/consumer');

  it('refuses to start against a stale build of a package the tests import, naming it', () => {
    write(
      'packages/mock/src/index.ts',
      "export { vendorSpec } from 'vendor/spec';\nexport { serve } from 'engine';\n//2\n",
    );
    expect(() => checkFreshBuilds(consumer, workspace)).toThrow(
      /import workspace packages whose build is stale:\n {2}mock: its sources changed since it was built\n/,
    );
    writeStamp(mock);
    expect(() => checkFreshBuilds(consumer, workspace)).not.toThrow();
  });

  it('does not ask for a build of a dependency the tests never import, nor of one used from source', () => {
    // `other` was never built; the consumer only depends on it. The engine has no build at all.
    expect(staleness(join(workspace, 'packages/other'))).toBe('it has not been built');
    expect(() => checkFreshBuilds(consumer, workspace)).not.toThrow();
  });
});
