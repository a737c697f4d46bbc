import { invalidInput } from '../errors/error-factory.js';
import type { VendorInfo } from '../vendor/vendor-definition.js';

/**
 * A call whose options hold this key (an own property) checks everything it would check before
 * sending (its options, the input, the ids, the body, the operation's own rules) and then stops:
 * nothing is sent, no hook is told, and the credential is not needed. For a queue that refuses
 * bad input before a job exists, in a process that may not hold the key its workers use.
 */
export const CHECK_ONLY: unique symbol = Symbol.for('workflow-clients.checkOnly');

/**
 * The options a caller passed, as their own properties only, in an object without a prototype.
 * A property read through the prototype chain would let any library that pollutes
 * `Object.prototype` (a `baseUrl`, a `fetch`, an `idempotencyKey`) steer every client made
 * without that option; and a getter is read once, here, so one that throws is `invalid_input`
 * at the call instead of a raw error from deep inside it.
 */
export function ownOptions<T extends object>(
  vendor: VendorInfo,
  given: T | undefined,
  what = 'The options',
): Partial<T> {
  const own = Object.create(null) as Partial<T>;
  if (given === undefined || given === null) return own;
  if (typeof given !== 'object') throw invalidInput(vendor, `${what} must be an object.`);
  for (const key of Object.keys(given) as Array<keyof T & string>) {
    let value: T[typeof key];
    try {
      value = given[key];
    } catch (cause) {
      throw invalidInput(vendor, `${what}: \`${key.slice(0, 40)}\` could not be read (its getter threw).`, cause);
    }
    if (value !== undefined) own[key] = value;
  }
  // The one symbol-keyed option, which no caller writes by hand: see CHECK_ONLY above.
  if (Object.hasOwn(given, CHECK_ONLY))
    (own as Record<symbol, unknown>)[CHECK_ONLY] = (given as Record<symbol, unknown>)[CHECK_ONLY];
  return own;
}
