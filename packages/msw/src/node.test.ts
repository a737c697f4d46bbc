import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupWorkflowMockServer, type UnhandledRequests } from './node.js';

// What happens to a request no spec describes, for each strategy: a real server on loopback
// stands for "the network", and says whether the request reached it.
let network: Server;
let reached: string[] = [];
let origin = '';

beforeAll(async () => {
  network = createServer((request, response) => {
    reached.push(request.url ?? '');
    response.end('from the network');
  });
  await new Promise<void>((resolve) => network.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(network.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => network.close(() => resolve())));
afterEach(() => {
  reached = [];
});

async function withStrategy(strategy: UnhandledRequests | undefined, send: () => Promise<unknown>) {
  const mock = setupWorkflowMockServer(strategy ? { onUnhandledRequest: strategy } : {});
  mock.listen();
  try {
    return await send().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
  } finally {
    mock.close();
  }
}

describe('onUnhandledRequest', () => {
  it('fails a request no spec describes by default, and it never leaves', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const outcome = await withStrategy(undefined, () => fetch(`${origin}/not-a-vendor`));
    expect(outcome).toHaveProperty('error');
    expect(reached).toEqual([]);
    expect(printed.mock.calls.flat().join(' ')).toContain('/not-a-vendor');
  });

  it('lets it out with a warning under warn', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const outcome = await withStrategy('warn', () => fetch(`${origin}/warned`).then((r) => r.text()));
    expect(outcome).toEqual({ value: 'from the network' });
    expect(reached).toEqual(['/warned']);
    expect(warn.mock.calls.flat().join(' ')).toContain('/warned');
  });

  it('lets it out silently under bypass, while vendor requests are still mocked', async () => {
    const warn = vi.spyOn(console, 'warn');
    const outcome = await withStrategy('bypass', async () => [
      await fetch(`${origin}/bypassed`).then((r) => r.text()),
      (await fetch('https://api.wiv.ai/workflows/wf_1/run', { method: 'POST', body: '{}' })).status,
    ]);
    // The Wiv request broke the spec (no key): the mock answered it, it did not go out.
    expect(outcome).toEqual({ value: ['from the network', 400] });
    expect(reached).toEqual(['/bypassed']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('refuses a strategy it does not know rather than let msw fall back to letting requests out', () => {
    expect(() => setupWorkflowMockServer({ onUnhandledRequest: 'eror' as never })).toThrow(
      'onUnhandledRequest must be one of error, warn, bypass, got eror',
    );
  });
});
