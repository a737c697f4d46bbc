import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.js';

// The harness has no src/: each folder holds one kind of test of the built packages.
export default mergeConfig(shared, defineConfig({ test: { include: ['**/*.test.ts'], exclude: ['node_modules/**'] } }));
