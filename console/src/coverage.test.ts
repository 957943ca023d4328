import { describe, expect, it } from 'vitest';
import { codePointLabel, uncoveredCharacters } from './coverage.ts';

describe('uncoveredCharacters', () => {
  it('accepts every script the bundled fonts cover', () => {
    const text = [
      'Cửa khẩu quốc tế Tịnh Biên — giờ mở cửa 7:00–17:00, phí 10.000 ₫',
      'ច្រកទ្វារអន្តរជាតិ', // Khmer with a coeng subscript
      'ດ່ານສາກົນນາແມວ', // Lao
      'ꪹꪀꪱ ꪼꪒ', // Tai Viet
      '国际口岸 欢迎光临。', // Chinese with CJK punctuation
      'Jrai: ơ̆ ư̆', // combining breve, no precomposed form
    ].join('\n');
    expect(uncoveredCharacters(text)).toEqual([]);
  });

  it('names characters that would show as empty boxes on a board, once each', () => {
    expect(uncoveredCharacters('Chào 😀 Здравствуйте 😀 ᠮᠣᠩ')).toEqual([
      '😀',
      'З',
      'д',
      'р',
      'а',
      'в',
      'с',
      'т',
      'у',
      'й',
      'е',
      'ᠮ',
      'ᠣ',
      'ᠩ',
    ]);
  });

  it('labels a character by its code point, astral ones included', () => {
    expect(codePointLabel('😀')).toBe('U+1F600');
    expect(codePointLabel('ꪀ')).toBe('U+AA80');
  });
});
