import { inspect } from 'node:util';
import { useWorkflowMockServer } from '@workflow-clients/msw/vitest';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createWivProvider } from './index.js';

// The credential, met through Wiv's header scheme, never appears in an error's message, stack,
// JSON.stringify or util.inspect, nor in anything logged.
const mock = useWorkflowMockServer();

const SECRET = 'wiv_live_5f3c9a7e1b2d4c6f8a0e';

function everyRendering(error: unknown): string[] {
  const e = error as Error;
  return [
    e.message,
    String(e.stack),
    JSON.stringify(e),
    inspect(e, { depth: 10 }),
    String(e),
    inspect(e.cause, { depth: 10 }),
  ];
}

function expectNoSecret(error: unknown) {
  expect(error).toMatchObject({ name: 'WorkflowApiError' });
  for (const text of everyRendering(error)) expect(text).not.toContain(SECRET);
}

describe('the credential never leaks', () => {
  it('when the server echoes it in an error body', async () => {
    mock.server.use(
      http.post('https://api.wiv.ai/workflows/:id/run', ({ request }) =>
        HttpResponse.json(
          { message: `Key ${request.headers.get('x-api-key')} is revoked`, details: { [`${SECRET}`]: [SECRET] } },
          { status: 401, headers: { 'x-request-id': `req-${SECRET}` } },
        ),
      ),
    );
    const error = await createWivProvider({ apiKey: SECRET })
      .run('wf')
      .catch((e: unknown) => e);
    expectNoSecret(error);
    expect((error as Error).message).toContain('Key [REDACTED] is revoked');
    expect((error as { body: unknown }).body).toEqual({
      message: 'Key [REDACTED] is revoked',
      details: { '[REDACTED]': ['[REDACTED]'] },
    });
  });

  it('when the server echoes it in a 2xx that is not JSON', async () => {
    mock.server.use(http.post('https://api.wiv.ai/workflows/:id/run', () => new HttpResponse(`<pre>${SECRET}</pre>`)));
    expectNoSecret(
      await createWivProvider({ apiKey: SECRET })
        .run('wf')
        .catch((e: unknown) => e),
    );
  });

  it('when the fetch implementation names it in a network error', async () => {
    const fetch = vi.fn(async (request: Request) => {
      throw new TypeError(`fetch failed for ${request.headers.get('x-api-key')}`, {
        cause: Object.assign(new Error(`socket hang up (${SECRET})`), { code: 'ECONNRESET' }),
      });
    });
    const error = await createWivProvider({ apiKey: SECRET, fetch })
      .run('wf')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network' });
    expectNoSecret(error);
  });

  it('when the key itself is malformed', async () => {
    const error = await createWivProvider({ apiKey: `${SECRET}\n` })
      .run('wf')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input' });
    expectNoSecret(error);
  });

  it('in anything written to the console across failures', async () => {
    const written: unknown[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void written.push(...args));
    }
    mock.server.use(
      http.post('https://api.wiv.ai/workflows/:id/run', ({ request }) =>
        HttpResponse.json({ message: String(request.headers.get('x-api-key')) }, { status: 403 }),
      ),
    );
    await createWivProvider({ apiKey: SECRET })
      .run('wf')
      .catch(() => undefined);
    await createWivProvider({ apiKey: `${SECRET}\r\n` })
      .run('wf')
      .catch(() => undefined);
    expect(inspect(written, { depth: 10 })).not.toContain(SECRET);
  });
});
