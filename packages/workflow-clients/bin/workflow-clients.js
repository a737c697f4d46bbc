#!/usr/bin/env node
// The `workflow-clients` command. This launcher is committed, not built, so that installing the
// workspace can link it before anything is built (npm and pnpm warn about a bin that does not
// exist yet); the command itself is dist/cli/bin.js.
import '../dist/cli/bin.js';
