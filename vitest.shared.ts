import { defineConfig } from 'vitest/config';
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
