import { defineConfig } from 'vitest/config';

// Every package tests the same way: unit and contract tests beside the code, type tests in
// *.test-d.ts checked by the compiler, and a JSON report that scripts/test-summary.mjs totals.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    restoreMocks: true,
    // A bound for a loaded machine (two suites on two cores), not a measurement: tests wait on
    // events, and a test that hangs still fails, only later.
    testTimeout: 30_000,
    unstubEnvs: true,
    globalSetup: [`${import.meta.dirname}/vitest.fresh-builds.ts`],
  },
});
