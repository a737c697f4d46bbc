import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { vendors } from 'workflow-clients';

// `workflow-clients/<vendor>` is that vendor's package and nothing else, from ESM and from
// CommonJS: the same functions, not copies, so that errors, definitions and types agree with a
// program that also imports the vendor package directly. (That a bundle of it carries no other
// vendor is the size budget's to prove, in bench/.size-limit.mjs.)
const require = createRequire(import.meta.url);

describe.each(vendors)('workflow-clients/%s', (vendor) => {
  it('exports exactly what the vendor package exports, from ESM', async () => {
    const subpath: Record<string, unknown> = await import(`workflow-clients/${vendor}`);
    const own: Record<string, unknown> = await import(`@workflow-clients/${vendor}`);
    expect(Object.keys(subpath).sort()).toEqual(Object.keys(own).sort());
    for (const name of Object.keys(own)) expect(subpath[name], name).toBe(own[name]);
    expect(Object.keys(own).some((name) => /^create\w+Provider$/.test(name))).toBe(true);
  });

  it('exports exactly what the vendor package exports, from CommonJS', () => {
    const subpath: Record<string, unknown> = require(`workflow-clients/${vendor}`);
    const own: Record<string, unknown> = require(`@workflow-clients/${vendor}`);
    expect(Object.keys(subpath).sort()).toEqual(Object.keys(own).sort());
    for (const name of Object.keys(own)) expect(subpath[name], name).toBe(own[name]);
  });
});
