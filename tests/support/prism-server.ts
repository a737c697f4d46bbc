import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { unusedPort } from './unused-port.js';

// Prism's mock of one spec, in its own process on a loopback port: an implementation of the
// spec written by someone else, so a request it refuses was refused by a reading of the spec
// that is not ours. Its output is kept, because its log is the only place it explains itself.

/** One Prism serving one spec. */
export interface PrismServer {
  /** The origin it serves at, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  readonly spec: string;
  /** Everything it has printed so far, colours removed. */
  output(): string;
  /** Where its output ends now, to read only what a later request makes it print. */
  mark(): number;
  /**
   * Its output since `mark`, once it has stopped growing: Prism writes its log after it
   * answers, so the last lines of a request can arrive after the client has its answer.
   */
  linesSince(mark: number): Promise<string[]>;
  stop(): Promise<void>;
}

export interface StartPrismOptions {
  /** How long to wait for "Prism is listening": several seconds on a loaded two-core machine. */
  readyWithinMs?: number;
}

const prismCli = join(
  dirname(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json')),
  'dist/index.js',
);

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `prism mock <spec> --errors` and resolves once it listens, or rejects with its output. */
export async function startPrism(spec: string, options: StartPrismOptions = {}): Promise<PrismServer> {
  const { readyWithinMs = 60_000 } = options;
  const port = await unusedPort();
  const url = `http://127.0.0.1:${port}`;
  // Single process, so that the pid spawned is the server stopped; NODE_ENV=production would
  // otherwise fork it.
  const child = spawn(
    process.execPath,
    [prismCli, 'mock', spec, '-h', '127.0.0.1', '-p', String(port), '--errors', '--no-multiprocess'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output += stripVTControlCharacters(chunk.toString('utf8'));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // A worker that dies without running afterAll must not leave Prism holding its port.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  child.once('exit', () => process.off('exit', orphaned));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const gone = exited(child);
    const stubborn = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await gone;
    clearTimeout(stubborn);
  };

  await new Promise<void>((resolve, reject) => {
    const fail = (why: string) => {
      clearInterval(poll);
      clearTimeout(deadline);
      void stop().then(() => reject(new Error(`Prism for ${spec} ${why}. Its output:\n${output}`)));
    };
    const poll = setInterval(() => {
      if (output.includes('Prism is listening')) {
        clearInterval(poll);
        clearTimeout(deadline);
        resolve();
      }
    }, 50);
    const deadline = setTimeout(() => fail(`was not listening after ${readyWithinMs} ms`), readyWithinMs);
    child.once('exit', (code, signal) => fail(`exited before listening (${signal ?? `code ${code}`})`));
    child.once('error', (error) => fail(`could not start: ${error.message}`));
  });

  return {
    url,
    spec,
    output: () => output,
    mark: () => output.length,
    async linesSince(mark) {
      // Quiet for 200 ms, or 3 s in all: a log is evidence for a message, not worth a hang.
      for (let waited = 0, before = -1; waited < 3_000 && output.length !== before; waited += 200) {
        before = output.length;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return output.slice(mark).split('\n').filter(Boolean);
    },
    stop,
  };
}
