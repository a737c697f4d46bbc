export const REDACTED = '[REDACTED]';

/**
 * Below this length a secret is only redacted where it stands alone (not inside a longer run
 * of letters, digits, `_` or `-`): redacting every "k" or "test" in a message would make it
 * unreadable, while a key that short is one a server would echo as a token of its own.
 */
export const WHOLE_TOKEN_BELOW = 8;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every form in which an answer can carry a credential: as sent (so also after `Bearer `),
 * JSON-escaped (with or without `\/`), percent-encoded (either case of hex), and a JWT's
 * signature on its own. Longest first, so that no form is left half-replaced by a shorter one.
 */
export function credentialForms(credentials: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const credential of credentials) {
    if (!credential) continue;
    const json = JSON.stringify(credential).slice(1, -1);
    const encoded = encodeURIComponent(credential);
    for (const form of [
      credential,
      json,
      json.replaceAll('/', '\\/'),
      encoded,
      encoded.replace(/%[0-9A-F]{2}/g, (byte) => byte.toLowerCase()),
    ]) {
      forms.add(form);
    }
    const signature = /^[\w-]+\.[\w-]+\.([\w-]{16,})$/.exec(credential)?.[1];
    if (signature) forms.add(signature);
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of each form in a string. */
export function redactText(text: string, forms: readonly string[]): string {
  let result = text;
  for (const form of forms) {
    if (form.length >= WHOLE_TOKEN_BELOW) result = result.split(form).join(REDACTED);
    else result = result.replace(new RegExp(`(?<![A-Za-z0-9_-])${escapeRegExp(form)}(?![A-Za-z0-9_-])`, 'g'), REDACTED);
  }
  return result;
}

/**
 * A copy of a JSON value with every form removed from its strings and keys. Keys are defined,
 * never assigned, so a `__proto__` key stays data instead of replacing the copy's prototype.
 * The value is one this package parsed, so its depth is already bounded.
 */
export function redactValue(value: unknown, forms: readonly string[]): unknown {
  if (typeof value === 'string') return redactText(value, forms);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, forms));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [redactText(key, forms), redactValue(item, forms)]),
  );
}
