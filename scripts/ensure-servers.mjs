#!/usr/bin/env node
// The run queue's tests and benchmark start a real Redis and a real PostgreSQL of their own. On a
// Debian machine where we are root (CI, a fresh container) this installs Debian's redis-server
// and postgresql packages when they are missing; anywhere else it says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const has = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const hasPostgres = () =>
  existsSync('/usr/lib/postgresql') &&
  readdirSync('/usr/lib/postgresql').some((version) =>
    existsSync(join('/usr/lib/postgresql', version, 'bin', 'postgres')),
  );

const missing = [...(has('redis-server') ? [] : ['redis-server']), ...(hasPostgres() ? [] : ['postgresql'])];
if (missing.length === 0) process.exit(0);
const canApt = process.getuid?.() === 0 && has('apt-get');
if (!canApt) {
  console.warn(`Not found: ${missing.join(', ')}. Install them for the run queue's tests (pnpm test).`);
  process.exit(0);
}
console.log(`Installing Debian's ${missing.join(' and ')} for the run queue's tests...`);
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
