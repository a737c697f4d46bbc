import { join } from 'node:path';

/**
 * How a user's strict TypeScript project reads our declaration files (Node's own resolution),
 * for the tools that read them in our place: API Extractor and TypeDoc.
 */
export const consumerCompilerOptions = {
  target: 'es2022',
  lib: ['es2023', 'dom', 'dom.iterable'],
  module: 'nodenext',
  moduleResolution: 'nodenext',
  strict: true,
  skipLibCheck: true,
  types: ['node'],
  typeRoots: [join(import.meta.dirname, '..', 'node_modules', '@types')],
};
