import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonTextTooDeep, MAX_JSON_DEPTH, valueTooDeep } from './json.depth.ts';

const nest = (levels: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { k: value };
  return value;
};

describe('JSON depth', () => {
  it('allows exactly the limit and refuses one level more, as text and as a value', () => {
    for (const [levels, refused] of [
      [MAX_JSON_DEPTH, false],
      [MAX_JSON_DEPTH + 1, true],
    ] as const) {
      const value = nest(levels);
      expect(valueTooDeep(value)).toBe(refused);
      expect(jsonTextTooDeep(JSON.stringify(value))).toBe(refused);
      expect(jsonTextTooDeep(Buffer.from(JSON.stringify(value)))).toBe(refused);
    }
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ a: '[{'.repeat(500), b: '\\"[[[[', c: ['"]]]]'] });
    expect(jsonTextTooDeep(text, 2)).toBe(false);
    expect(jsonTextTooDeep(Buffer.from(JSON.stringify({ tên: 'Cửa khẩu [' }), 'utf8'), 1)).toBe(false);
  });

  it('handles a million levels without recursion', () => {
    expect(jsonTextTooDeep('['.repeat(1_000_000) + ']'.repeat(1_000_000))).toBe(true);
    expect(valueTooDeep(JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)))).toBe(true);
  });

  it('treats binary attachments as leaves', () => {
    expect(valueTooDeep({ data: Buffer.alloc(70_000) }, 1)).toBe(false);
  });

  it('agrees between the text and the parsed value for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 7 }), (value, limit) => {
        expect(jsonTextTooDeep(JSON.stringify(value), limit)).toBe(valueTooDeep(value, limit));
      }),
    );
  });
});
