// The OpenAPI document this package was generated from, as data: what @workflow-clients/msw serves,
// and what a test can mock or read. Not part of the client's bundle.
export { interactlySpec, type MockedOperations } from './generated/spec-document.js';
