import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { vendors } from 'workflow-clients';

// Importing a package does no work that can wait for the first call. Naming `Response`,
// `Request`, `Headers` or `fetch` at load time makes Node load its fetch implementation (undici),
// which costs a cold start tens of milliseconds; a call loads it anyway, when it needs it.
const UNDICI = 'NativeModule internal/deps/undici/undici';

function loadsUndici(module: string): boolean {
  const source = `await import(${JSON.stringify(module)}); console.log(JSON.stringify(process.moduleLoadList));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', source], {
    cwd: import.meta.dirname,
    encoding: 'utf8',
  });
  return (JSON.parse(output) as string[]).includes(UNDICI);
}

describe('importing a package', () => {
  it('is seen to load fetch when the program names Response at load time', () => {
    expect(loadsUndici('data:text/javascript,globalThis.Response;')).toBe(true);
  });

  it.each([
    ...vendors.map((vendor) => `@workflow-clients/${vendor}`),
    '@workflow-clients/core',
    'workflow-clients',
    ...vendors.map((vendor) => `workflow-clients/${vendor}`),
  ])('%s does not load fetch', (module) => {
    expect(loadsUndici(module)).toBe(false);
  });
});
