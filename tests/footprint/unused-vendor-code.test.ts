import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createWorkflowClient, vendors } from 'workflow-clients';
import { vendorCases } from '../support/vendor-cases.js';

// A program that uses one vendor bundles only the code that vendor can run: a vendor that
// cannot read a run back carries no polling, and one without a listing carries no pager. Each
// is recognised by a message only its module writes.
const POLLING = 'ms of waiting';
const PAGING = 'so the listing stopped';

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['import'],
    write: false,
  });
  return result.outputFiles[0]!.text;
}

describe('what a bundler keeps of core', () => {
  it('recognises the polling and the paging code when a program uses them', async () => {
    const text = await bundle(
      "import { runListing, pollingWaiter } from '@workflow-clients/core/internal'; globalThis.used = [runListing, pollingWaiter];",
    );
    expect(text).toContain(POLLING);
    expect(text).toContain(PAGING);
  });
});

describe.each(vendors)('a program that makes a %s provider', (vendor) => {
  it('carries polling only if the vendor can read a run, and paging only if it lists runs', async () => {
    const provider = createWorkflowClient({ vendor, apiKey: vendorCases[vendor].apiKey });
    const lists = Object.keys(provider).some((key) => key.startsWith('list'));
    const module: Record<string, unknown> = await import(`@workflow-clients/${vendor}`);
    const factory = Object.keys(module).find((name) => /^create\w+Provider$/.test(name));
    const text = await bundle(
      `import { ${factory} } from '@workflow-clients/${vendor}'; globalThis.make = ${factory};`,
    );
    expect({ polling: text.includes(POLLING), paging: text.includes(PAGING) }).toEqual({
      polling: provider.capabilities.getRun,
      paging: lists,
    });
  });
});
