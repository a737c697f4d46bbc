import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isWorkflowApiError } from '@workflow-clients/core';
import { apiKeyEnvVars, vendors } from '../create-workflow-client.js';
import { cancelCommand } from './commands/cancel.js';
import type { Command } from './commands/command.js';
import { getCommand } from './commands/get.js';
import { listCommand } from './commands/list.js';
import { runCommand } from './commands/run.js';
import { vendorsCommand } from './commands/vendors.js';
import { waitCommand } from './commands/wait.js';
import { CommandContext, describeRun } from './context.js';
import { errorJson, writeError, writeUsageError } from './error-line.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import type { CliIo } from './io.js';
import { jsonLine, withoutCredentials } from './terminal-text.js';
import { COMMAND_USAGE, closest, USAGE, UsageError } from './usage.js';

export type { CliIo } from './io.js';
export { USAGE } from './usage.js';

const commands: Readonly<Record<string, Command>> = {
  run: runCommand,
  get: getCommand,
  cancel: cancelCommand,
  list: listCommand,
  wait: waitCommand,
  vendors: vendorsCommand,
};

const OPTIONS = {
  input: { type: 'string' },
  wait: { type: 'boolean', default: false },
  stream: { type: 'boolean', default: false },
  limit: { type: 'string' },
  timeout: { type: 'string' },
  'base-url': { type: 'string' },
  json: { type: 'boolean', default: false },
  raw: { type: 'boolean', default: false },
  mock: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/** The installed package's version: src/cli and dist/cli are both two levels under it. */
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** parseArgs' refusal, in the command line's own words, with the option most likely meant. */
function parseProblem(error: Error & { code?: string }): string {
  const named = /'(-{1,2}[^']+)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && named) {
    const meant = closest(named, Object.keys(OPTIONS));
    return `Unknown option ${named}.${meant ? ` Did you mean --${meant}?` : ''}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && named) {
    const option = named.split(' ')[0];
    return error.message.includes('does not take an argument')
      ? `${option} takes no value.`
      : `${option} needs a value.`;
  }
  return error.message;
}

const parse = (argv: string[]) => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });

/**
 * What a command line that does not parse still says: the command it names, if one, and whether
 * it asks for JSON (`--json` or `--raw` before any `--`), so that its error is printed as asked.
 */
function readLoosely(argv: string[]): { name: string | undefined; machine: boolean } {
  const end = argv.indexOf('--');
  const machine = (end === -1 ? argv : argv.slice(0, end)).some((arg) => /^--(json|raw)(=|$)/.test(arg));
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS, strict: false });
  const name = positionals[0];
  return { name: name !== undefined && Object.hasOwn(commands, name) ? name : undefined, machine };
}

/** The credentials the environment gives each vendor's client: whatever is printed is scrubbed of them. */
function credentialsIn(env: CliIo['env']): string[] {
  return vendors.flatMap((vendor) => env[apiKeyEnvVars[vendor]] ?? []);
}

/** Runs one command; resolves with the exit code. Never calls process.exit. */
export async function main(argv: string[], given: CliIo): Promise<number> {
  const credentials = credentialsIn(given.env);
  const io: CliIo = {
    ...given,
    stdout: withoutCredentials(given.stdout, credentials),
    stderr: withoutCredentials(given.stderr, credentials),
  };
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const { name, machine } = readLoosely(argv);
    writeUsageError(io, parseProblem(error as Error), { command: name, json: machine });
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [name, ...args] = positionals;
  const machine = values.json || values.raw;
  if (values.version) {
    io.stdout.write(`workflow-clients ${version()}\n`);
    return EXIT.ok;
  }
  const command = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (values.help || (name === undefined && !machine)) {
    io.stdout.write(`${(command && name && COMMAND_USAGE[name]) || USAGE}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (name === undefined || !command) {
    const known = Object.keys(commands);
    const meant = name === undefined ? undefined : closest(name, known);
    const message =
      name === undefined
        ? `Name a command: one of ${known.join(', ')}.`
        : `Unknown command ${JSON.stringify(name)}${meant ? `. Did you mean "${meant}"?` : `: one of ${known.join(', ')}.`}`;
    writeUsageError(io, message, { json: machine });
    return EXIT.usage;
  }
  const context = new CommandContext(io, values);
  try {
    return await command(context, args);
  } catch (error) {
    if (error instanceof UsageError) {
      writeUsageError(io, error.message, { command: name, json: machine });
      return EXIT.usage;
    }
    if (isWorkflowApiError(error)) {
      // The message names the code already where it gives a status ("answered 401 (unauthorized)").
      writeError(io, error.message.replace(` (${error.code})`, ''), error.code);
      // A run that was started before the failure (a wait cut short) is printed all the same,
      // so that it can be found again.
      const run = context.startedRun;
      const token = run && context.tokenOf(run);
      if (machine) io.stdout.write(jsonLine(run ? { error, run, ...(token ? { token } : {}) } : { error }));
      else if (run) io.stdout.write(`${describeRun(run, token)}\n`);
      return exitCodeFor(error.code);
    }
    // Not the command line's, nor a vendor's: a fault of this program's own.
    const message = error instanceof Error ? error.message : String(error);
    writeError(io, message);
    if (machine) io.stdout.write(errorJson('internal', message));
    return EXIT.refused;
  } finally {
    context.close();
  }
}
