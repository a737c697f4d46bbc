import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staleness, writeStamp } from '../build-stamp.js';
import { checkFreshBuilds } from '../vitest.fresh-builds.js';

// The stale-build guard every package's tests start with (vitest.fresh-builds.ts): a build is
// trusted only while nothing it read has changed, its own sources or what they bundle from
// another package (the mock package's generated index imports every vendor's spec document).
const workspace = mkdtempSync(join(tmpdir(), 'wc-stamp-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(workspace, path)), { recursive: true });
  writeFileSync(join(workspace, path), text);
};

write('packages/vendor/src/generated/spec-document.ts', 'export const vendorSpec = { openapi: "3.1.0" } as const;\n');
write('packages/vendor/src/index.ts', 'export const client = 1;\n');
write('packages/mock/package.json', '{ "name": "mock" }\n');
write('packages/mock/tsup.config.ts', 'export default {};\n');
write('packages/mock/src/index.ts', "export * from './generated/index.js';\n");
write(
  'packages/mock/src/generated/index.ts',
  "import { vendorSpec } from '../../../vendor/src/generated/spec-document.js';\nexport const specs = { vendor: vendorSpec };\n",
);
write('packages/mock/src/index.test.ts', "it('passes', () => {});\n");
const mock = join(workspace, 'packages/mock');

describe('staleness of a build', () => {
  it('is "not built" until a build writes dist/ and its stamp', () => {
    expect(staleness(mock)).toBe('it has not been built');
    mkdirSync(join(mock, 'dist'));
    writeStamp(mock);
    expect(staleness(mock)).toBeUndefined();
  });

  it('ignores test files, which no build reads', () => {
    write('packages/mock/src/index.test.ts', "it('still passes', () => {});\n");
    expect(staleness(mock)).toBeUndefined();
  });

  it("is stale after an edit to the package's own sources, until the next build", () => {
    write('packages/mock/src/index.ts', "export * from './generated/index.js';\nexport const more = 1;\n");
    expect(staleness(mock)).toBe('its sources changed since it was built');
    writeStamp(mock);
    expect(staleness(mock)).toBeUndefined();
  });

  it('is stale after an edit to a file it bundles from another package', () => {
    write(
      'packages/vendor/src/generated/spec-document.ts',
      'export const vendorSpec = { openapi: "3.1.1" } as const;\n',
    );
    expect(staleness(mock)).toBe('its sources changed since it was built');
    writeStamp(mock);
    // ...but not after an edit to a file of that package it does not import.
    write('packages/vendor/src/index.ts', 'export const client = 2;\n');
    expect(staleness(mock)).toBeUndefined();
  });
});

describe('the guard before a test run', () => {
  write(
    'packages/consumer/package.json',
    JSON.stringify({ name: 'consumer', devDependencies: { mock: 'workspace:*', vendor: 'workspace:*' } }),
  );
  write('packages/consumer/src/uses-mock.test.ts', "import { specs } from 'mock';\nit('reads', () => specs);\n");
  write('packages/vendor/package.json', '{ "name": "vendor" }\n');
  const consumer = join(workspace, 'packages/consumer');

  it('refuses to start against a stale build of a package the tests import, naming it', () => {
    write('packages/mock/src/index.ts', "export * from './generated/index.js';\nexport const evenMore = 1;\n");
    expect(() => checkFreshBuilds(consumer, workspace)).toThrow(
      /import workspace packages whose build is stale:\n {2}mock: its sources changed since it was built\n/,
    );
    writeStamp(mock);
    expect(() => checkFreshBuilds(consumer, workspace)).not.toThrow();
  });

  it('does not ask for a build of a dependency the tests never import', () => {
    // The vendor package was never built; the consumer only depends on it.
    expect(staleness(join(workspace, 'packages/vendor'))).toBe('it has not been built');
    expect(() => checkFreshBuilds(consumer, workspace)).not.toThrow();
  });
});
