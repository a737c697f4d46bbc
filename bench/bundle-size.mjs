// Bytes a user ships for one call: each program in size/programs makes the same Wiv run as its
// variant in peers/variants.mjs, bundled whole (nothing external) and minified by esbuild,
// then gzipped at level 9. Platform 'browser': a bundle for the web is where the bytes count;
// every program bundles there and runs (checked against a fetch stub), and 'neutral' gives the
// same bytes, as none of them needs a Node built-in.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The program of each variant, by the variant's name in peers/variants.mjs. */
const programs = {
  'raw fetch': 'raw-fetch.mjs',
  'bare openapi-fetch': 'openapi-fetch.mjs',
  '@octokit/request': 'octokit-request.mjs',
  'openai SDK (client.post)': 'openai.mjs',
  'our client (createWivClient)': 'wiv-client.mjs',
  'ours (createWivProvider().run)': 'wiv-provider.mjs',
  'facade provider (createWorkflowClient)': 'workflow-client.mjs',
};

const gzBytes = {};
const minBytes = {};
for (const [name, file] of Object.entries(programs)) {
  const { outputFiles } = await build({
    entryPoints: [join(import.meta.dirname, 'size/programs', file)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const code = outputFiles[0].contents;
  minBytes[name] = code.byteLength;
  gzBytes[name] = gzipSync(code, { level: 9 }).byteLength;
}

console.log('\nbundle size of a one-call program (esbuild, minified, platform browser; gzip -9)');
for (const [name, bytes] of Object.entries(gzBytes))
  console.log(`  ${name.padEnd(40)} ${String(bytes).padStart(7)} B gz   ${String(minBytes[name]).padStart(7)} B min`);
// --quick changes nothing: one bundle per program is already quick.
if (process.argv.includes('--json')) console.log(JSON.stringify({ gzBytes, minBytes }));
