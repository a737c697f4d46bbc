// Real Redis and PostgreSQL servers for the fleet's tests and its benchmark: each on a random
// loopback port with a data directory of its own, started as a child process and stopped by its
// pid. A missing server is an error saying what to install (the quick start installs both where
// it can). Plain JavaScript, with its types beside it, so that `bench/` can run it too.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function which(command) {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A loopback port nothing listens on now. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves once something accepts connections on the port, or rejects after `ms`. */
async function listening(port, child, ms = 20_000) {
  const until = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before it listened`);
    const open = await new Promise((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`nothing listened on 127.0.0.1:${port} within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const exited = (child) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

/**
 * Runs a server under a watchdog shell that kills it when this process goes away, however it
 * goes (a test runner killing its worker included): the shell holds the write end of this
 * process's pipe, and when that closes, the server is killed. Resolves with the server's own pid,
 * which is what a test stops, kills or signals.
 */
async function watched(binary, args, options = {}) {
  // The pipe is kept as fd 3: a background job's own stdin would be /dev/null.
  const script =
    'exec 3<&0; "$@" </dev/null >/dev/null 2>&1 & pid=$!; echo $pid; (cat <&3 >/dev/null; kill -9 $pid 2>/dev/null) & wait $pid';
  const child = spawn('sh', ['-c', script, 'watchdog', binary, ...args], {
    ...options,
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const pid = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim())));
    child.once('exit', (code) => reject(new Error(`${binary} exited (${code}) before it started`)));
  });
  return { child, pid };
}

async function managed(port, dir, launch) {
  let current = await launch();
  await listening(port, current.child);
  const server = {
    port,
    dir,
    get pid() {
      return current.pid;
    },
    async stop(signal = 'SIGTERM') {
      const { child, pid } = current;
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(pid, signal);
        } catch {}
      }
      await exited(child);
      child.stdin.end();
    },
    async restart() {
      await server.stop('SIGTERM');
      current = await launch();
      await listening(port, current.child);
    },
    async dispose() {
      await server.stop('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

/** A Redis server with its append-only file on, as a fleet's store should run. */
export async function startRedis() {
  const binary = which('redis-server');
  if (!binary)
    throw new Error(
      'redis-server is not installed: `apt-get install redis-server` (the quick start does it as root on Debian).',
    );
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'wfc-redis-'));
  const launch = () =>
    watched(binary, [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'everysec',
    ]);
  return managed(port, dir, launch);
}

/** The newest PostgreSQL server binaries on this machine. */
export function postgresBin() {
  const fromConfig = which('pg_config') && execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  if (fromConfig && existsSync(join(fromConfig, 'postgres'))) return fromConfig;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(root, versions[0], 'bin');
}

/** A PostgreSQL server, run as the `postgres` user where this runs as root (it refuses root). */
export async function startPostgres() {
  const bin = postgresBin();
  if (!bin)
    throw new Error(
      'PostgreSQL is not installed: `apt-get install postgresql` (the quick start does it as root on Debian).',
    );
  const owner =
    process.getuid?.() === 0
      ? {
          uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
          gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
        }
      : {};
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'wfc-postgres-'));
  if (owner.uid !== undefined) chownSync(dir, owner.uid, owner.gid);
  execFileSync(join(bin, 'initdb'), ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], {
    ...owner,
    stdio: 'ignore',
  });
  // A fleet of worker processes, each with a pool per queue: more connections than the default 100.
  const settings = ['listen_addresses=127.0.0.1', 'fsync=off', 'max_connections=500'].flatMap((s) => ['-c', s]);
  const launch = () => watched(join(bin, 'postgres'), ['-D', dir, '-p', String(port), '-k', dir, ...settings], owner);
  return managed(port, dir, launch);
}
