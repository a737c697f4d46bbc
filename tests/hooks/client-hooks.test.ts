import { setupWorkflowMockServer } from '@workflow-clients/msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type ClientHooks,
  type ClientOptions,
  DEBUG_ENV_VAR,
  type ErrorEvent,
  type RegisteredVendor,
  vendors,
} from 'workflow-clients';
import { providerFor, untypedClient } from '../support/clients.js';
import { vendorCases } from '../support/vendor-cases.js';

// Hooks and the logger, through the facade, on every vendor: what they are told about each
// attempt of a run that is rate limited once, and that nothing they do can break the call.
// (That no credential reaches them, whatever a server echoes, is the credential-echo suite's.)
const mock = setupWorkflowMockServer();
beforeAll(() => mock.listen());
afterEach(() => mock.afterEach());
afterAll(() => mock.close());

/** The spec's operationId of the vendor's run, found by running once, so a vendor added later needs no entry here. */
async function runOperationOf(vendor: RegisteredVendor): Promise<string> {
  await runOf(vendor, {});
  const operationId = mock.mocks.vendors[vendor].calls[0]?.operationId as string;
  mock.mocks.reset();
  return operationId;
}

function answerRunWith(
  vendor: RegisteredVendor,
  operationId: string,
  plan: { status: number; headers?: object },
): void {
  const mocked = mock.mocks.vendors[vendor] as unknown as { respondWith(id: string, plan: object): void };
  mocked.respondWith(operationId, plan);
}

const runOf = (vendor: RegisteredVendor, options: ClientOptions) =>
  providerFor(vendor, { apiKey: vendorCases[vendor].apiKey, ...options }).run(vendorCases[vendor].workflowId, {});

