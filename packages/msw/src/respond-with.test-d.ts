import { describe, it } from 'vitest';
import { createSpecMock, createWorkflowMocks, wivSpec } from './index.js';

// What a test may tell a vendor's mock to answer is what the vendor's spec documents: its
// operation ids, each operation's statuses, and each status's named examples.
describe('respondWith is typed by the spec', () => {
  const mocks = createWorkflowMocks();

  it('accepts a documented operation, status and example', () => {
    mocks.vendors.interactly.respondWith('executeWorkflow', { status: 404, example: 'runNotFound' });
    mocks.vendors.altostrat.respondWith('getWorkflowRun', { status: 200, example: 'running', times: 2 });
    mocks.vendors.wiv.respondWith('runWorkflow', { status: 429, headers: { 'retry-after': '1' } });
  });

  it('refuses an operation the spec does not have', () => {
    // @ts-expect-error Wiv has no status endpoint: `Argument of type '"getWorkflowRun"'`
    mocks.vendors.wiv.respondWith('getWorkflowRun', { status: 200 });
  });

  it('refuses a status the operation does not document', () => {
    // @ts-expect-error runWorkflow documents no 418: `Type '418' is not assignable`
    mocks.vendors.wiv.respondWith('runWorkflow', { status: 418 });
  });

  it('refuses an example name the status does not have', () => {
    // @ts-expect-error 200 has no example named "failed": `Type '"failed"' is not assignable`
    mocks.vendors.altostrat.respondWith('getWorkflowRun', { status: 200, example: 'failed' });
    // @ts-expect-error 401 names no example, and only 200 names one: `is not assignable to type '"triggered"'`
    mocks.vendors.wiv.respondWith('runWorkflow', { status: 401, example: 'unauthorized' });
  });

  it('leaves the mock of any other spec untyped, checked when told', () => {
    createSpecMock(wivSpec, { vendor: 'wiv' }).respondWith('anything', { status: 999, example: 'any' });
  });
});
