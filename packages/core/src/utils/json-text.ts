/**
 * How deeply an answer's JSON may nest. The vendors answer with documents a few levels deep;
 * one nested thousands of levels is hostile, and would overflow the stack of any recursive
 * code that touched it later (JSON.stringify included), so it is refused when it arrives.
 */
export const MAX_JSON_DEPTH = 256;

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: string };

/** True when the JSON text nests arrays and objects deeper than `limit`. Strings are skipped. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > limit) return true;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return false;
}

/** Parses an answer's text as JSON, or says in words why it cannot be taken as JSON. */
export function parseJsonText(text: string): ParsedJson {
  if (!text.trim()) return { ok: false, problem: 'an empty body' };
  if (nestsDeeperThan(text, MAX_JSON_DEPTH))
    return { ok: false, problem: `JSON nested deeper than ${MAX_JSON_DEPTH} levels` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, problem: 'a body that is not JSON' };
  }
}
