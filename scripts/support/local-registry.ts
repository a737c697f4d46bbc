import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** A token that may publish, for an `.npmrc`. */
  token: string;
  close(): Promise<void>;
}

/**
 * Starts Verdaccio on loopback (local-registry-server.mjs), storing in `dir`, with a user
 * that may publish our packages; every other package is fetched through it from `upstream`.
 */
export async function startLocalRegistry(
  dir: string,
  upstream = 'https://registry.npmjs.org/',
): Promise<LocalRegistry> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(import.meta.dirname, 'local-registry-server.mjs'), dir, upstream],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk;
      const listening = /listening (\S+)/.exec(output);
      if (listening) resolve(listening[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`Verdaccio exited (${code}) before listening:\n${output}`)));
  });
  const user = await fetch(new URL('-/user/org.couchdb.user:rehearsal', url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'rehearsal', password: 'rehearsal-password' }),
  });
  const { token } = (await user.json()) as { token: string };
  return {
    url,
    token,
    close: async () => {
      if (child.exitCode !== null) return;
      child.kill();
      await once(child, 'exit');
    },
  };
}
