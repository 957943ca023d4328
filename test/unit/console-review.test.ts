import { describe, expect, it } from 'vitest';
import { firstOnScreensText } from '../../console/src/describe.ts';
import { setLang } from '../../console/src/i18n.ts';
import { languagesOf, looksUntranslated, wordDiff } from '../../console/src/review-diff.ts';

describe('the approval page’s word diff', () => {
  it('marks the inserted and the deleted words, keeping the rest', () => {
    const before = 'Cửa khẩu mở cửa lúc bảy giờ';
    const after = 'Cửa khẩu mở cửa lúc sáu giờ rưỡi';
    const parts = wordDiff(before, after, 'vi');
    const words = (kind: string) =>
      parts
        .filter((p) => p.kind === kind)
        .map((p) => p.text.trim())
        .filter(Boolean);
    expect(words('removed')).toEqual(['bảy']);
    expect(words('added')).toEqual(['sáu', 'rưỡi']);
    // Each side reads back as its own text (jsdiff may leave a space where a word went).
    const side = (hidden: string) =>
      parts
        .filter((p) => p.kind !== hidden)
        .map((p) => p.text)
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
    expect(side('added')).toBe(before);
    expect(side('removed')).toBe(after);
  });

  it('cuts Khmer, written without spaces, into words rather than marking the whole line', () => {
    // "The gate opens at seven" → "The gate closes at seven": one word differs.
    const parts = wordDiff('ច្រកទ្វារបើកនៅម៉ោងប្រាំពីរ', 'ច្រកទ្វារបិទនៅម៉ោងប្រាំពីរ', 'km');
    const same = parts
      .filter((p) => p.kind === 'same')
      .map((p) => p.text)
      .join('');
    expect(same.length).toBeGreaterThan(0);
    expect(
      parts
        .filter((p) => p.kind === 'removed')
        .map((p) => p.text)
        .join(''),
    ).toContain('បើក');
    expect(
      parts
        .filter((p) => p.kind === 'added')
        .map((p) => p.text)
        .join(''),
    ).toContain('បិទ');
  });
});

describe('looks untranslated', () => {
  it('flags a language whose text is another language’s, naming that one', () => {
    const copies = looksUntranslated({
      vi: { title: 'Giờ mở cửa', body: '7:00–17:00' },
      jra: { title: 'Giờ mở cửa', body: '7:00–17:00' },
      km: { title: 'ម៉ោងបើក', body: '7:00–17:00' },
    });
    expect([...copies]).toEqual([['jra', 'vi']]);
  });

  it('lists Vietnamese first, then the other languages of either version', () => {
    expect(languagesOf({ km: {}, vi: {} }, { lo: {} })).toEqual(['vi', 'km', 'lo']);
  });
});

describe('when approved content first reaches screens, in words', () => {
  const hcm = 'Asia/Ho_Chi_Minh';
  const now = Date.parse('2026-12-05T03:00:00Z'); // Saturday 10:00 at the gate

  it('names the gate-local time, weekday and date of a later start', () => {
    setLang('vi');
    expect(firstOnScreensText('2026-12-06T23:30:00.000Z', hcm, now)).toBe(
      'Sẽ lên màn hình lúc 06:30 thứ Hai 7/12.',
    );
    setLang('en');
    expect(firstOnScreensText('2026-12-06T23:30:00.000Z', hcm, now)).toBe(
      'It will reach screens at 06:30 on Monday 7 December.',
    );
    setLang('vi');
  });

  it('says it is on screens now when it already plays, and says so when nothing puts it on', () => {
    setLang('vi');
    expect(firstOnScreensText(new Date(now).toISOString(), hcm, now)).toBe('Đang lên màn hình.');
    expect(firstOnScreensText(null, hcm, now)).toContain('Chưa có màn hình nào phát');
  });
});
