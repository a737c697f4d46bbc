import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.js';

// The scripts' tests sit beside the scripts, not under src/. They spawn git, pnpm and
// Chromium, so under a loaded machine a single test may take far longer than a unit test.
export default mergeConfig(
  shared,
  defineConfig({ test: { include: ['**/*.test.ts'], typecheck: { enabled: false }, testTimeout: 120_000, hookTimeout: 300_000 } }),
);
