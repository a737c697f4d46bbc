#!/usr/bin/env node
// The `workflow-clients` command. All of it is in main.ts, which a test can call in-process.
import { main } from './main.js';

// A reader that stops early (`| head`) closes the pipe: that ends the output, not in a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

void main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdin: process.stdin,
}).then((code) => {
  process.exitCode = code;
});
