import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interactlySpec } from '@workflow-clients/msw';
import { type LoopbackMockServer, startLoopbackMockServer } from '@workflow-clients/msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { vendors } from '../index.js';
import { EXIT } from './exit-codes.js';

// The built `workflow-clients` command, run as a subprocess the way a user or a script runs
// it: its output, its exit codes, and its requests to the spec-backed mock.
const bin = join(import.meta.dirname, '../../bin/workflow-clients.js');
const credentials = Object.fromEntries(vendors.map((vendor) => [`${vendor.toUpperCase()}_API_KEY`, undefined]));

function cli(args: string[], env: Record<string, string | undefined> = {}, stdin = '') {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    // A clean environment: no real credential of the caller's can leak into a test.
    const childEnv = { ...process.env, ...credentials, ...env } as NodeJS.ProcessEnv;
    for (const [name, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[name];
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { env: childEnv, timeout: 300_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(stdin);
  });
}
/** The caller's environment without any vendor credential in it. */
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.endsWith('_API_KEY')));
const json = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1) ?? '');

// Each test starts node (and often the mock) afresh: seconds apiece on a loaded CI machine.
describe('workflow-clients, the command', { timeout: 300_000 }, () => {
  it('prints its usage for --help (exit 0) and without a command (exit 2)', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toContain('Usage: workflow-clients <command>');
    expect(help.stdout).toContain('Exit codes:');
    expect((await cli([])).code).toBe(EXIT.usage);
  });

  it('prints its version for --version and -v', async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = await cli([flag]);
      expect({ code, stdout }).toEqual({ code: EXIT.ok, stdout: `workflow-clients ${version}\n` });
    }
  });

  it('prints one command’s usage for <command> --help and -h, and with a usage error in it', async () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout } = await cli(['run', flag]);
      expect(code).toBe(EXIT.ok);
      expect(stdout).toMatch(/^Usage: workflow-clients run <vendor> <workflowId>/);
      expect(stdout).not.toContain('Commands:');
    }
  });

  it('prints a usage error as its line, the command’s usage line and where the rest is: not the whole usage', async () => {
    const missing = await cli(['get', 'altostrat', 'fl_1']);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toBe(
      'error: get needs a run id.\n' +
        'Usage: workflow-clients get <vendor> <workflowId> <runId> [--json | --raw]\n' +
        'Run `workflow-clients get --help` for details.\n',
    );
    // An unknown option is the command's usage error too; outside a command, the command line's.
    const option = await cli(['run', 'wiv', 'wf', '--fast']);
    expect(option.stderr.split('\n')).toEqual([
      'error: Unknown option --fast.',
      expect.stringMatching(/^Usage: workflow-clients run <vendor> <workflowId> \[--input/),
      'Run `workflow-clients run --help` for details.',
      '',
    ]);
    const command = await cli(['launch', 'wiv', 'wf']);
    expect(command.code).toBe(EXIT.usage);
    expect(command.stderr.split('\n').slice(1)).toEqual([
      'Usage: workflow-clients <command> [options]',
      'Run `workflow-clients --help` for details.',
      '',
    ]);
    expect(missing.stderr + option.stderr + command.stderr).not.toMatch(/Commands:|Options:|Exit codes:/);
  });

  it.each([
    ['an unknown vendor', ['run', 'wivv', 'x'], 'Unknown vendor "wivv". Did you mean "wiv"?'],
    [
      'an unknown command',
      ['launch', 'wiv', 'wf'],
      'Unknown command "launch": one of run, get, cancel, list, wait, vendors.',
    ],
    ['an unknown option', ['run', 'wiv', 'wf', '--fast'], 'Unknown option --fast.'],
    ['a missing workflow id', ['run', 'wiv'], 'run needs a workflow id.'],
    ['a bad --limit', ['list', 'interactly', '--limit', '0'], '--limit must be a whole number, 1 or more, got "0".'],
    ['a run token that is not one', ['wait', 'nonsense'], 'This is not a run token: a run token starts with "wcr".'],
    ['no command at all', [], 'Name a command: one of run, get, cancel, list, wait, vendors.'],
  ])(
    'prints %s with --json as one line of JSON on stdout, besides the error line on stderr',
    async (_, args, message) => {
      const { code, stdout, stderr } = await cli([...args, '--json']);
      expect(code).toBe(EXIT.usage);
      expect(stdout).toBe(`${JSON.stringify({ error: { code: 'usage', message } })}\n`);
      expect(stderr.split('\n')[0]).toBe(`error: ${message}`);
    },
  );

  it('prints a usage error as JSON with --raw too, and with --json before a parse failure', async () => {
    const raw = await cli(['run', 'wivv', 'x', '--raw']);
    expect(JSON.parse(raw.stdout)).toEqual({
      error: { code: 'usage', message: expect.stringMatching(/^Unknown vendor/) },
    });
    // --input takes --json for its value, which parseArgs refuses as ambiguous: --json still counts.
    const ambiguous = await cli(['run', 'wiv', 'wf', '--input', '--json']);
    expect(ambiguous.code).toBe(EXIT.usage);
    expect(JSON.parse(ambiguous.stdout)).toEqual({ error: { code: 'usage', message: '--input needs a value.' } });
  });

  it('escapes control characters and scrubs credentials in a JSON error as in its error line', async () => {
    const typed = '\u009b2J\u001b]0;owned\u0007cli-secret-key-123\u007f';
    const { code, stdout, stderr } = await cli(['run', typed, 'wf', '--json'], { WIV_API_KEY: 'cli-secret-key-123' });
    expect(code).toBe(EXIT.usage);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
    expect(`${stdout}${stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(`${stdout}${stderr}`).not.toContain('cli-secret-key-123');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(json(stdout).error.message).toBe(
      `Unknown vendor "\u009b2J\\u001b]0;owned\\u0007[REDACTED]\u007f": one of ${vendors.join(', ')}.`,
    );
    expect(stderr).toContain('\\u009b2J');
  });

  it.each([
    [['run', 'wivv', 'wf'], 'Unknown vendor "wivv". Did you mean "wiv"?'],
    [['list', 'interactyl'], 'Unknown vendor "interactyl". Did you mean "interactly"?'],
    [['get', 'embedworkflo', 'w', 'r'], 'Unknown vendor "embedworkflo". Did you mean "embedworkflow"?'],
    [['run', 'nosuch', 'wf'], `Unknown vendor "nosuch": one of ${vendors.join(', ')}.`],
    [['lsit', 'wiv'], 'Unknown command "lsit". Did you mean "list"?'],
    [['cancle', 'interactly', 'w', 'r'], 'Unknown command "cancle". Did you mean "cancel"?'],
    [['vendor'], 'Unknown command "vendor". Did you mean "vendors"?'],
  ])('names the vendor or command most likely meant: %j', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(EXIT.usage);
    expect(stderr.split('\n')[0]).toBe(`error: ${message}`);
  });

  it.each(['Wiv', 'WIV'])('takes the vendor %s for wiv', async (typed) => {
    const { code, stdout } = await cli(['run', typed, 'workflow_def456ghi789', '--mock', '--json']);
    expect(code).toBe(EXIT.ok);
    expect(json(stdout)).toMatchObject({ vendor: 'wiv', runId: 'exec_abc123def456' });
  });

  const token = (fields: object) => `wcr1.${Buffer.from(JSON.stringify(fields)).toString('base64url')}`;
  it.each([
    ['not a token at all', ['nonsense'], /^error: This is not a run token/],
    ['of a newer version', ['wcr2.e30'], /^error: This run token is of version 2\b/],
    ['damaged', ['wcr1.AAAA'], /^error: This run token is damaged/],
    ['naming no run', [token({ vendor: 'altostrat' })], /^error: This run token is damaged: it does not name a run/],
    [
      'of a vendor this version does not know',
      [token({ vendor: 'nosuch', workflowId: 'w', runId: 'r' })],
      /^error: This run token names a vendor this command line does not know \(nosuch\)/,
    ],
    [
      'followed by more',
      [token({ vendor: 'altostrat', workflowId: 'w', runId: 'r' }), 'r2'],
      /^error: wait takes a run token alone/,
    ],
  ])('says what is wrong with a run token %s, not to name a vendor', async (_, args, message) => {
    const { code, stderr } = await cli(['wait', ...args]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain('Name a vendor');
  });

  it.each([
    ['--inptu', 'input'],
    ['--timout', 'timeout'],
    ['--jsno', 'json'],
    ['--base', 'base-url'],
  ])('suggests the option meant by %s', async (typed, meant) => {
    const { code, stderr } = await cli(['run', 'wiv', 'wf', typed]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain(`error: Unknown option ${typed}. Did you mean --${meant}?`);
  });

  it('prints a forged run token’s terminal escapes as text, and refuses it before sending', async () => {
    const forged = `wcr1.${Buffer.from(
      JSON.stringify({ vendor: 'embedworkflow', workflowId: 'w\u001b]0;owned\u0007', runId: 'r\u001b[2J' }),
    ).toString('base64url')}`;
    const { code, stdout, stderr } = await cli(['wait', forged, '--base-url', 'http://127.0.0.1:9'], {
      EMBEDWORKFLOW_API_KEY: 'sk_test_cli-escape-key',
    });
    expect(code).not.toBe(EXIT.ok);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
    expect(`${stdout}${stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stderr).toMatch(/control character/);
  });

  it('says which option lacks its value', async () => {
    const { code, stderr } = await cli(['run', 'wiv', 'wf', '--input']);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/^error: --input needs a value\./);
    // And which one was given a value it does not take.
    const given = await cli(['run', 'wiv', 'wf', '--wait=yes']);
    expect(given.code).toBe(EXIT.usage);
    expect(given.stderr).toMatch(/^error: --wait takes no value\./);
  });

  it('lists the vendors and what each can do', async () => {
    const { code, stdout } = await cli(['vendors', '--json']);
    expect(code).toBe(EXIT.ok);
    const list = json(stdout) as Array<{ vendor: string; capabilities: Record<string, boolean>; can: string[] }>;
    expect(list.map((entry) => entry.vendor)).toEqual([...vendors]);
    expect(list.find((entry) => entry.vendor === 'interactly')?.capabilities).toMatchObject({
      resume: true,
      cancel: true,
      getRun: true,
    });
    // The provider can resume an Interactly run; no command does, so `can` does not say so.
    expect(list.find((entry) => entry.vendor === 'interactly')?.can).toEqual(['run', 'get', 'wait', 'cancel', 'list']);
    const human = await cli(['vendors']);
    // AI Tutor cannot read a run back, but it streams, and its runs have finished when they
    // return; Altostrat lists one workflow's runs; Wiv only starts them.
    expect(human.stdout).toMatch(/^aitutor +AI Tutor +run, stream, wait$/m);
    expect(human.stdout).toMatch(/^altostrat +Altostrat +run, get, wait, list, idempotency keys$/m);
    expect(human.stdout).toMatch(/^interactly +Interactly +run, get, wait, cancel, list$/m);
    expect(human.stdout).not.toContain('resume');
    expect(human.stdout).toMatch(/^wiv +Wiv +run$/m);
  });

  it('runs against the mock and prints the run as JSON', async () => {
    const { code, stdout } = await cli([
      'run',
      'wiv',
      'workflow_def456ghi789',
      '--mock',
      '--input',
      '{"user_id":"12345"}',
      '--json',
    ]);
    expect(code).toBe(EXIT.ok);
    expect(json(stdout)).toMatchObject({ vendor: 'wiv', runId: 'exec_abc123def456', status: 'queued' });
  });

  it('reads --input from a file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wc-cli-')), 'input.json');
    writeFileSync(file, '{"story":"A dragon"}');
    const { code, stdout } = await cli(['run', 'aitutor', 'wf_abc123', '--mock', '--input', `@${file}`]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('aitutor wf_abc123 run succeeded');
    expect(stdout).toContain('Once upon a time');
  });

  it('reads --input - from standard input', async () => {
    const { code, stdout } = await cli(
      ['run', 'wiv', 'workflow_def456ghi789', '--mock', '--input', '-', '--json'],
      {},
      '{"user_id":"12345"}',
    );
    expect(code).toBe(EXIT.ok);
    expect(json(stdout)).toMatchObject({ vendor: 'wiv', runId: 'exec_abc123def456' });
    const notJson = await cli(['run', 'wiv', 'wf', '--mock', '--input', '-'], {}, 'user_id=1');
    expect(notJson.code).toBe(EXIT.usage);
    expect(notJson.stderr).toMatch(/^error: --input is not JSON/);
  });

  it('ends quietly when whoever reads its output stops reading', async () => {
    const child = spawn(process.execPath, [bin, 'run', 'altostrat', 'fl_a1b2c3d4e5f6g7h8', '--mock', '--wait'], {
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader goes away before the result is written, as `| head -0` would.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error:| {4}at /);
    expect(code).toBe(EXIT.ok);
  });

  it('waits for a run with plain progress lines on stderr when piped, the mock moving it on', async () => {
    const { code, stdout, stderr } = await cli(['run', 'altostrat', 'fl_a1b2c3d4e5f6g7h8', '--mock', '--wait']);
    expect(code).toBe(EXIT.ok);
    const runId = /run (fl_run_\w+) /.exec(stdout)?.[1];
    expect(stdout).toMatch(
      new RegExp(`^altostrat fl_a1b2c3d4e5f6g7h8 run ${runId} succeeded \\(completed\\)\ntoken wcr1\\.[\\w-]+ {2}\\(`),
    );
    const label = `altostrat fl_a1b2c3d4e5f6g7h8 run ${runId}`;
    expect(stderr).toMatch(
      new RegExp(`^${label}: queued\n${label}: running after \\d+ s\n${label}: succeeded after \\d+ s\n$`),
    );
    expect(stderr).not.toContain('\r');
  });

  it('waits for a run started earlier, from its ids', async () => {
    const { code, stdout, stderr } = await cli([
      'wait',
      'altostrat',
      'fl_a1b2c3d4e5f6g7h8',
      'fl_run_a1b2c3d4e5f6g7h8',
      '--mock',
      '--json',
    ]);
    expect(code).toBe(EXIT.ok);
    expect(json(stdout)).toMatchObject({ vendor: 'altostrat', runId: 'fl_run_a1b2c3d4e5f6g7h8', status: 'succeeded' });
    expect(stderr).toMatch(/^altostrat fl_a1b2c3d4e5f6g7h8 run fl_run_a1b2c3d4e5f6g7h8: /);
  });

  it('gets and cancels where the vendor can', async () => {
    const got = await cli([
      'get',
      'embedworkflow',
      '6opb4',
      '0198c2e9-cc9f-7277-af8a-40c7ef19273a',
      '--mock',
      '--json',
    ]);
    expect(got.code).toBe(EXIT.ok);
    // An execution the mock has not seen started is taken as started elsewhere: still running.
    expect(json(got.stdout)).toMatchObject({ status: 'running', raw: { stats: expect.any(Object) } });
    const cancelled = await cli([
      'cancel',
      'interactly',
      '5eb7cf5a86d9755df3a6c593',
      '6650f1c2a9e4b3d2c1f0e9a8',
      '--mock',
      '--json',
    ]);
    expect(cancelled.code).toBe(EXIT.ok);
    expect(json(cancelled.stdout)).toMatchObject({
      vendor: 'interactly',
      runId: '6650f1c2a9e4b3d2c1f0e9a8',
      status: 'cancelled',
    });
  });

  it('streams AI Tutor text to stdout as it arrives', async () => {
    const { code, stdout } = await cli([
      'run',
      'aitutor',
      'wf_abc123',
      '--mock',
      '--stream',
      '--input',
      '{"story":"x"}',
    ]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe('Once upon a time, a small dragon named Ember was afraid of the dark...\n');
  });

  it('lists runs, a line each, up to --limit', async () => {
    const interactly = await cli(['list', 'interactly', '--mock']);
    expect(interactly.code).toBe(EXIT.ok);
    expect(interactly.stdout).toBe('6650f1c2a9e4b3d2c1f0e9a8 succeeded (completed)\n');
    const limited = await cli(['list', 'altostrat', 'fl_a1b2c3d4e5f6g7h8', '--mock', '--limit', '1']);
    expect(limited.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('prints runs normalized with --json, and the vendor’s own with --raw, in every command', async () => {
    const listed = await cli(['list', 'altostrat', 'fl_a1b2c3d4e5f6g7h8', '--mock', '--json']);
    expect(listed.code).toBe(EXIT.ok);
    expect(json(listed.stdout)).toMatchObject({
      vendor: 'altostrat',
      workflowId: 'fl_a1b2c3d4e5f6g7h8',
      runId: 'fl_run_a1b2c3d4e5f6g7h8',
      status: 'succeeded',
      vendorStatus: 'completed',
    });
    const listedRaw = await cli(['list', 'altostrat', 'fl_a1b2c3d4e5f6g7h8', '--mock', '--raw']);
    expect(json(listedRaw.stdout)).toMatchObject({ id: 'fl_run_a1b2c3d4e5f6g7h8', status: 'completed' });
    expect(json(listedRaw.stdout)).not.toHaveProperty('vendor');
    const started = await cli(['run', 'wiv', 'workflow_def456ghi789', '--mock', '--raw']);
    expect(json(started.stdout)).toMatchObject({ data: { execution_id: 'exec_abc123def456' } });
    const read = await cli([
      'get',
      'interactly',
      '5eb7cf5a86d9755df3a6c593',
      '6650f1c2a9e4b3d2c1f0e9a8',
      '--mock',
      '--raw',
    ]);
    expect(json(read.stdout)).toMatchObject({ run_id: '6650f1c2a9e4b3d2c1f0e9a8', status: 'not_started' });
  });

  it.each([
    ['streaming a Wiv run', ['run', 'wiv', 'wf', '--mock', '--stream']],
    ['listing Wiv runs', ['list', 'wiv', '--mock']],
    ['reading a Wiv run', ['get', 'wiv', 'wf', 'exec_1', '--mock']],
    ['cancelling an Altostrat run', ['cancel', 'altostrat', 'fl_1', 'fl_run_1', '--mock']],
  ])('exits 5 for %s, which the vendor cannot do', async (_, args) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(EXIT.notSupported);
    expect(stderr).toContain('error [not_supported]');
  });

  it.each([
    ['an unknown vendor', ['run', 'no-such-vendor', 'wf', '--mock']],
    ['an unknown command', ['launch', 'wiv', 'wf']],
    ['an unknown option', ['run', 'wiv', 'wf', '--fast']],
    ['a missing workflow id', ['run', 'wiv']],
    ['a missing run id', ['get', 'altostrat', 'fl_1']],
    ['a wait without a run id', ['wait', 'altostrat', 'fl_1']],
    ['input that is not JSON', ['run', 'wiv', 'wf', '--mock', '--input', '{user_id:1}']],
    ['input that is not an object', ['run', 'wiv', 'wf', '--mock', '--input', '[1,2]']],
    ['an id the spec refuses', ['run', 'interactly', 'not-an-object-id', '--mock']],
    ['a bad --timeout', ['run', 'altostrat', 'fl_1', '--mock', '--wait', '--timeout', 'soon']],
    ['a bad --limit', ['list', 'interactly', '--mock', '--limit', '0']],
    ['listing Altostrat runs without naming the workflow', ['list', 'altostrat', '--mock']],
  ])('exits 2 for %s', async (_, args) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/^error/);
  });

  it('takes credentials from the environment, and names the variable when one is missing', async () => {
    const missing = await cli(['run', 'wiv', 'wf']);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toContain('WIV_API_KEY');
  });
});

