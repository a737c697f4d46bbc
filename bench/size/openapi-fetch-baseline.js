// openapi-fetch's client on its own, the floor under every vendor's size: size-limit's
// `import` option can only name named exports, and openapi-fetch exports createClient as default.
export { default as createClient } from 'openapi-fetch';
