import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setupWorkflowMockServer } from '@workflow-clients/msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { vendors } from 'workflow-clients';
import { callOperation } from '../support/clients.js';
import { operationCases } from '../support/operations.js';
import { vendorCases } from '../support/vendor-cases.js';

// Every request says who sent it: our version, the vendor package's, and the runtime's, so a
// vendor's support can tell our requests from others. The mock's contract checks (afterEach)
// prove the vendors' specs accept it.
const mock = setupWorkflowMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.afterEach());
afterAll(() => mock.close());

const versionOf = (folder: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../packages', folder, 'package.json'), 'utf8'))
    .version as string;

describe.each(vendors)('%s', (vendor) => {
  const operations = operationCases.filter((operation) => operation.vendor === vendor);

  it('sends `workflow-clients/<version> <vendor>/<version> node/<version>` with every operation', async () => {
    for (const operation of operations) {
      await callOperation(operation, { apiKey: vendorCases[vendor].apiKey }).catch(() => {});
    }
    const agents = new Set(mock.mocks.vendors[vendor].calls.map((call) => call.headers['user-agent']));
    expect([...agents]).toEqual([
      `workflow-clients/${versionOf('core')} ${vendor}/${versionOf(vendor)} node/${process.versions.node}`,
    ]);
    expect(new Set(mock.mocks.vendors[vendor].calls.map((call) => call.operationId)).size).toBe(
      new Set(operations.map((operation) => operation.operationId)).size,
    );
  });

  it('lets the caller’s own User-Agent, in any case, replace it', async () => {
    const [first] = operations;
    if (first)
      await callOperation(first, { apiKey: vendorCases[vendor].apiKey, headers: { 'USER-AGENT': 'my-app/1.0' } });
    expect(mock.mocks.vendors[vendor].calls.map((call) => call.headers['user-agent'])).toEqual(['my-app/1.0']);
  });
});
