import type { CommandContext } from '../context.js';

/** One command of the command line: given its positional arguments, resolves with the exit code. */
export type Command = (context: CommandContext, args: string[]) => Promise<number>;
