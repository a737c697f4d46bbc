// Where the CLI writes and what it reads: types only, shared by every module of the CLI.

/** A stream the CLI writes lines to: stdout, stderr, or a test's capture of them. */
export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: ProgressOutput;
  stderr: ProgressOutput;
  env: Record<string, string | undefined>;
  /** Read for `--input -`. */
  stdin?: AsyncIterable<string | Uint8Array>;
  /** Aborted by an interrupt (Ctrl-C): it ends a wait, which then reports the run it was waiting for. */
  signal?: AbortSignal;
}
