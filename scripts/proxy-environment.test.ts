import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyWorkingTree } from './support/copy-working-tree.mjs';

// Behind a proxy, or a TLS-intercepting one with its own CA, every task turbo runs (the install
// tests, the registry fetches) needs the proxy and CA variables, which turbo's strict mode
// would otherwise hide. Checked with a probe task in a copy of the workspace.
const root = join(import.meta.dirname, '..');
const copy = mkdtempSync(join(tmpdir(), 'wc-proxy-env-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
const PASSED = {
  HTTPS_PROXY: 'http://127.0.0.1:3128',
  HTTP_PROXY: 'http://127.0.0.1:3128',
  NO_PROXY: 'localhost,127.0.0.1',
  NODE_USE_ENV_PROXY: '1',
  // Any readable bundle: Node loads it at start-up.
  NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt',
};

it('reach every task turbo runs', () => {
  copyWorkingTree(root, copy);
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  mkdirSync(join(copy, 'probe'));
  writeFileSync(
    join(copy, 'probe', 'package.json'),
    JSON.stringify({
      name: 'probe',
      private: true,
      scripts: { probe: `node -e "console.log('seen ' + JSON.stringify(process.env))"` },
    }),
  );
  writeFileSync(
    join(copy, 'probe', 'turbo.json'),
    JSON.stringify({ extends: ['//'], tasks: { probe: { cache: false } } }),
  );
  const workspace = join(copy, 'pnpm-workspace.yaml');
  writeFileSync(workspace, readFileSync(workspace, 'utf8').replace('packages:\n', 'packages:\n  - probe\n'));
  const probed = spawnSync(
    join(root, 'node_modules/.bin/turbo'),
    ['run', 'probe', '--filter=probe', '--env-mode=strict'],
    {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, ...PASSED, TURBO_TELEMETRY_DISABLED: '1' },
    },
  );
  expect(probed.status, probed.stdout + probed.stderr).toBe(0);
  const seen = JSON.parse(/seen (\{.*\})/.exec(probed.stdout)?.[1] ?? '{}');
  for (const [name, value] of Object.entries(PASSED)) expect(seen[name], name).toBe(value);
});
