import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { normalizeStatus } from '../vendor/run-status.js';
import {
  errorCodeForStatus,
  InvalidInputError,
  isWorkflowApiError,
  RateLimitedError,
  TimeoutError,
  WorkflowApiError,
  type WorkflowErrorCode,
  workflowApiError,
} from './workflow-api-error.js';

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
    vendor: 'altostrat',
    code: 'timeout',
    status: 504,
    requestId: 'req_1',
    body: { message: 'gateway' },
    message: 'Altostrat did not answer',
    cause: new Error('socket hang up'),
    retryable: true,
    idempotencyKey: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  });

  it('is an Error with every field the contract names', () => {
    expect(error).toBeInstanceOf(Error);
    expect(isWorkflowApiError(error)).toBe(true);
    expect(isWorkflowApiError(new Error('x'))).toBe(false);
    expect(error).toMatchObject({
      name: 'WorkflowApiError',
      vendor: 'altostrat',
      code: 'timeout',
      status: 504,
      retryable: true,
      mayHaveStarted: false,
      requestId: 'req_1',
    });
  });

  it('serializes its fields', () => {
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'WorkflowApiError',
      message: 'Altostrat did not answer',
      vendor: 'altostrat',
      code: 'timeout',
      status: 504,
      retryable: true,
      mayHaveStarted: false,
      idempotencyKey: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
      requestId: 'req_1',
      body: { message: 'gateway' },
    });
  });

  it('shows status, code and cause in util.inspect', () => {
    const shown = inspect(error);
    expect(shown).toContain('"code": "timeout"');
    expect(shown).toContain('[cause]: Error: socket hang up');
  });

  it('is recognised by its brand, so an error from another copy of the class is one too', () => {
    const brand = Symbol.for('workflow-clients.WorkflowApiError');
    class OtherCopy extends Error {}
    Object.defineProperty(OtherCopy.prototype, brand, { value: true });
    expect(new OtherCopy('x')).toBeInstanceOf(WorkflowApiError);
    expect(isWorkflowApiError(new OtherCopy('x'))).toBe(true);
    expect({ [brand]: false }).not.toBeInstanceOf(WorkflowApiError);
  });

  it('keeps instanceof exact for a subclass', () => {
    class Narrow extends WorkflowApiError {}
    expect(error).not.toBeInstanceOf(Narrow);
    expect(new Narrow({ vendor: 'wiv', code: 'timeout', message: 'x' })).toBeInstanceOf(Narrow);
  });
});

describe("each code's subclass", () => {
  const codes: WorkflowErrorCode[] = [
    'invalid_input',
    'unauthorized',
    'payment_required',
    'forbidden',
    'not_found',
    'conflict',
    'validation_failed',
    'rate_limited',
    'server_error',
    'timeout',
    'aborted',
    'network',
    'unexpected_response',
    'not_supported',
  ];

  it('is what the factory builds for the code, a WorkflowApiError and no other code’s class', () => {
    const classes = new Set<unknown>();
    for (const code of codes) {
      const built = workflowApiError({ vendor: 'wiv', code, message: 'x' });
      const ownClass = Object.getPrototypeOf(built).constructor;
      classes.add(ownClass);
      expect(ownClass).not.toBe(WorkflowApiError);
      expect(built).toBeInstanceOf(WorkflowApiError);
      expect(built).toBeInstanceOf(ownClass);
      expect(built.name).toBe('WorkflowApiError');
      expect(built.code).toBe(code);
      for (const other of [RateLimitedError, TimeoutError, InvalidInputError])
        expect(built instanceof other).toBe(Object.is(other, ownClass));
    }
    expect(classes.size).toBe(codes.length);
  });

  it('recognises an error of its code however it was built: the base class, another copy', () => {
    expect(new WorkflowApiError({ vendor: 'wiv', code: 'rate_limited', message: 'x' })).toBeInstanceOf(
      RateLimitedError,
    );
    const brand = Symbol.for('workflow-clients.WorkflowApiError');
    const fromOtherCopy = Object.assign(Object.create(Object.defineProperty({}, brand, { value: true })), {
      code: 'timeout',
    });
    expect(fromOtherCopy).toBeInstanceOf(TimeoutError);
    expect(fromOtherCopy).not.toBeInstanceOf(RateLimitedError);
    expect({ code: 'timeout' }).not.toBeInstanceOf(TimeoutError);
  });

  it('answers instanceof without running a look-alike’s code: a throwing getter or a Proxy trap is false, not a throw', () => {
    const branded = Object.create(
      Object.defineProperty({}, Symbol.for('workflow-clients.WorkflowApiError'), { value: true }),
    );
    const throwingGetter = Object.defineProperty(Object.create(branded), 'code', {
      get() {
        throw new Error('read me and fail');
      },
    });
    const trap = new Proxy(Object.create(branded), {
      getOwnPropertyDescriptor() {
        throw new Error('trapped');
      },
    });
    for (const lookAlike of [throwingGetter, trap]) {
      expect(() => lookAlike instanceof RateLimitedError).not.toThrow();
      expect(lookAlike instanceof RateLimitedError).toBe(false);
    }
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
