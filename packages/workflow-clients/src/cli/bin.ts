#!/usr/bin/env node
// The `workflow-clients` command. All of it is in main.ts, which a test can call in-process.
import { main } from './main.js';

// A reader that stops early (`| head`) closes the pipe: that ends the output, not in a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

// Ctrl-C aborts what the command is doing, and gives it a moment to say so: a run that was
// started is printed, so that it can be found again. A second Ctrl-C, or the moment passing, exits.
const interrupt = new AbortController();
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort(new Error('interrupted'));
  setTimeout(() => process.exit(130), 1_000).unref();
});

void main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdin: process.stdin,
  signal: interrupt.signal,
}).then((code) => {
  process.exitCode = code;
});
