import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupWorkflowMockServer, type UnhandledRequests } from './node.js';
import { useWorkflowMockServer } from './vitest.js';

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

/**
 * Makes msw 2's server behave as msw 3's does: it reports `readyState` (1 while listening),
 * refuses a second `listen()`, and throws "already disabled" when closed while not listening.
 * Returns how many times the real server was closed.
 */
function likeMsw3(server: SetupServer, listening = false): { closes: number } {
  const seen = { closes: 0 };
  let enabled = listening;
  const listen = server.listen.bind(server);
  const close = server.close.bind(server);
  Object.defineProperty(server, 'readyState', { configurable: true, get: () => (enabled ? 1 : 0) });
  server.listen = (options) => {
    if (enabled) throw new Error('[MSW] Failed to call "server.listen()": the server is already listening.');
    listen(options);
    enabled = true;
  };
  server.close = () => {
    if (!enabled) throw new Error('Failed to call "disable" on the network: already disabled');
    enabled = false;
    seen.closes += 1;
    close();
  };
  return seen;
}

/** Runs `body` as if on Node.js `version`, which the mock server checks before msw 3 listens. */
function onNode<T>(version: string, body: () => T): T {
  const actual = Object.getOwnPropertyDescriptor(process.versions, 'node') as PropertyDescriptor;
  Object.defineProperty(process.versions, 'node', { ...actual, value: version });
  try {
    return body();
  } finally {
    Object.defineProperty(process.versions, 'node', actual);
  }
}

/** Whether a request to the loopback "network" gets out, i.e. nothing intercepts it. */
const reachesNetwork = () =>
  fetch(`${origin}/after-close`).then(
    (response) => response.ok,
    () => false,
  );

describe('close()', () => {
  it('does nothing before listen(), stops a listening server, and does nothing when called again', async () => {
    const mock = setupWorkflowMockServer();
    expect(() => mock.close()).not.toThrow();
    mock.listen();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await reachesNetwork()).toBe(false);
    mock.close();
    expect(() => mock.close()).not.toThrow();
    expect(await reachesNetwork()).toBe(true);
  });

  it('on msw 3, never closes a server that is not listening, which msw 3 refuses with "already disabled"', () => {
    const mock = setupWorkflowMockServer();
    const seen = likeMsw3(mock.server);
    onNode('22.12.0', () => {
      expect(() => mock.close()).not.toThrow();
      mock.listen();
      mock.close();
      expect(() => mock.close()).not.toThrow();
      // Two afterAll hooks closing one server: the second finds it stopped.
      for (const close of [mock.close, mock.close]) expect(close).not.toThrow();
      expect(seen.closes).toBe(1);
      // Stopped, it can listen again, and then be closed again.
      mock.listen();
      mock.close();
    });
    expect(seen.closes).toBe(2);
  });

  it('on msw 3 and a Node.js it cannot intercept on, leaves only the refusal to start: close() after it is quiet', () => {
    const mock = setupWorkflowMockServer();
    const seen = likeMsw3(mock.server);
    onNode('20.19.0', () => {
      expect(() => mock.listen()).toThrow('msw 3 needs Node.js 22.12 or later to intercept requests');
      expect(() => mock.close()).not.toThrow();
      expect(() => mock.close()).not.toThrow();
    });
    expect(seen.closes).toBe(0);
  });

  it('still throws when stopping a listening server genuinely fails', () => {
    const mock = setupWorkflowMockServer();
    mock.listen();
    const close = mock.server.close.bind(mock.server);
    mock.server.close = () => {
      throw new Error('the interceptor could not be removed');
    };
    try {
      expect(() => mock.close()).toThrow('the interceptor could not be removed');
    } finally {
      close();
    }
  });

  it('on msw 3, throws a failure of the first close, and is quiet on the next (msw 3 is stopped by then)', () => {
    const mock = setupWorkflowMockServer();
    const seen = likeMsw3(mock.server);
    onNode('22.12.0', () => mock.listen());
    const close = mock.server.close;
    mock.server.close = () => {
      close();
      throw new Error('a handler failed to dispose');
    };
    expect(() => mock.close()).toThrow('a handler failed to dispose');
    expect(() => mock.close()).not.toThrow();
    expect(seen.closes).toBe(1);
  });
});

describe('useWorkflowMockServer', () => {
  let seen = { closes: 0 };
  // Runs after the file's own afterAll(mock.close) below has found the server already stopped.
  afterAll(() => expect(seen.closes).toBe(1));
  const mock = useWorkflowMockServer();

  it('lets a test close the server itself: the afterAll hook that closes it again does not throw', () => {
    // From here the server behaves as msw 3's, which throws "already disabled" on a second close:
    // were the hook's close to throw, this file would fail.
    seen = likeMsw3(mock.server, true);
    mock.close();
    expect(seen.closes).toBe(1);
  });
});
