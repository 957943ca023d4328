import { describe, expect, it } from 'vitest';
import { columns, shownLanguage } from './kiosk.choice.ts';

const gate = ['vi', 'km', 'en'];
const v = { title: 'x' };

describe('shownLanguage', () => {
  it('shows the chosen language when the message has it', () => {
    expect(shownLanguage({ vi: v, km: v }, 'km', gate)).toEqual({ lang: 'km', substitute: false });
  });

  it("falls back to the gate's first language, and says it is a substitute", () => {
    expect(shownLanguage({ en: v, vi: v }, 'km', gate)).toEqual({ lang: 'vi', substitute: true });
  });

  it("takes the gate's next language when the message lacks the first", () => {
    expect(shownLanguage({ en: v, km: v }, 'lo', gate)).toEqual({ lang: 'km', substitute: true });
  });

  it("takes the message's own first language when it has none of the gate's", () => {
    expect(shownLanguage({ zh: v, lo: v }, 'km', gate)).toEqual({ lang: 'zh', substitute: true });
  });

  it('shows nothing for a message without variants', () => {
    expect(shownLanguage({}, 'vi', gate)).toBeUndefined();
  });

  it('does not take an inherited property for a language', () => {
    expect(shownLanguage({ vi: v }, 'constructor', gate)).toEqual({ lang: 'vi', substitute: true });
  });
});

describe('columns', () => {
  it("lays a portrait kiosk's languages in rows of equal length, at most three wide", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => columns(n, true))).toEqual([1, 2, 3, 2, 3, 3, 3]);
  });

  it('puts up to six in one row on a landscape screen', () => {
    expect([3, 5, 6, 7, 8].map((n) => columns(n, false))).toEqual([3, 5, 6, 4, 4]);
  });

  it('has one column even without languages', () => {
    expect(columns(0, true)).toBe(1);
  });
});
