// How deep JSON may nest: checked before anything recursive (structuredClone, text normalisation, ajv)
// touches a payload, so that a few kilobytes of brackets cannot overflow the stack. Both checks are
// iterative. The deepest valid payload in schemas/ nests 6 levels; 64 leaves room for any future one.
import { ValidationError } from './errors.ts';

/** Arrays and objects nested inside each other, at most, in any payload. */
export const MAX_JSON_DEPTH = 64;

const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The refusal of a payload nested deeper than `limit`; it changes nothing. */
export function tooDeep(limit = MAX_JSON_DEPTH): ValidationError {
  return new ValidationError(
    `/: arrays and objects are nested more than ${limit} levels deep; no request needs more than ${limit}`,
    '/',
    'too_deep',
  );
}

/**
 * Whether JSON text (UTF-8 bytes, or a string) opens more than `limit` arrays or objects inside each other,
 * brackets inside strings not counting. Malformed text is left to the parser; this only counts.
 */
export function jsonTextTooDeep(text: Uint8Array | string, limit = MAX_JSON_DEPTH): boolean {
  const at = typeof text === 'string' ? (i: number) => text.charCodeAt(i) : (i: number) => text[i] ?? 0;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = at(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
    }
  }
  return false;
}

/** Whether a value (parsed JSON, a socket payload) nests more than `limit` arrays or objects. */
export function valueTooDeep(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    // Binary attachments (Socket.IO can carry Buffers) are leaves, not containers.
    if (typeof node !== 'object' || node === null || ArrayBuffer.isView(node) || node instanceof ArrayBuffer)
      continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}
