export const USAGE = `Usage: workflow-clients <command> [options]

Commands:
  run <vendor> <workflowId>          start a run
  get <vendor> <workflowId> <runId>  read a run as it stands
  cancel <vendor> <workflowId> <runId>
                                     stop a run (where the vendor can)
  wait <token>                       follow a run started earlier until it settles (or
  wait <vendor> <workflowId> <runId>   name it by its ids)
  list <vendor> [workflowId]         list runs, page by page (Interactly: all runs;
                                     Altostrat: one workflow's)
  vendors                            list the vendors and what each can do

Options:
  --input <json|@file|-> the run's input: a JSON object, @path to a file holding one,
                         or - to read it from standard input
  --wait                 with run: wait until the run settles, showing progress on stderr
  --stream               with run (AI Tutor): print the text as it is generated
  --limit <n>            with list: stop after this many runs (default 100)
  --timeout <seconds>    with --wait and wait: give up after this long (default 600)
  --base-url <url>       another server than the vendor's (a proxy, another environment)
  --json                 print the result (or the error) as one line of JSON on stdout:
                         each run normalized, in the same fields for every vendor
  --raw                  like --json, but each run as the vendor's own answer
  --mock                 answer from the spec-backed mock instead of the vendor
                         (needs @workflow-clients/msw and msw installed)
  -h, --help             show this text, or with a command, that command's
  -v, --version          print the version

Credentials come from each vendor's environment variable (WIV_API_KEY, INTERACTLY_API_KEY,
EMBEDWORKFLOW_API_KEY, AITUTOR_API_KEY, ALTOSTRAT_API_KEY).

Exit codes: 0 done, 1 the run failed or was cancelled, 2 bad usage or input (nothing sent),
3 the vendor answered with an error, 4 no answer (network, timeout), 5 not supported.`;

/** Each command's own usage, for `<command> --help` and for a usage error within it. */
export const COMMAND_USAGE: Readonly<Record<string, string>> = {
  run: `Usage: workflow-clients run <vendor> <workflowId> [--input <json|@file|->] [--wait [--timeout <seconds>] | --stream] [--json | --raw]

Starts a run and prints it. With --wait, follows it until it settles or waits for input
(vendors that can read a run back); with --stream (AI Tutor), prints its text as it comes.`,
  get: `Usage: workflow-clients get <vendor> <workflowId> <runId> [--json | --raw]

Reads a run as it stands (vendors that can read a run back).`,
  cancel: `Usage: workflow-clients cancel <vendor> <workflowId> <runId> [--json | --raw]

Stops a run (vendors that can cancel).`,
  wait: `Usage: workflow-clients wait <token> [--timeout <seconds>] [--json | --raw]
       workflow-clients wait <vendor> <workflowId> <runId> [--timeout <seconds>] [--json | --raw]

Follows a run started earlier (by another process, say) until it settles or waits for input,
showing progress on stderr (vendors that can read a run back). The token is the one printed
with the run when it started.`,
  list: `Usage: workflow-clients list <vendor> [workflowId] [--limit <n>] [--json | --raw]

Lists runs, one a line, up to --limit (default 100). Interactly lists all runs; Altostrat
needs the workflow id whose runs to list.`,
  vendors: `Usage: workflow-clients vendors [--json]

Lists the vendors and what each can do.`,
};

/** Bad usage: the command line is wrong, and nothing was sent. */
export class UsageError extends Error {}

const letters = (word: string) => word.toLowerCase().replace(/[^a-z]/g, '');

/**
 * The word a mistyped one most likely meant, of those known (an option, a command, a vendor):
 * its letters swapped, one letter off, or its start.
 */
export function closest(typed: string, known: readonly string[]): string | undefined {
  const word = letters(typed);
  const sorted = (text: string) => [...text].sort().join('');
  return (
    known.find((option) => sorted(letters(option)) === sorted(word)) ??
    known.find((option) => oneEditApart(letters(option), word)) ??
    known.find((option) => word.length >= 3 && letters(option).startsWith(word))
  );
}

/** One letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let same = 0;
  while (same < a.length && a[same] === b[same]) same++;
  return a.slice(same + (a.length >= b.length ? 1 : 0)) === b.slice(same + (b.length >= a.length ? 1 : 0));
}

/**
 * What follows a usage error: the command's usage line (or the command line's, outside a
 * command), and where the rest is, instead of the whole text.
 */
export function usageHint(command?: string): string {
  const text = (command !== undefined && Object.hasOwn(COMMAND_USAGE, command) && COMMAND_USAGE[command]) || USAGE;
  const line = text.split('\n\n')[0];
  const known = text === USAGE ? '' : ` ${command}`;
  return `${line}\nRun \`workflow-clients${known} --help\` for details.`;
}
