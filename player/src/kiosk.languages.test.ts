import { describe, expect, it } from 'vitest';
import { autonym, kioskWord, kioskWordText } from './kiosk.languages.ts';

describe('kiosk words', () => {
  it('says Back and Close in the languages we translate, marked with that language', () => {
    expect(kioskWord('vi', 'back')).toEqual([{ lang: 'vi', text: 'Quay lại' }]);
    expect(kioskWord('en', 'close')).toEqual([{ lang: 'en', text: 'Close' }]);
    expect(kioskWord('km', 'back')).toEqual([{ lang: 'km', text: 'ថយក្រោយ' }]);
    expect(kioskWord('lo', 'close')).toEqual([{ lang: 'lo', text: 'ປິດ' }]);
    expect(kioskWord('zh-Hans', 'close')).toEqual([{ lang: 'zh-Hans', text: '关闭' }]);
  });

  it('tells simplified from traditional Chinese, and keeps regional tags on their language', () => {
    expect(kioskWord('zh', 'close')[0]?.text).toBe('关闭');
    expect(kioskWord('zh-TW', 'close')[0]?.text).toBe('關閉');
    expect(kioskWord('zh-Hant-HK', 'close')[0]?.text).toBe('關閉');
    expect(kioskWord('en-GB', 'back')).toEqual([{ lang: 'en-GB', text: 'Back' }]);
  });

  it('writes "not available" in the language it is about', () => {
    expect(kioskWord('km', 'notAvailable')).toEqual([{ lang: 'km', text: 'មិនមានជាភាសាខ្មែរទេ' }]);
    expect(kioskWord('en', 'notAvailable')).toEqual([{ lang: 'en', text: 'Not available in English' }]);
  });

  it('falls back to Vietnamese and English for a language without a reliable translation', () => {
    for (const lang of ['jra', 'bdq', 'blt', 'km-Latn', 'zh-Latn']) {
      expect(kioskWord(lang, 'back'), lang).toEqual([
        { lang: 'vi', text: 'Quay lại' },
        { lang: 'en', text: 'Back' },
      ]);
    }
    expect(kioskWord('blt', 'notAvailable').map((p) => p.text)).toEqual([
      'Chưa có bản dịch sang ngôn ngữ này',
      'Not available in this language',
    ]);
    expect(kioskWordText('jra', 'close')).toBe('Đóng / Close');
  });

  it('names each language in its own script', () => {
    expect(autonym('km')).toBe('ភាសាខ្មែរ');
    expect(autonym('blt')).toBe('ꪁꪫꪱꪣ ꪼꪕ ꪒꪾ');
    expect(autonym('vi')).toBe('Tiếng Việt');
  });
});
