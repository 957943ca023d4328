import { describe, expect, it } from 'vitest';
import { defaultPageMs, pageAt, paginate, segments } from './pages.ts';

describe('segments', () => {
  it('gives the text back exactly when joined, for spaced and unspaced scripts', () => {
    for (const [text, lang] of [
      ['Cửa khẩu mở cửa. Xin giữ trật tự!  Cảm ơn.', 'vi'],
      ['ច្រកទ្វារបើកពីម៉ោង ៧ ដល់ ១៧។ សូមអរគុណ។', 'km'],
      ['ດ່ານເປີດແຕ່ 7 ໂມງ ຫາ 17 ໂມງ', 'lo'],
    ] as const) {
      expect(segments(text, lang, 'sentence').join('')).toBe(text);
      expect(segments(text, lang, 'word').join('')).toBe(text);
    }
  });

  it('cuts Khmer into words although it has no spaces, and keeps punctuation with its word', () => {
    const words = segments('ច្រកទ្វារបើកពីម៉ោង', 'km', 'word');
    expect(words.length).toBeGreaterThan(2);
    expect(segments('Xin chào, bạn.', 'vi', 'word')).toEqual(['Xin ', 'chào, ', 'bạn.']);
  });
});

describe('paginate', () => {
  // A page "fits" when it has at most this many characters: a stand-in for the layout.
  const upTo = (n: number) => (page: string) => page.length <= n;

  it('breaks between sentences when they fit, and loses nothing', () => {
    const text = 'Một hai ba. Bốn năm sáu. Bảy tám chín.';
    expect(paginate(text, 'vi', upTo(25))).toEqual(['Một hai ba. Bốn năm sáu.', 'Bảy tám chín.']);
  });

  it('breaks a sentence too long for a page between words', () => {
    const pages = paginate('một hai ba bốn năm sáu bảy tám', 'vi', upTo(12));
    expect(pages).toEqual(['một hai ba', 'bốn năm sáu', 'bảy tám']);
  });

  it('pages Khmer at word boundaries, never inside a word', () => {
    const text = 'ច្រកទ្វារបើកពីម៉ោងប្រាំពីរដល់ម៉ោងដប់ប្រាំពីរ';
    const words = segments(text, 'km', 'word');
    const pages = paginate(text, 'km', upTo(14));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.join('')).toBe(text);
    let at = 0;
    const boundaries = new Set(words.map((w) => (at += w.length)));
    at = 0;
    for (const page of pages.slice(0, -1)) expect(boundaries.has((at += page.length))).toBe(true);
  });

  it('puts a word longer than a page on a page of its own', () => {
    expect(paginate('a bbbbbbbbbbbb c', 'en', upTo(5))).toEqual(['a', 'bbbbbbbbbbbb', 'c']);
  });
});

describe('pageAt', () => {
  const timing = { start: 1_000_000, duration: 30_000 };
  it('gives each page an equal share of the item, from its start', () => {
    expect(pageAt(3, 1_000_000, timing)).toEqual({ index: 0, nextAt: 1_010_000 });
    expect(pageAt(3, 1_019_999, timing)).toEqual({ index: 1, nextAt: 1_020_000 });
    expect(pageAt(3, 1_025_000, timing)).toEqual({ index: 2, nextAt: Infinity });
  });

  it('is the same on two boards that ask at the same instant, whenever they started drawing', () => {
    expect(pageAt(4, 1_016_000, timing).index).toBe(pageAt(4, 1_016_000, { ...timing }).index);
  });

  it('takes turns from the epoch without timing, and has nothing to flip for one page', () => {
    expect(pageAt(2, defaultPageMs * 5 + 1).index).toBe(1);
    expect(pageAt(2, defaultPageMs * 6 + 1)).toEqual({ index: 0, nextAt: defaultPageMs * 7 });
    expect(pageAt(1, 123)).toEqual({ index: 0, nextAt: Infinity });
  });
});
