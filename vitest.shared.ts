import { join } from 'node:path';
import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';
import { packageVersion } from './package-version.js';

// pnpm test:matrix runs the suites on other Node versions under this variable: refuse to pass
// them on any other Node, and keep their reports apart from the running Node's.
const matrixNode = process.env.WORKFLOW_CLIENTS_TEST_NODE;
if (matrixNode && process.versions.node !== matrixNode)
  throw new Error(`pnpm test:matrix asked for Node ${matrixNode}, but this is Node ${process.versions.node}`);

// Every package tests the same way: unit and contract tests beside the code, type tests in
// *.test-d.ts checked by the compiler, and a JSON report that scripts/test-summary.mjs totals.
const shared = defineConfig({
  // What the build writes into the code (tsup.shared.ts), for code the tests run from source.
  define: { __PACKAGE_VERSION__: JSON.stringify(packageVersion()) },
  test: {
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    reporters: ['default', ['json', { outputFile: `reports/vitest${matrixNode ? `-node${matrixNode}` : ''}.json` }]],
    restoreMocks: true,
    // A bound for a loaded machine (two suites on two cores), not a measurement: tests wait on
    // events, and a test that hangs still fails, only later.
    testTimeout: 30_000,
    unstubEnvs: true,
    globalSetup: [`${import.meta.dirname}/vitest.fresh-builds.ts`],
  },
});

export default shared;

const mockSource = join(import.meta.dirname, 'packages/msw/src');

/**
 * A vendor package's tests mock their own spec (its generated spec-document.ts) through the mock
 * package's source rather than its build, which holds every vendor's spec: so an edit to one spec
 * re-runs one vendor's tests (each vendor's turbo.json lists exactly these inputs), and those
 * tests never wait for, or run against an older build of, the mock. The vendor's tsconfig maps
 * the same names to the same files for the type checker.
 */
export const vendorPackageTests: ViteUserConfig = mergeConfig(
  shared,
  defineConfig({
    resolve: {
      alias: [
        { find: /^@workflow-clients\/msw$/, replacement: `${mockSource}/index.ts` },
        { find: /^@workflow-clients\/msw\/(node|vitest)$/, replacement: `${mockSource}/$1.ts` },
      ],
    },
  }),
);
