import { cpSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esmCore from '@workflow-clients/core';
import * as esmWiv from '@workflow-clients/wiv';
import { afterAll, describe, expect, it } from 'vitest';

// A program can load our ESM and CJS builds side by side (an ESM app with a CJS dependency),
// or two installed copies of core. An error thrown by any of them is still a WorkflowApiError
// to every other: `instanceof` and `isWorkflowApiError` go by a Symbol.for brand, not by class.

const require = createRequire(import.meta.url);
const cjsCore = require('@workflow-clients/core') as typeof esmCore;
const cjsWiv = require('@workflow-clients/wiv') as typeof esmWiv;

const copy = mkdtempSync(join(tmpdir(), 'wc-core-copy-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** A second installed copy of core, loaded from elsewhere on disk (made once). */
let copied: Promise<typeof esmCore> | undefined;
const secondCopy = () => {
  copied ??= loadSecondCopy();
  return copied;
};
async function loadSecondCopy(): Promise<typeof esmCore> {
  const coreDir = realpathSync(dirname(dirname(require.resolve('@workflow-clients/core'))));
  cpSync(join(coreDir, 'dist'), join(copy, 'dist'), { recursive: true });
  cpSync(join(coreDir, 'package.json'), join(copy, 'package.json'));
  // Its own dependencies (openapi-fetch), as an install beside it would have them.
  symlinkSync(join(coreDir, 'node_modules'), join(copy, 'node_modules'));
  return (await import(pathToFileURL(join(copy, 'dist', 'index.js')).href)) as typeof esmCore;
}

const failingFetch = async () =>
  new Response('{"message":"no"}', { status: 401, headers: { 'content-type': 'application/json' } });

async function errorFrom(wiv: typeof esmWiv): Promise<unknown> {
  return wiv
    .createWivProvider({ apiKey: 'identity-test-key', fetch: failingFetch })
    .run('wf')
    .catch((e: unknown) => e);
}

describe('WorkflowApiError identity across builds', () => {
  it('the two builds are distinct classes, as a bundler or Node would load them', () => {
    expect(cjsCore.WorkflowApiError).not.toBe(esmCore.WorkflowApiError);
  });

  it('an error from the CJS build is a WorkflowApiError to the ESM build, and the reverse', async () => {
    const fromCjs = await errorFrom(cjsWiv);
    const fromEsm = await errorFrom(esmWiv);
    expect(fromCjs).toBeInstanceOf(esmCore.WorkflowApiError);
    expect(esmCore.isWorkflowApiError(fromCjs)).toBe(true);
    expect(fromEsm).toBeInstanceOf(cjsCore.WorkflowApiError);
    expect(cjsCore.isWorkflowApiError(fromEsm)).toBe(true);
  });

  it("so is its code's subclass, and no other code's", async () => {
    const fromCjs = await errorFrom(cjsWiv);
    const fromEsm = await errorFrom(esmWiv);
    expect(fromCjs).toBeInstanceOf(esmCore.UnauthorizedError);
    expect(fromEsm).toBeInstanceOf(cjsCore.UnauthorizedError);
    expect(fromCjs).not.toBeInstanceOf(esmCore.RateLimitedError);
    expect(fromEsm).not.toBeInstanceOf(cjsCore.NotFoundError);
    const other = await secondCopy();
    expect(fromEsm).toBeInstanceOf(other.UnauthorizedError);
    expect(fromEsm).not.toBeInstanceOf(other.ForbiddenError);
  });

  it('an error from a second installed copy of core is one too', async () => {
    const other = await secondCopy();
    expect(other.WorkflowApiError).not.toBe(esmCore.WorkflowApiError);
    const fromEsm = await errorFrom(esmWiv);
    expect(fromEsm).toBeInstanceOf(other.WorkflowApiError);
    expect(other.isWorkflowApiError(fromEsm)).toBe(true);
  });

  it('nothing else is one: not a plain Error, not a look-alike object, not null', () => {
    for (const impostor of [
      new Error('x'),
      { name: 'WorkflowApiError', code: 'timeout' },
      null,
      undefined,
      'WorkflowApiError',
      Object.create(null),
    ]) {
      expect(impostor instanceof esmCore.WorkflowApiError).toBe(false);
      expect(impostor instanceof esmCore.TimeoutError).toBe(false);
      expect(esmCore.isWorkflowApiError(impostor)).toBe(false);
    }
  });

  it("is still an Error, of its code's class where it was made", async () => {
    const error = await errorFrom(esmWiv);
    expect(error).toBeInstanceOf(Error);
    expect(Object.getPrototypeOf(error)).toBe(esmCore.UnauthorizedError.prototype);
    expect(Object.getPrototypeOf(esmCore.UnauthorizedError.prototype)).toBe(esmCore.WorkflowApiError.prototype);
  });
});
