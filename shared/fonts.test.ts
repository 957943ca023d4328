import { describe, expect, it } from 'vitest';
import { fontFamilyFor } from './fonts.ts';

describe('fontFamilyFor', () => {
  it('picks the family by the language’s usual script', () => {
    expect(fontFamilyFor('km')).toBe('Noto Sans Khmer');
    expect(fontFamilyFor('lo')).toBe('Noto Sans Lao');
    expect(fontFamilyFor('zh')).toBe('Noto Sans SC');
    expect(fontFamilyFor('blt')).toBe('Noto Sans Tai Viet');
    expect(fontFamilyFor('vi')).toBe('Noto Sans');
    expect(fontFamilyFor('jra')).toBe('Noto Sans');
  });

  it('lets a script subtag win over the language', () => {
    expect(fontFamilyFor('tmm-Tavt')).toBe('Noto Sans Tai Viet');
    expect(fontFamilyFor('km-Latn')).toBe('Noto Sans');
    expect(fontFamilyFor('zh-Hani')).toBe('Noto Sans SC');
  });
});