describe('workflow-clients against a server', { timeout: 300_000 }, () => {
  let server: LoopbackMockServer;
  beforeAll(async () => {
    server = await startLoopbackMockServer();
  });
  beforeEach(() => server.mocks.reset());
  afterAll(() => server.close());

  it('sends the credential from the environment, and exits 3 when the vendor refuses', async () => {
    server.mocks.vendors.wiv.respondWith('runWorkflow', { status: 401, times: 1 });
    const refused = await cli(['run', 'wiv', 'wf', '--base-url', server.baseUrlOf('wiv'), '--json'], {
      WIV_API_KEY: 'cli-secret-key-123',
    });
    expect(refused.code).toBe(EXIT.refused);
    // The code once, in its brackets.
    expect(refused.stderr).toMatch(/^error \[unauthorized\]: Wiv answered 401/);
    expect(refused.stderr).not.toContain('(unauthorized)');
    expect(json(refused.stdout)).toMatchObject({ error: { code: 'unauthorized', status: 401 } });
    expect(server.mocks.vendors.wiv.calls[0]?.headers['x-api-key']).toBe('cli-secret-key-123');
    expect(refused.stdout + refused.stderr).not.toContain('cli-secret-key-123');
    expect(server.mocks.contractFailures()).toEqual([]);
  });

  it.each([
    ['streaming and waiting at once', 'aitutor', ['wf_abc123', '--stream', '--wait'], EXIT.usage],
    ['a --timeout without --wait', 'altostrat', ['fl_a1b2c3d4e5f6g7h8', '--timeout', '5'], EXIT.usage],
    ['a bad --timeout', 'altostrat', ['fl_a1b2c3d4e5f6g7h8', '--wait', '--timeout', 'soon'], EXIT.usage],
    ['input that is not JSON', 'wiv', ['wf', '--input', '{user_id:1}'], EXIT.usage],
  ] as const)('refuses %s before sending anything', async (_, vendor, args, exit) => {
    const before = server.mocks.vendors[vendor].calls.length;
    const { code, stdout } = await cli(['run', vendor, ...args, '--base-url', server.baseUrlOf(vendor)], {
      [`${vendor.toUpperCase()}_API_KEY`]: vendor === 'altostrat' ? 'cli.test.jwt' : 'cli-secret-key-123',
    });
    expect(code).toBe(exit);
    expect(stdout).toBe('');
    expect(server.mocks.vendors[vendor].calls.length).toBe(before);
  });

  it.each([
    ['wiv', ['wf', 'exec_1']],
    ['aitutor', ['wf_abc123', 'run_1']],
  ] as const)(
    'refuses to wait for a %s run, which cannot be read back, before sending anything',
    async (vendor, ids) => {
      const before = server.mocks.vendors[vendor].calls.length;
      const { code, stderr } = await cli(['wait', vendor, ...ids, '--base-url', server.baseUrlOf(vendor)], {
        [`${vendor.toUpperCase()}_API_KEY`]: 'cli-secret-key-123',
      });
      expect(code).toBe(EXIT.notSupported);
      expect(stderr).toContain('error [not_supported]');
      expect(server.mocks.vendors[vendor].calls.length).toBe(before);
    },
  );

  it.each([
    ['an interrupt (Ctrl-C)', []],
    ['its --timeout', ['--timeout', '1']],
  ])('prints the run it was waiting for when %s ends the wait, and exits 4', async (_, extra) => {
    const stillRunning = await startLoopbackMockServer({
      intercept: async ({ request, response, answerFromMock }) => {
        const answer = await answerFromMock();
        if (request.method !== 'GET') return false;
        const run = { ...(await answer.json()), status: 'running' };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(run));
        return true;
      },
    });
    try {
      const args = ['run', 'altostrat', 'fl_a1b2c3d4e5f6g7h8', '--wait', ...extra];
      const child = spawn(process.execPath, [bin, ...args, '--base-url', stillRunning.baseUrlOf('altostrat')], {
        env: { ...cleanEnv(), ALTOSTRAT_API_KEY: 'cli.test.jwt' },
      });
      let stdout = '';
      let stderr = '';
      let interrupted = false;
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        // One Ctrl-C, once the wait is under way (a second one is "exit now", tested apart).
        if (extra.length === 0 && !interrupted && stderr.includes('running after')) {
          interrupted = true;
          child.kill('SIGINT');
        }
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(stderr).toMatch(/^altostrat fl_a1b2c3d4e5f6g7h8 run fl_run_a1b2c3d4e5f6g7h8: queued\n/);
      expect(stderr).toMatch(/^error \[(aborted|timeout)\]/m);
      // The run as last seen: running once a poll has answered, still queued if none had yet.
      // With its token, to resume waiting from.
      expect(stdout).toMatch(
        /^altostrat fl_a1b2c3d4e5f6g7h8 run fl_run_a1b2c3d4e5f6g7h8 (running|queued \(pending\))\ntoken wcr1\.[\w-]+ /,
      );
      expect(code).toBe(EXIT.noAnswer);
    } finally {
      await stillRunning.close();
    }
  });

  it("prints AI Tutor's streamed text with its control characters escaped, line breaks kept", async () => {
    const hostile = await startLoopbackMockServer({
      intercept: ({ request, response }) => {
        if (!request.url?.split('?')[0]?.endsWith('/stream')) return false;
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Once\u001b[2J upon\na time\u0007\u009b31m');
        return true;
      },
    });
    try {
      const { code, stdout } = await cli(
        ['run', 'aitutor', 'wf_abc123', '--stream', '--base-url', hostile.baseUrlOf('aitutor')],
        { AITUTOR_API_KEY: 'cli-secret-key-123' },
      );
      expect(code).toBe(EXIT.ok);
      expect(stdout).toBe('Once\\u001b[2J upon\na time\\u0007\\u009b31m\n');
    } finally {
      await hostile.close();
    }
  });

  it('refuses to wait for a Wiv run before starting it, since it could not be followed (exit 5)', async () => {
    const { code, stdout, stderr } = await cli(
      ['run', 'wiv', 'workflow_def456ghi789', '--wait', '--json', '--base-url', server.baseUrlOf('wiv')],
      { WIV_API_KEY: 'cli-secret-key-123' },
    );
    expect(code).toBe(EXIT.notSupported);
    expect(stderr).toMatch(/Wiv cannot read a run back, so --wait could not follow it; nothing was sent/);
    expect(json(stdout)).toMatchObject({ error: { code: 'not_supported' } });
    expect(server.mocks.vendors.wiv.calls).toEqual([]);
  });

  it('waits for an AI Tutor run, which has finished when it returns', async () => {
    const { code, stdout } = await cli(
      ['run', 'aitutor', 'wf_abc123', '--wait', '--json', '--base-url', server.baseUrlOf('aitutor')],
      { AITUTOR_API_KEY: 'cli-secret-key-123' },
    );
    expect(code).toBe(EXIT.ok);
    expect(json(stdout)).toMatchObject({ vendor: 'aitutor', status: 'succeeded' });
  });

  it('stops waiting at a run that waits for input (exit 0)', async () => {
    const waiting = await startLoopbackMockServer({
      specs: { interactly: interactlySpec },
      scenario: { end: 'waiting_for_input' },
    });
    try {
      const { code, stdout } = await cli(
        [
          'run',
          'interactly',
          '5eb7cf5a86d9755df3a6c593',
          '--wait',
          '--json',
          '--base-url',
          waiting.baseUrlOf('interactly'),
        ],
        { INTERACTLY_API_KEY: 'cli-test-key' },
      );
      expect(code).toBe(EXIT.ok);
      expect(json(stdout)).toMatchObject({ status: 'waiting_for_input' });
    } finally {
      await waiting.close();
    }
  });

  it('exits 4 when nothing answers', async () => {
    const { code, stderr } = await cli(['run', 'wiv', 'wf', '--base-url', 'http://127.0.0.1:9/wiv'], {
      WIV_API_KEY: 'cli-secret-key-123',
    });
    expect(code).toBe(EXIT.noAnswer);
    expect(stderr).toContain('error [network]');
  });

  it('exits 1 when the awaited run fails', async () => {
    const loopbackFailed = await startLoopbackMockServer({
      intercept: async ({ request, response, answerFromMock }) => {
        const answer = await answerFromMock();
        if (request.method !== 'GET') return false;
        const run = { ...(await answer.json()), status: 'failed', error_message: 'Webhook request failed' };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(run));
        return true;
      },
    });
    try {
      const { code, stdout } = await cli(
        ['run', 'altostrat', 'fl_a1b2c3d4e5f6g7h8', '--wait', '--base-url', loopbackFailed.baseUrlOf('altostrat')],
        {
          ALTOSTRAT_API_KEY: 'cli.test.jwt',
        },
      );
      expect(code).toBe(EXIT.runFailed);
      expect(stdout).toContain('failed');
      expect(stdout).toContain('error: Webhook request failed');
    } finally {
      await loopbackFailed.close();
    }
  });
});
