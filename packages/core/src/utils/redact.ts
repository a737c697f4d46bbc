export const REDACTED = '[REDACTED]';

/**
 * Below this length a secret is only redacted where it stands alone (not inside a longer run
 * of letters, digits, `_` or `-`): redacting every "k" or "test" in a message would make it
 * unreadable, while a key that short is one a server would echo as a token of its own.
 */
export const WHOLE_TOKEN_BELOW = 8;

/**
 * Every credential in play, ready to be found in any of its forms (see `credentialPattern`);
 * null when there is none.
 */
export type CredentialPattern = { readonly anyForm: RegExp | null; readonly fixedForms: readonly string[] } | null;

/**
 * Above this length a credential is matched in its usual encodings only (as sent, percent-
 * encoded in either case and by `URLSearchParams`, JSON-escaped), not character by character:
 * a pattern of every form of every character of a megabyte token would not compile. No real
 * API key comes near it; a server could hand out such a stream token.
 */
export const ANY_FORM_UP_TO = 1024;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A hexadecimal number as a pattern that takes either case of its letters: `7e` → `7[eE]`. */
function anyCaseHex(value: number, width: number): string {
  return value
    .toString(16)
    .padStart(width, '0')
    .replace(/[a-f]/g, (digit) => `[${digit}${digit.toUpperCase()}]`);
}

const JSON_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '/': '\\/',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const utf8 = new TextEncoder();

/**
 * One character of a credential in every form an answer, a URL or a log can carry it: as it is;
 * percent-encoded (`encodeURIComponent`, `URLSearchParams`, RFC 3986, either case of hex, and
 * also where the character needed none); `+` for a space (forms and query strings); JSON's
 * `\uXXXX` (either case, surrogate pairs for characters beyond the BMP) and its short escapes
 * (`\/`, `\"`); and HTML's character references. Each character is matched on its own, so a
 * credential written in a mix of these forms is matched as well.
 */
function anyFormOf(char: string): string {
  const forms = new Set<string>();
  forms.add([...utf8.encode(char)].map((byte) => `%${anyCaseHex(byte, 2)}`).join(''));
  if (char === ' ') forms.add('\\+');
  const units = Array.from({ length: char.length }, (_, index) => char.charCodeAt(index));
  forms.add(units.map((unit) => `\\\\u${anyCaseHex(unit, 4)}`).join(''));
  const json = JSON_ESCAPES[char];
  if (json) forms.add(escapeRegExp(json));
  const code = char.codePointAt(0) as number;
  forms.add(`&#(?:0*${code}|[xX]0*${anyCaseHex(code, 1)});`);
  const entity = HTML_ENTITIES[char];
  if (entity) forms.add(escapeRegExp(entity));
  // The character as it is comes last: a backslash or an ampersand must not match alone where
  // it starts an escape of itself, leaving the rest of the escape behind.
  forms.add(escapeRegExp(char));
  return `(?:${[...forms].join('|')})`;
}

/** A credential, in any form of each of its characters. */
function anyFormOfText(text: string): string {
  let pattern = '';
  for (const char of text) pattern += anyFormOf(char);
  return pattern;
}

// Patterns are built per error and per observed call from the same few credentials: keep the last ones.
const cache = new Map<string, CredentialPattern>();
const CACHE_SIZE = 16;

/**
 * One pattern for every credential in play, in every form an answer can carry it (see
 * `anyFormOf`), and a JWT's signature on its own. Longer credentials come first, so that no
 * credential is left half-replaced by a shorter one inside it.
 */
export function credentialPattern(credentials: readonly string[]): CredentialPattern {
  const secrets = credentials.filter((credential) => typeof credential === 'string' && credential.length > 0);
  if (secrets.length === 0) return null;
  const key = JSON.stringify(secrets);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const texts = new Set<string>();
  for (const secret of secrets) {
    texts.add(secret);
    const signature = /^[\w-]+\.[\w-]+\.([\w-]{16,})$/.exec(secret)?.[1];
    if (signature) texts.add(signature);
  }
  const sorted = [...texts].sort((a, b) => b.length - a.length);
  const alternatives = sorted
    .filter((text) => text.length <= ANY_FORM_UP_TO)
    .map((text) => {
      const pattern = anyFormOfText(text);
      return text.length >= WHOLE_TOKEN_BELOW ? pattern : `(?<![A-Za-z0-9_-])${pattern}(?![A-Za-z0-9_-])`;
    });
  const fixedForms = sorted.filter((text) => text.length > ANY_FORM_UP_TO).flatMap(usualFormsOf);
  const pattern = {
    anyForm: alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'g') : null,
    fixedForms: [...new Set(fixedForms)].sort((a, b) => b.length - a.length),
  };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, pattern);
  return pattern;
}

/** A long credential's usual encodings (see ANY_FORM_UP_TO). */
function usualFormsOf(text: string): string[] {
  const json = JSON.stringify(text).slice(1, -1);
  const encoded = encodeURIComponent(text);
  return [
    text,
    json,
    json.replaceAll('/', '\\/'),
    encoded,
    encoded.replace(/%[0-9A-F]{2}/g, (byte) => byte.toLowerCase()),
    new URLSearchParams({ k: text }).toString().slice(2),
  ];
}

/** Replaces every occurrence of every credential, in any of its forms. */
export function redactText(text: string, pattern: CredentialPattern): string {
  if (!pattern) return text;
  let result = pattern.anyForm ? text.replace(pattern.anyForm, REDACTED) : text;
  for (const form of pattern.fixedForms) result = result.split(form).join(REDACTED);
  return result;
}

/**
 * A copy of a JSON value with every credential removed from its strings and keys. Keys are
 * defined, never assigned, so a `__proto__` key stays data instead of replacing the copy's
 * prototype. The value is one this package parsed, so its depth is already bounded.
 */
export function redactValue(value: unknown, pattern: CredentialPattern): unknown {
  if (typeof value === 'string') return redactText(value, pattern);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, pattern));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [redactText(key, pattern), redactValue(item, pattern)]),
  );
}
