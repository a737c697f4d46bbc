import { describe, expectTypeOf, it } from 'vitest';
import {
  InvalidInputError,
  isWorkflowApiError,
  NotFoundError,
  RateLimitedError,
  type WorkflowApiError,
  type WorkflowApiErrorFor,
} from './workflow-api-error.js';

declare const caught: unknown;

describe('narrowing an error', () => {
  it('by code, after isWorkflowApiError: the fields the code guarantees are typed', () => {
    if (isWorkflowApiError(caught)) {
      expectTypeOf(caught).toExtend<WorkflowApiError>();
      if (caught.code === 'rate_limited') {
        expectTypeOf(caught).toEqualTypeOf<RateLimitedError>();
        expectTypeOf(caught.status).toEqualTypeOf<429>();
        expectTypeOf(caught.retryAfterMs).toEqualTypeOf<number | undefined>();
      }
      if (caught.code === 'invalid_input') {
        expectTypeOf(caught.mayHaveStarted).toEqualTypeOf<false>();
        expectTypeOf(caught.retryable).toEqualTypeOf<false>();
        // @ts-expect-error nothing was sent, so there is no status: `Type 'undefined' is not assignable to type 'number'`
        const status: number = caught.status;
        expectTypeOf(status).toBeNumber();
      }
      if (caught.code === 'not_found') expectTypeOf(caught.status).toEqualTypeOf<404>();
      if (caught.code === 'validation_failed') expectTypeOf(caught.status).toEqualTypeOf<400 | 422>();
      // @ts-expect-error not a code: `This comparison appears to be unintentional`
      if (caught.code === 'rate_limit') throw caught;
    }
  });

  it("by the code's subclass", () => {
    if (caught instanceof RateLimitedError) {
      expectTypeOf(caught.code).toEqualTypeOf<'rate_limited'>();
      expectTypeOf(caught.status).toEqualTypeOf<429>();
    }
    if (caught instanceof NotFoundError) expectTypeOf(caught.code).toEqualTypeOf<'not_found'>();
    if (caught instanceof InvalidInputError) expectTypeOf(caught.status).toEqualTypeOf<undefined>();
  });

  it('WorkflowApiErrorFor names one code’s class, or with none the union the code narrows', () => {
    expectTypeOf<WorkflowApiErrorFor<'rate_limited'>>().toEqualTypeOf<RateLimitedError>();
    expectTypeOf<WorkflowApiErrorFor['code']>().toEqualTypeOf<import('./workflow-api-error.js').WorkflowErrorCode>();
  });
});
