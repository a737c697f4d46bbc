import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkflowApiError } from 'workflow-clients';
import { callFirstPage } from '../support/clients.js';
import { hostileFetch } from '../support/hostile-fetch.js';
import { operationCases } from '../support/operations.js';
import { successExamples, withField, wrongTypeFor } from '../support/spec-fields.js';
import { vendorCases } from '../support/vendor-cases.js';

// A provider hands back only what its types promise: every 2xx answer has passed a check of
// what the spec requires. Taking each spec example and deleting a required field, or giving any
// typed field a value of another JSON type, must make the call `unexpected_response`; an
// unknown word in an enumerated field is tolerated (enums are open: vendors add words).

const examples = successExamples().filter((example) =>
  operationCases.some(
    (operation) => operation.vendor === example.vendor && operation.operationId === example.operationId,
  ),
);

/** A listing example served as the first page: its own page number would say it is another. */
function asFirstPage(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body;
  const page = structuredClone(body) as { page?: unknown; meta?: { current_page?: unknown } };
  if (typeof page.page === 'number') page.page = 1;
  if (typeof page.meta?.current_page === 'number') page.meta.current_page = 1;
  return page;
}

async function answerWith(vendor: string, operationId: string, status: number, body: unknown) {
  const operation = operationCases.find(
    (candidate) => candidate.vendor === vendor && candidate.operationId === operationId,
  )!;
  const hostile = hostileFetch(operationId, () => Response.json(asFirstPage(body), { status }), { vendor });
  return callFirstPage(operation, {
    apiKey: vendorCases[operation.vendor].apiKey,
    fetch: hostile.fetch,
    maxRetries: 0,
  }).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('every typed field of every success example', () => {
  it('covers every operation the providers call', () => {
    const covered = new Set(examples.map((example) => `${example.vendor}:${example.operationId}`));
    const called = operationCases
      .filter((operation) => operation.operationId !== 'streamWorkflow')
      .map((operation) => `${operation.vendor}:${operation.operationId}`);
    expect([...new Set(called)].filter((operation) => !covered.has(operation))).toEqual([]);
  });

  it.each(
    examples.map(
      (example) => [`${example.vendor} ${example.operationId} ${example.status} "${example.name}"`, example] as const,
    ),
  )('%s: as the spec gives it, is accepted', async (_, example) => {
    expect(await answerWith(example.vendor, example.operationId, example.status, example.value)).toBeUndefined();
  });

  it.each(
    examples.map(
      (example) => [`${example.vendor} ${example.operationId} ${example.status} "${example.name}"`, example] as const,
    ),
  )('%s: with a required field deleted or any field retyped, is unexpected_response', async (_, example) => {
    const mutations = example.fields.flatMap((field) => [
      ...(field.required && typeof field.path.at(-1) === 'string' ? [{ field, mutation: 'delete' as const }] : []),
      ...(field.types.length ? [{ field, mutation: 'retype' as const }] : []),
    ]);
    expect(mutations.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...mutations), async ({ field, mutation }) => {
        const body = withField(
          example.value,
          field.path,
          mutation === 'delete' ? () => undefined : () => wrongTypeFor(field.types),
        );
        const error = await answerWith(example.vendor, example.operationId, example.status, body);
        expect(isWorkflowApiError(error), `${mutation} ${field.path.join('.')}`).toBe(true);
        expect(error).toMatchObject({ code: 'unexpected_response', status: example.status });
        expect((error as Error).message).toContain(
          String(field.path.at(-1) === 0 ? field.path.at(-2) : field.path.at(-1)),
        );
      }),
      { numRuns: Math.min(mutations.length * 2, 40) },
    );
  });

  it.each(
    examples
      .filter((example) => example.fields.some((field) => field.enumerated && field.types.includes('string')))
      .map((example) => [`${example.vendor} ${example.operationId} "${example.name}"`, example] as const),
  )('%s: with an unknown word in an enumerated field, is accepted', async (_, example) => {
    for (const field of example.fields.filter(
      (candidate) => candidate.enumerated && candidate.types.includes('string'),
    )) {
      const body = withField(example.value, field.path, () => 'a_word_no_table_knows');
      expect(
        await answerWith(example.vendor, example.operationId, example.status, body),
        field.path.join('.'),
      ).toBeUndefined();
    }
  });
});
