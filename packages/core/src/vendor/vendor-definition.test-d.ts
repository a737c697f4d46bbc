import { describe, expectTypeOf, it } from 'vitest';
import type { DeclaredHeaderName, RateLimitHeaders } from './vendor-definition.js';

// A generated answer, as openapi-typescript writes it: declared headers, then an open index.
interface Answer {
  headers: { 'x-ratelimit-limit'?: number; 'X-Request-Id': string; [name: string]: unknown };
  content: { 'application/json': { id: string } };
}

describe('DeclaredHeaderName', () => {
  it('is exactly the names the spec declares, without the open index signature', () => {
    expectTypeOf<DeclaredHeaderName<Answer>>().toEqualTypeOf<'x-ratelimit-limit' | 'X-Request-Id'>();
  });

  it('is never for an answer that declares no headers', () => {
    expectTypeOf<DeclaredHeaderName<{ content: object }>>().toEqualTypeOf<never>();
    expectTypeOf<DeclaredHeaderName<{ headers: { [name: string]: unknown } }>>().toEqualTypeOf<never>();
  });

  it('narrows RateLimitHeaders to those names, so a renamed header is a compile error', () => {
    expectTypeOf<RateLimitHeaders<DeclaredHeaderName<Answer>>['limit']>().toEqualTypeOf<
      'x-ratelimit-limit' | 'X-Request-Id'
    >();
    expectTypeOf<{ limit: 'x-rate-limit'; remaining: 'X-Request-Id' }>().not.toExtend<
      RateLimitHeaders<DeclaredHeaderName<Answer>>
    >();
  });
});
