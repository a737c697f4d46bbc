#!/usr/bin/env node
// The `workflow-clients` command. All of it is in main.ts, which a test can call in-process.
import { main } from './main.js';

void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
  process.exitCode = code;
});
