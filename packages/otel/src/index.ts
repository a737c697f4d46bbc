export { type TracingOptions, tracingHooks } from './tracing-hooks.js';
