import { createServer } from 'node:net';

/**
 * A loopback port nothing listens on now (bound, then released): where a connection is refused,
 * or where a server started next will listen.
 */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('the loopback interface gave no port');
  return address.port;
}
