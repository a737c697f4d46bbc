export const USAGE = `Usage: workflow-clients <command> [options]

Commands:
  run <vendor> <workflowId>          start a run
  get <vendor> <workflowId> <runId>  read a run as it stands
  cancel <vendor> <workflowId> <runId>
                                     stop a run (where the vendor can)
  list <vendor> [workflowId]         list runs, page by page (Interactly: all runs;
                                     Altostrat: one workflow's)
  vendors                            list the vendors and what each can do

Options:
  --input <json|@file>   the run's input: a JSON object, or @path to a file holding one
  --wait                 with run: wait until the run settles, showing progress on stderr
  --stream               with run (AI Tutor): print the text as it is generated
  --limit <n>            with list: stop after this many runs (default 100)
  --timeout <seconds>    with --wait: give up after this long (default 600)
  --base-url <url>       another server than the vendor's (a proxy, another environment)
  --json                 print the result (or the error) as one line of JSON on stdout
  --mock                 answer from the spec-backed mock instead of the vendor
                         (needs @workflow-clients/msw and msw installed)
  --help                 show this text

Credentials come from each vendor's environment variable (WIV_API_KEY, INTERACTLY_API_KEY,
EMBEDWORKFLOW_API_KEY, AITUTOR_API_KEY, ALTOSTRAT_API_KEY).

Exit codes: 0 done, 1 the run failed or was cancelled, 2 bad usage or input (nothing sent),
3 the vendor answered with an error, 4 no answer (network, timeout), 5 not supported.`;

/** Bad usage: the command line is wrong, and nothing was sent. */
export class UsageError extends Error {}
