// Entry for an edge runtime, which has no module loader: bundled into one script that leaves
// `runSmoke` on the global object for the host to call.
import { runSmoke } from './runtime-smoke.mjs';

globalThis.runSmoke = runSmoke;
