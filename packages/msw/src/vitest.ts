import { afterAll, afterEach, beforeAll } from 'vitest';
import type { WorkflowMocksOptions } from './index.js';
import { setupWorkflowMockServer, type WorkflowMockServer } from './node.js';

/**
 * For a Vitest file: starts every vendor's spec-backed mock before the tests, fails any
 * test whose requests broke a spec, and stops the mock after the file.
 */
export function useWorkflowMockServer(options: WorkflowMocksOptions = {}): WorkflowMockServer {
  const mock = setupWorkflowMockServer(options);
  beforeAll(mock.listen);
  afterEach(mock.afterEach);
  afterAll(mock.close);
  return mock;
}
