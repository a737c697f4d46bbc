import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version in the package.json of the package being built or tested (the working directory). */
export const packageVersion = () =>
  JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')).version as string;
