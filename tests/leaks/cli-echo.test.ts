import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { altostratSpec } from '@workflow-clients/msw';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exampleOf } from '../support/spec-examples.js';

// The command line prints what servers send: a run's body with --raw, the run with --json, an
// error's message. A server that echoes the credential, in any encoding, in a run it accepts
// or in an error, must not have it printed into a terminal's scrollback or a CI log. The
// credential is drawn at random in Altostrat's documented format.
const cli = join(
  dirname(createRequire(import.meta.url).resolve('workflow-clients/package.json')),
  'bin/workflow-clients.js',
);
const queued = exampleOf(altostratSpec, {
  path: '/workflows/{workflowId}/execute',
  method: 'post',
  status: '202',
  example: 'queued',
}) as Record<string, unknown>;

/** Every encoding of the key a server might echo it in. */
const echoesOf = (key: string) => [
  key,
  encodeURIComponent(key),
  new URLSearchParams({ k: key }).toString().slice(2),
  [...key].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
];

let server: Server;
let origin = '';
let answerStatus = 202;
beforeAll(async () => {
  server = createServer((request, response) => {
    const key = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    // The echoes go into the JSON text as they are: escaped forms reach the client escaped.
    const echoed = echoesOf(key).map((form) => `"${form.replace(/"/g, '')}"`);
    const body =
      answerStatus === 202
        ? `{${Object.entries(queued)
            .map(([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value)}`)
            .join(',')},"trigger_payload":{"echo":[${echoed.join(',')}]}}`
        : `{"message":${echoed[0]},"errors":{"authorization":[${echoed.join(',')}]}}`;
    response.writeHead(answerStatus, { 'content-type': 'application/json', 'x-request-id': echoesOf(key)[1]! });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function run(args: string[], key: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, ALTOSTRAT_API_KEY: key };
    execFile(process.execPath, [cli, ...args], { env }, (_, stdout, stderr) => resolve({ stdout, stderr }));
  });
}

it('prints no echoed credential, in a run or an error, as text, --json or --raw', { timeout: 120_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.stringMatching(/^[A-Za-z0-9\-._~+/]{16,48}$/),
      fc.constantFrom(202, 401, 422),
      fc.constantFrom([], ['--json'], ['--raw']),
      async (key, status, flags) => {
        answerStatus = status;
        const { stdout, stderr } = await run(
          ['run', 'altostrat', 'fl_a1b2c3d4e5f6g7h8', '--base-url', origin, '--input', '{}', ...flags],
          key,
        );
        const printed = `${stdout}\n${stderr}`;
        expect(printed).toMatch(status === 202 ? /fl_run|"id"/ : /error/);
        for (const form of echoesOf(key)) expect(printed).not.toContain(form);
        for (let start = 0; start + 8 <= key.length; start++)
          expect(printed).not.toContain(key.slice(start, start + 8));
      },
    ),
    { numRuns: 9 },
  );
});
