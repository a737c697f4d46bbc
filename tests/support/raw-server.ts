import type { AddressInfo } from 'node:net';
import { createServer, type Socket } from 'node:net';

/**
 * A loopback server that answers every request with bytes written by hand, for answers no
 * HTTP library would produce: a status of 999, a body that lies about its encoding.
 */
export async function rawServer(
  answer: (request: string) => string | Uint8Array,
): Promise<{ origin: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    let head = '';
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      if (head.length < end + 4 + length) return;
      requests.push(head);
      head = '';
      socket.end(answer(requests.at(-1)!));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An HTTP/1.1 answer with the given status line, headers and body, closing the connection. */
export function httpAnswer(statusLine: string, headers: Record<string, string>, body: string | Uint8Array): Uint8Array {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const head = [
    `HTTP/1.1 ${statusLine}`,
    ...Object.entries({ ...headers, 'content-length': String(bytes.length), connection: 'close' }).map(
      ([name, value]) => `${name}: ${value}`,
    ),
  ].join('\r\n');
  const headBytes = new TextEncoder().encode(`${head}\r\n\r\n`);
  const whole = new Uint8Array(headBytes.length + bytes.length);
  whole.set(headBytes);
  whole.set(bytes, headBytes.length);
  return whole;
}
