import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.js';

// The scripts' tests sit beside the scripts, not under src/. They spawn git, pnpm and
// Chromium, and build whole workspaces, so on a loaded machine a single test may take minutes.
export default mergeConfig(
  shared,
  defineConfig({
    test: { include: ['**/*.test.ts'], typecheck: { enabled: false }, testTimeout: 600_000, hookTimeout: 900_000 },
  }),
);
