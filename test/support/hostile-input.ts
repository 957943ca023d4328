// Hostile HTTP input for fuzz runs: path segments, query values and variants of a valid-looking JSON body.
import fc from 'fast-check';

/** A request body as sent: its bytes, its Content-Type, what kind of attack it is, and extra headers. */
export interface Body {
  data: string | Uint8Array;
  type: string;
  label: string;
  headers?: Record<string, string>;
}

// Path segments as an attacker writes them: already URL-encoded where they need to be, or raw on purpose
// (broken percent-escapes, encoded slashes and NUL).
const junkSegments = [
  'does-not-exist',
  '__proto__',
  'constructor',
  'prototype',
  '%27%20OR%20%271%27%3D%271',
  '%00',
  '%E0%A4%A',
  '%',
  '..%2F..%2Fetc%2Fpasswd',
  'a'.repeat(65),
  'A'.repeat(1500),
  '-1',
  'NaN',
  encodeURIComponent('Đồng Đăng'),
  encodeURIComponent('😀\u202e\u0000'),
  encodeURIComponent('gate\r\nX-Injected: 1'),
];
export const junkSegment = fc
  .oneof(
    fc.constantFrom(...junkSegments),
    fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).map(encodeURIComponent),
    fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}[a-z0-9]$/),
  )
  .filter((s) => !/^(\.|%2e)+$/i.test(s));
export const junkValues = [
  '',
  '-1',
  'abc',
  '1e9',
  '9'.repeat(30),
  '%',
  '[object Object]',
  'null',
  'true',
  '😀',
  '\u0000',
];

// Hostile strings put in place of text fields.
const oddText = fc.constantFrom(
  '\u202eevil\u202c',
  'e\u0301\u0301\u0301',
  '\ud800',
  '\u0000',
  '𝕏'.repeat(50),
  '<script>alert(1)</script>',
  '=HYPERLINK("http://127.0.0.1")',
  ' ',
  'ꦗꦮ ꪼꪕ ច្រក',
);

function withJunk(value: unknown, path: string[], junk: unknown): unknown {
  if (path.length === 0) return junk;
  const [head = '', ...rest] = path;
  if (Array.isArray(value)) {
    const copy: unknown[] = [...(value as unknown[])];
    copy[Number(head)] = withJunk(copy[Number(head)], rest, junk);
    return copy;
  }
  return { ...(value as object), [head]: withJunk((value as Record<string, unknown>)[head], rest, junk) };
}

/** Every path to a leaf of a JSON value (for replacing one of them). */
function leaves(value: unknown, at: string[] = []): string[][] {
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? [at] : entries.flatMap(([k, v]) => leaves(v, [...at, k]));
  }
  return [at];
}

/** Hostile variants of a valid-looking value: wrong types, extra fields, huge or odd text, prototype keys. */
export function hostile(valid: unknown): fc.Arbitrary<Body> {
  const text = JSON.stringify(valid);
  const paths = leaves(valid);
  const json = (label: string) => (v: unknown) => ({
    data: JSON.stringify(v),
    type: 'application/json',
    label,
  });
  const objectText = text.startsWith('{') && text !== '{}' ? text.slice(1) : '"x":1}';
  return fc.oneof(
    fc
      .tuple(
        fc.constantFrom(...paths),
        fc.constantFrom(42, -1.5, 1e308, 'text', true, null, [], {}, [1, 'a']),
      )
      .map(([p, junk]) => withJunk(valid, p, junk))
      .map(json('wrong type')),
    fc.constantFrom(42, 'text', null, true, [valid]).map(json('wrong type at the top')),
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }))
      .map(([k, v]) => ({ ...(typeof valid === 'object' && valid ? valid : {}), [k]: v }))
      .map(json('extra field')),
    fc
      .constantFrom(...paths)
      .map((p) => withJunk(valid, p, 'ệ'.repeat(100_000)))
      .map(json('huge string')),
    fc
      .tuple(fc.constantFrom(...paths), oddText)
      .map(([p, junk]) => withJunk(valid, p, junk))
      .map(json('odd unicode')),
    fc.constant({
      data: `{"__proto__":{"isAdmin":true,"roles":["admin"]},"constructor":{"prototype":{"polluted":1}},${objectText}`,
      type: 'application/json',
      label: 'prototype keys',
    }),
    fc
      .constantFrom(...paths)
      .map((p) => withJunk(valid, p, JSON.parse('['.repeat(800) + ']'.repeat(800))))
      .map(json('deep nesting')),
    fc
      .constantFrom('{"a":', 'nul', "{'a':1}", '\u0000', '')
      .map((data) => ({ data, type: 'application/json', label: 'not JSON' })),
    fc
      .constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/json; charset=utf-7',
        'application/xml',
      )
      .map((type) => ({ data: text, type, label: 'other content type' })),
    fc.constant({
      data: text,
      type: 'application/json',
      label: 'unknown encoding',
      headers: { 'content-encoding': 'x-gzip2' },
    }),
  );
}
