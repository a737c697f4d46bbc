import { CHECK_ONLY } from '../guards/own-options.js';
import type { TransportFetch } from '../http/prepared-request.js';

// Checking a call without sending it: a call given the CHECK_ONLY option (see guards/own-options.ts)
// runs every check and is then stopped by a fetch that sends nothing.

/** What a checked call rejects with once every check passed: not an error, a signal to `checkCall`. */
const PASSED = Symbol('the call passed its checks');

const checkOnlyFetches = new WeakSet<object>();

/** The `fetch` of a checked call: reached only once every check passed, and it sends nothing. */
export function checkOnlyFetch(): TransportFetch {
  const fetch: TransportFetch = () => Promise.reject(PASSED);
  checkOnlyFetches.add(fetch);
  return fetch;
}

/** True for the `fetch` of a checked call: the credential middleware then asks for no credential. */
export function isCheckOnly(fetch: unknown): boolean {
  return typeof fetch === 'function' && checkOnlyFetches.has(fetch);
}

/**
 * Makes `call` with CHECK_ONLY among its options: resolves once every check passed, and rejects
 * with the refusal (`invalid_input`, as the call itself would) otherwise. Nothing is sent.
 */
export async function checkCall(call: (checkOnly: { readonly [CHECK_ONLY]: true }) => Promise<unknown>): Promise<void> {
  try {
    await call({ [CHECK_ONLY]: true });
  } catch (outcome) {
    if (outcome !== PASSED) throw outcome;
  }
}
