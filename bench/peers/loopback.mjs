// The loopback server the bench scripts call: a child process, so that its work does not share
// the measuring process's event loop or heap. It answers at once, or, after `hold(n)`, keeps
// every answer back until n requests have arrived and the parent says `release()` (heap.mjs
// counts what a client keeps alive per call while its request is in flight).
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { ANSWER } from './wiv-call.mjs';

/** Starts the server; resolves to its base URL and the controls. */
export async function startLoopback() {
  const child = fork(import.meta.filename, ['serve'], { stdio: 'inherit' });
  const { port } = await nextMessage(child);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    /** Resolves, once the server holds answers back, to `arrived`: settled when n requests wait, each read whole. */
    hold: async (n) => {
      child.send({ hold: n });
      await nextMessage(child);
      return { arrived: nextMessage(child) };
    },
    release: () => child.send({ release: true }),
    close: () => child.disconnect(),
  };
}

const nextMessage = (child) => new Promise((resolve) => child.once('message', resolve));

function serve() {
  let holdUntil = 0;
  let held = [];
  const answer = (response) => response.writeHead(200, { 'content-type': 'application/json' }).end(ANSWER);
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if (!holdUntil) return answer(response);
      held.push(response);
      if (held.length === holdUntil) process.send({ held: held.length });
    });
  });
  // Idle sockets stay open for a minute (the client reads the Keep-Alive hint), so that a pause
  // between rounds does not close the pool and make the next round pay for new connections.
  server.keepAliveTimeout = 60_000;
  process.on('message', (message) => {
    if (message.hold) {
      holdUntil = message.hold;
      process.send({ holding: true });
    }
    if (message.release) {
      holdUntil = 0;
      for (const response of held) answer(response);
      held = [];
    }
  });
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('disconnect', () => process.exit(0));
}

if (process.argv[2] === 'serve' && process.argv[1] === import.meta.filename) serve();
