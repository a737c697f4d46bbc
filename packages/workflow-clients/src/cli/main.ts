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
import { type CliIo, CommandContext, describeRun } from './context.js';
import { writeError } from './error-line.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { withoutCredentials } from './terminal-text.js';
import { COMMAND_USAGE, closestOption, USAGE, UsageError } from './usage.js';

export type { CliIo } from './context.js';
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
    const meant = closestOption(named, Object.keys(OPTIONS));
    return `Unknown option ${named}.${meant ? ` Did you mean --${meant}?` : ''}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && named) return `${named.split(' ')[0]} needs a value.`;
  return error.message;
}

const parse = (argv: string[]) => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });

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
    return usage(io, parseProblem(error as Error));
  }
  const { values, positionals } = parsed;
  const [name, ...args] = positionals;
  if (values.version) {
    io.stdout.write(`workflow-clients ${version()}\n`);
    return EXIT.ok;
  }
  const command = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (values.help || name === undefined) {
    io.stdout.write(`${(command && name && COMMAND_USAGE[name]) || USAGE}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (!command) return usage(io, `Unknown command "${name}".`);
  const context = new CommandContext(io, values);
  try {
    return await command(context, args);
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message, COMMAND_USAGE[name]);
    if (isWorkflowApiError(error)) {
      // The message names the code already where it gives a status ("answered 401 (unauthorized)").
      writeError(io, error.message.replace(` (${error.code})`, ''), error.code);
      // A run that was started before the failure (a wait cut short) is printed all the same,
      // so that it can be found again.
      const run = context.startedRun;
      const token = run && context.tokenOf(run);
      if (values.json || values.raw) {
        io.stdout.write(`${JSON.stringify(run ? { error, run, ...(token ? { token } : {}) } : { error })}\n`);
      } else if (run) io.stdout.write(`${describeRun(run, token)}\n`);
      return exitCodeFor(error.code);
    }
    writeError(io, error instanceof Error ? error.message : String(error));
    return EXIT.refused;
  } finally {
    context.close();
  }
}

function usage(io: CliIo, message: string, text = USAGE): number {
  writeError(io, `${message}\n\n${text}`);
  return EXIT.usage;
}
