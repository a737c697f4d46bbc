import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { WorkflowApiError, errorCodeForStatus, isWorkflowApiError, normalizeStatus } from './index.js';

describe('errorCodeForStatus', () => {
  it.each([
    [400, 'validation_failed'],
    [401, 'unauthorized'],
    [402, 'payment_required'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [408, 'timeout'],
    [409, 'conflict'],
    [422, 'validation_failed'],
    [429, 'rate_limited'],
    [500, 'server_error'],
    [503, 'server_error'],
    [302, 'unexpected_response'],
    [418, 'unexpected_response'],
  ] as const)('maps %i to %s', (status, code) => {
    expect(errorCodeForStatus(status)).toBe(code);
  });
});

describe('WorkflowApiError', () => {
  const error = new WorkflowApiError({
    vendor: 'wiv',
    code: 'unauthorized',
    status: 401,
    requestId: 'req_1',
    body: { message: 'bad key s3cr3t-value' },
    message: 'Wiv answered 401: bad key s3cr3t-value',
    cause: new Error('socket saw s3cr3t-value'),
    secrets: ['s3cr3t-value'],
  });

  it('is an Error with every field the contract names', () => {
    expect(error).toBeInstanceOf(Error);
    expect(isWorkflowApiError(error)).toBe(true);
    expect(isWorkflowApiError(new Error('x'))).toBe(false);
    expect(error).toMatchObject({ name: 'WorkflowApiError', vendor: 'wiv', code: 'unauthorized', status: 401, retryable: false, requestId: 'req_1' });
  });

  it('serializes its fields, scrubbed', () => {
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'WorkflowApiError',
      message: 'Wiv answered 401: bad key [REDACTED]',
      vendor: 'wiv',
      code: 'unauthorized',
      status: 401,
      retryable: false,
      requestId: 'req_1',
      body: { message: 'bad key [REDACTED]' },
    });
  });

  it('shows status, code and cause in util.inspect, scrubbed', () => {
    const shown = inspect(error);
    expect(shown).toContain('"code": "unauthorized"');
    expect(shown).toContain('[cause]: Error: socket saw [REDACTED]');
    expect(shown).not.toContain('s3cr3t-value');
    expect(String(error.stack)).not.toContain('s3cr3t-value');
  });
});

describe('normalizeStatus', () => {
  const table = { done: 'succeeded', broke: 'failed' } as const;

  it('maps known words and keeps them', () => {
    expect(normalizeStatus(table, 'done')).toEqual({ status: 'succeeded', vendorStatus: 'done' });
  });

  it('takes an unknown word as running, keeping the word', () => {
    expect(normalizeStatus(table, 'warming_up')).toEqual({ status: 'running', vendorStatus: 'warming_up' });
    expect(normalizeStatus(table, 'toString')).toEqual({ status: 'running', vendorStatus: 'toString' });
  });
});

describe('redaction of short credentials', () => {
  it('redacts a short key only where it stands alone, so messages stay readable', () => {
    const error = new WorkflowApiError({
      vendor: 'wiv',
      code: 'unauthorized',
      message: 'This request breaks the spec: key k rejected ("k"), header Bearer k',
      body: { detail: 'bad key k', k: 'kk' },
      secrets: ['k'],
    });
    expect(error.message).toBe('This request breaks the spec: key [REDACTED] rejected ("[REDACTED]"), header Bearer [REDACTED]');
    expect(error.body).toEqual({ detail: 'bad key [REDACTED]', '[REDACTED]': 'kk' });
  });

  it('redacts a key of 8 characters or more wherever it appears, even inside a longer token', () => {
    const error = new WorkflowApiError({ vendor: 'wiv', code: 'unauthorized', message: 'token xSECRET123x echoed', secrets: ['SECRET123'] });
    expect(error.message).toBe('token x[REDACTED]x echoed');
  });
});
