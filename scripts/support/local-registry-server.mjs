// Verdaccio on loopback in a process of its own, so that it answers while a test waits on a
// synchronous child (an install, a publish). Prints its URL, then serves until killed.
//   node local-registry-server.mjs <dir> <upstream registry URL>
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runServer } from 'verdaccio';

const [dir, upstream] = process.argv.slice(2);
mkdirSync(join(dir, 'storage'), { recursive: true });
// Our packages are published here and served from here alone; every other package comes
// through from the upstream registry.
const ours = { access: '$all', publish: '$authenticated', unpublish: '$authenticated' };
const app = await runServer({
  self_path: dir,
  storage: join(dir, 'storage'),
  auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 1 } },
  uplinks: { upstream: { url: upstream } },
  packages: {
    '@workflow-clients/*': ours,
    'workflow-clients': ours,
    '**': { access: '$all', proxy: 'upstream' },
  },
  log: { type: 'stdout', format: 'pretty', level: 'fatal' },
  web: { enable: false },
});
const server = app.listen(0, '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}/`);
});
