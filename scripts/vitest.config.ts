import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.js';

// The scripts' tests sit beside the scripts, not under src/.
export default mergeConfig(shared, defineConfig({ test: { include: ['**/*.test.ts'], typecheck: { enabled: false } } }));
