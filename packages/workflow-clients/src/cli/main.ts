import { parseArgs } from 'node:util';
import { isWorkflowApiError } from '@workflow-clients/core';
import { cancelCommand } from './commands/cancel.js';
import type { Command } from './commands/command.js';
import { getCommand } from './commands/get.js';
import { listCommand } from './commands/list.js';
import { runCommand } from './commands/run.js';
import { vendorsCommand } from './commands/vendors.js';
import { type CliIo, CommandContext } from './context.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { USAGE, UsageError } from './usage.js';

export type { CliIo } from './context.js';
export { USAGE } from './usage.js';

const commands: Readonly<Record<string, Command>> = {
  run: runCommand,
  get: getCommand,
  cancel: cancelCommand,
  list: listCommand,
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
  mock: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

const parse = (argv: string[]) => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });

/** Runs one command; resolves with the exit code. Never calls process.exit. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  const [name, ...args] = positionals;
  if (values.help || name === undefined) {
    io.stdout.write(`${USAGE}\n`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) return usage(io, `Unknown command "${name}".`);
  const context = new CommandContext(io, values);
  try {
    return await command(context, args);
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message);
    if (isWorkflowApiError(error)) {
      io.stderr.write(`error [${error.code}]: ${error.message}\n`);
      if (values.json) io.stdout.write(`${JSON.stringify({ error })}\n`);
      return exitCodeFor(error.code);
    }
    io.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.refused;
  } finally {
    context.close();
  }
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`error: ${message}\n\n${USAGE}\n`);
  return EXIT.usage;
}
