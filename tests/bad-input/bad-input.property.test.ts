import { useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { RegisteredVendor } from 'workflow-clients';
import { createWorkflowClient, isWorkflowApiError, vendors } from 'workflow-clients';
import { renderings } from '../support/observe.js';
import { vendorCases } from '../support/vendor-cases.js';

// Issue 6's bad-input matrix, as properties: whatever a caller passes as a workflow id, an
// input or an option, the call either sends a request the vendor's spec-backed handler
// accepts, or throws `invalid_input` before anything is sent. Nothing else may happen.
const mock = useWorkflowMockServer();

/** Keys that change an object's prototype when assigned naively. */
const pollutingKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** An object with `key` as an own property, as JSON.parse would make it, never a prototype change. */
function ownProperty(key: string, value: unknown): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

const cyclic = () => {
  const object: Record<string, unknown> = { a: 1 };
  object.self = object;
  return object;
};

/** Values JSON cannot carry faithfully, and some it can that look as if it could not. */
const oddValue = fc.oneof(
  fc.bigInt(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, undefined, null),
  fc.constant(() => 1),
  fc.constant(Symbol('s')),
  fc.constant(new Date(0)),
  fc.constant(new Map([['a', 1]])),
  fc.constant(new Set([1])),
  fc.constant(new Uint8Array([1, 2])),
  fc.constant(Object.create(null) as object),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const inputValue = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: oddValue },
);
const inputKey = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...pollutingKeys));

const input: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(fc.tuple(inputKey, inputValue), { maxLength: 6 })
      .map((entries) => Object.assign({}, ...entries.map(([key, value]) => ownProperty(key, value)))),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant({ huge: 'x'.repeat(200_000) }) },
  { weight: 1, arbitrary: fc.constant(cyclic()) },
  // Not objects at all, as plain JavaScript callers may pass.
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.integer(),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.constant(new Map([['a', 1]])),
    ),
  },
);

/** Ids each spec accepts, next to ids of every other shape. */
const workflowId = (vendor: RegisteredVendor): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.stringMatching(vendorCases[vendor].validIds) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '',
        '.',
        '..',
        '../x',
        'a/b',
        '/',
        '%2e%2e',
        '..%2f',
        '?x=1',
        '#f',
        ' ',
        '\u0000',
        '\ud800',
        'wf\r\nX-Injected: 1',
      ),
    },
    { weight: 1, arbitrary: fc.constant('w'.repeat(5_000)) },
    { weight: 1, arbitrary: fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.constant({})) },
  );

const timeoutMs = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 2_000, max: 2 ** 31 - 1 }),
  fc.constantFrom<unknown>(0, -1, 0.5e-9, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, 1e12, '5000', null, true),
  fc.double({ min: -1e6, max: 0 }),
);
/** Only base URLs that must be refused: any other would leave the spec-backed mock. */
const baseUrl = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom<unknown>(
    'http://api.example.com',
    'http://10.0.0.1:8080',
    'ftp://api.example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
    '//api.example.com',
  ),
);
const maxRetries = fc.oneof(
  fc.constant(undefined),
  fc.nat({ max: 5 }),
  fc.constantFrom<unknown>(-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2', null),
);
const version = fc.oneof(
  fc.constant(undefined),
  fc.nat({ max: 1_000 }),
  fc.constantFrom<unknown>(-1, 1.5, Number.NaN, '1', 2 ** 60, null),
);
const idempotencyKey = fc.oneof(
  fc.constant(undefined),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constant('k'.repeat(1_000)),
);

describe.each(vendors)('%s, given anything', (vendor) => {
  it('sends a request its spec accepts, or refuses with invalid_input and sends nothing', async () => {
    const { apiKey, idempotent } = vendorCases[vendor];
    await fc.assert(
      fc.asyncProperty(
        workflowId(vendor),
        input,
        fc.record({ timeoutMs, maxRetries, baseUrl }, { requiredKeys: [] }),
        fc.record(
          { timeoutMs, version, idempotencyKey: idempotent ? idempotencyKey : fc.constant(undefined) },
          { requiredKeys: [] },
        ),
        async (id, runInput, clientOptions, runOptions) => {
          mock.mocks.reset();
          // A warning (a timer that overflowed, say) means a value was quietly misread.
          const warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
          let fetched = 0;
          let outcome: unknown = 'sent';
          try {
            const client = createWorkflowClient({
              vendor,
              apiKey,
              ...(clientOptions as object),
              fetch: (request: Request) => {
                fetched += 1;
                return globalThis.fetch(request);
              },
            });
            await (client.run as (...args: unknown[]) => Promise<unknown>)(id, runInput, runOptions);
          } catch (error) {
            outcome = error;
          }
          expect(warnings).not.toHaveBeenCalled();
          warnings.mockRestore();
          const calls = mock.mocks.vendors[vendor].calls;
          if (outcome === 'sent') {
            expect(calls).toHaveLength(1);
            expect(calls[0]?.contractErrors).toEqual([]);
          } else {
            expect(isWorkflowApiError(outcome) ? { code: outcome.code, vendor: outcome.vendor } : outcome).toEqual({
              code: 'invalid_input',
              vendor,
            });
            expect({ fetched, calls: calls.length }).toEqual({ fetched: 0, calls: 0 });
            for (const text of renderings(outcome)) expect(text).not.toContain(apiKey);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