describe.each(vendors)('%s', (vendor) => {
  let runOperation = '';
  const rateLimitOnce = () => answerRunWith(vendor, runOperation, { status: 429, headers: { 'retry-after': '0' } });
  beforeAll(async () => {
    runOperation = await runOperationOf(vendor);
  });

  it('tells the hooks about each attempt, its answer and the retry, as one call', async () => {
    const events: Array<[string, Record<string, unknown>]> = [];
    const record =
      (name: string) =>
      (event: object): void => {
        events.push([name, { ...event }]);
      };
    const hooks: ClientHooks = {
      onRequest: record('request'),
      onResponse: record('response'),
      onRetry: record('retry'),
      onError: record('error'),
    };
    rateLimitOnce();
    await runOf(vendor, { hooks });
    const success = mock.mocks.vendors[vendor].calls[1]?.status;
    expect(events.map(([name, event]) => `${name} ${event.attempt}${event.status ? ` ${event.status}` : ''}`)).toEqual([
      'request 1',
      'response 1 429',
      'retry 1 429',
      'request 2',
      `response 2 ${success}`,
    ]);
    const [call] = mock.mocks.vendors[vendor].calls;
    for (const [, event] of events) {
      expect(event).toMatchObject({ vendor, method: 'POST', url: call?.url, callId: events[0]?.[1].callId });
      expect(event.operation).toMatch(/^POST \/\S*\{[a-z_A-Z]+\}/);
    }
    const retry = events.find(([name]) => name === 'retry')?.[1];
    expect(retry).toMatchObject({ delayMs: 0, error: { code: 'rate_limited' } });
    // Whole milliseconds: a duration is read, logged and compared, never a float's last digits.
    for (const [name, event] of events)
      if (name !== 'request') {
        expect(event.durationMs).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(event.durationMs)).toBe(true);
        if ('delayMs' in event) expect(Number.isInteger(event.delayMs)).toBe(true);
      }
  });

  it('goes on with the call whatever a hook throws or rejects with', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const boom = () => {
      throw new Error('hook failed');
    };
    const reject = (): undefined => Promise.reject(new Error('hook rejected')) as unknown as undefined;
    rateLimitOnce();
    const run = await runOf(vendor, { hooks: { onRequest: boom, onResponse: reject, onRetry: boom, onError: boom } });
    expect(run.vendor).toBe(vendor);
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    expect(mock.mocks.vendors[vendor].calls.map((call) => call.status)).toHaveLength(2);
  });

  it('tells onError why the call failed for good', async () => {
    const failures: unknown[] = [];
    answerRunWith(vendor, runOperation, { status: 401 });
    const error = await runOf(vendor, { hooks: { onError: (event: unknown) => failures.push(event) } }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'unauthorized' });
    expect(failures).toEqual([expect.objectContaining({ attempt: 1, status: 401, error })]);
  });

  it('ends a call whose 2xx breaks its spec with onError and a failed log line, not with the 2xx', async () => {
    const events: string[] = [];
    const lines: string[] = [];
    // Whatever the run operation's success status, a body its spec does not allow.
    const fetch = async (request: Request) => {
      const answer = await globalThis.fetch(request);
      return new Response('{"unexpected":true}', {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      });
    };
    const error = await runOf(vendor, {
      fetch,
      hooks: {
        onResponse: (event: { status: number }) => events.push(`response ${event.status}`),
        onError: (event: { status?: number; error: { code: string } }) =>
          events.push(`error ${event.error.code} ${event.status}`),
      },
      logger: { debug: (line: string) => lines.push(line) },
    }).catch((caught: unknown) => caught);
    const status = mock.mocks.vendors[vendor].calls[0]?.status;
    expect(error).toMatchObject({ code: 'unexpected_response', status });
    expect(events).toEqual([`error unexpected_response ${status}`]);
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`attempt 1: failed with unexpected_response \\(${status}\\) in \\d+ ms$`)),
    ]);
  });

  it('hands onError an error whose code, retryability and status it cannot change for the caller', async () => {
    answerRunWith(vendor, runOperation, { status: 401 });
    const tamper = (event: ErrorEvent) => {
      for (const [field, value] of Object.entries({
        code: 'rate_limited',
        retryable: true,
        mayHaveStarted: false,
        status: 200,
      }))
        Reflect.set(event.error, field, value);
    };
    const error = await runOf(vendor, { hooks: { onError: tamper } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'unauthorized', retryable: false, status: 401 });
  });

  it('gives the logger one line per attempt, and the environment turns the lines on', async () => {
    const lines: string[] = [];
    rateLimitOnce();
    await runOf(vendor, { logger: { debug: (line: string) => lines.push(line) } });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`^workflow-clients ${vendor} POST http\\S+ attempt 1: 429 in \\d+ ms, retrying now$`),
    );
    expect(lines[1]).toMatch(/attempt 2: 20[012] in \d+ ms$/);

    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubEnv(DEBUG_ENV_VAR, '1');
    await runOf(vendor, {});
    expect(stderr.mock.calls.map(([line]) => String(line))).toEqual([expect.stringMatching(/attempt 1: 20[012]/)]);
    vi.stubEnv(DEBUG_ENV_VAR, '');
    await runOf(vendor, {});
    expect(stderr).toHaveBeenCalledTimes(1);
  });
});

it('reads each hook once, when the client is made: a getter that throws is refused there, not in a call', async () => {
  let reads = 0;
  const hooks = {
    get onRequest() {
      reads += 1;
      return () => {};
    },
  };
  // A getter is what a hook object may be; its type says plain properties.
  const client = untypedClient('wiv', { apiKey: vendorCases.wiv.apiKey, hooks });
  await client.run(vendorCases.wiv.workflowId, {});
  await client.run(vendorCases.wiv.workflowId, {});
  expect(reads).toBe(1);
  const throwing = {
    get onError(): never {
      throw new Error('a hook getter that throws');
    },
  };
  expect(() => untypedClient('wiv', { apiKey: 'k', hooks: throwing })).toThrow(
    expect.objectContaining({ name: 'WorkflowApiError', code: 'invalid_input' }),
  );
});

it('refuses hooks and loggers it could not call, when the client is made', () => {
  for (const options of [
    { hooks: { onRequest: 'log' } },
    { hooks: { onAttempt: () => {} } },
    { logger: console.debug },
  ]) {
    expect(() => untypedClient('wiv', { apiKey: 'k', ...options })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  }
});
