import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unusedPort } from './unused-port.js';

// Real Redis and PostgreSQL servers for the fleet's tests: each on a random loopback port with a
// data directory of its own, started as a child process and stopped by its pid. Missing servers
// fail the test with what to install (the quick start installs both where it can).

export interface StoreServer {
  readonly port: number;
  readonly dir: string;
  readonly pid: number;
  /** Stops it with SIGKILL (a crash) or SIGTERM, and waits for it to exit. */
  stop(signal?: 'SIGKILL' | 'SIGTERM'): Promise<void>;
  /** Starts it again on the same port and data directory. */
  restart(): Promise<void>;
  /** Stops it and removes its data directory. */
  dispose(): Promise<void>;
}

function which(command: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Resolves once something accepts connections on the port, or rejects after `ms`. */
async function listening(port: number, child: ChildProcess, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before it listened`);
    const open = await new Promise<boolean>((resolve) => {
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

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function managed(
  port: number,
  dir: string,
  launch: () => ChildProcess,
  ready: (child: ChildProcess) => Promise<void>,
): Promise<StoreServer> {
  let child = launch();
  await ready(child);
  const server: StoreServer = {
    port,
    dir,
    get pid() {
      return child.pid as number;
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid as number, signal);
      await exited(child);
    },
    async restart() {
      await server.stop('SIGTERM');
      child = launch();
      await ready(child);
    },
    async dispose() {
      await server.stop('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

/** A Redis server with its append-only file on, as a fleet's store should run. */
export async function startRedis(): Promise<StoreServer> {
  const binary = which('redis-server');
  if (!binary)
    throw new Error(
      'redis-server is not installed: `apt-get install redis-server` (the quick start does it as root on Debian).',
    );
  const port = await unusedPort();
  const dir = mkdtempSync(join(tmpdir(), 'wfc-redis-'));
  const launch = () =>
    spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec'],
      { stdio: 'ignore' },
    );
  return managed(port, dir, launch, (child) => listening(port, child));
}

/** The newest PostgreSQL server binaries on this machine. */
function postgresBin(): string | undefined {
  const fromConfig = which('pg_config') && execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  if (fromConfig && existsSync(join(fromConfig, 'postgres'))) return fromConfig;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(root, versions[0], 'bin');
}

/** A PostgreSQL server, run as the `postgres` user where the tests run as root (it refuses root). */
export async function startPostgres(): Promise<StoreServer> {
  const bin = postgresBin();
  if (!bin)
    throw new Error(
      'PostgreSQL is not installed: `apt-get install postgresql` (the quick start does it as root on Debian).',
    );
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot
    ? {
        uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
        gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
      }
    : {};
  const port = await unusedPort();
  const dir = mkdtempSync(join(tmpdir(), 'wfc-postgres-'));
  if (owner.uid !== undefined) chownSync(dir, owner.uid, owner.gid as number);
  execFileSync(join(bin, 'initdb'), ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], {
    ...owner,
    stdio: 'ignore',
  });
  const launch = () =>
    spawn(
      join(bin, 'postgres'),
      // A fleet of worker processes, each with a pool per queue: more connections than the default 100.
      [
        '-D',
        dir,
        '-p',
        String(port),
        '-k',
        dir,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
        '-c',
        'max_connections=500',
      ],
      { ...owner, stdio: 'ignore' },
    );
  return managed(port, dir, launch, (child) => listening(port, child));
}
