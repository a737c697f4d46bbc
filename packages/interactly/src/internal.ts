// What this repository's other packages build on (the facade's registry, the shared test
// suites): the vendor's definition, which holds how it is called, retried and read. Not for
// users: it may change in any release, so it stays out of the API this package promises.
export { interactlyDefinition } from './interactly-client.js';
