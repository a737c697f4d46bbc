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

/** Replaces every occurrence of each secret in a string. */
export function redactText(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret) continue;
    if (secret.length >= WHOLE_TOKEN_BELOW) result = result.split(secret).join(REDACTED);
    else result = result.replace(new RegExp(`(?<![A-Za-z0-9_-])${escapeRegExp(secret)}(?![A-Za-z0-9_-])`, 'g'), REDACTED);
  }
  return result;
}

/**
 * Returns a copy of a JSON-like value with every secret removed from its strings and keys.
 * Error bodies come from the server, which may echo the credential it rejected.
 */
export function redactValue(value: unknown, secrets: readonly string[], seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return undefined;
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, seen));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[redactText(key, secrets)] = redactValue(item, secrets, seen);
  }
  return copy;
}
