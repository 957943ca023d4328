import { describe, expect, it } from 'vitest';
import { messages, type MessageKey } from '../../console/src/i18n.ts';
import {
  allowedWords,
  englishVocabulary,
  foreignWords,
  twelveHourTimes,
  vietnameseSyllable,
} from '../support/english.ts';

// Strings whose Vietnamese text is English on purpose: they speak to someone who reads English, and the
// console marks them lang="en" (the language switch).
const meantForEnglishReaders: readonly MessageKey[] = ['switchLanguage', 'switchLanguageLabel'];

describe('the Vietnamese catalogue', () => {
  const entries = Object.entries(messages) as [MessageKey, { vi: string; en: string }][];

  it('tells Vietnamese syllables from English words', () => {
    for (const w of ['Chưa', 'kết', 'nối', 'nghiêng', 'Người', 'dùng', 'khuyến', 'an', 'tin', 'đổi'])
      expect(vietnameseSyllable(w), w).toBe(true);
    for (const w of ['idle', 'message', 'Time', 'cleared', 'online', 'stale', 'never'])
      expect(vietnameseSyllable(w), w).toBe(false);
    expect(foreignWords('Trạng thái: cleared (message)')).toEqual(['cleared', 'message']);
    // A 12-hour clock is English even where its letters could be Vietnamese ("am").
    expect(twelveHourTimes('lúc 9 am, đến 5:30 PM; 17:00 năm 2026')).toEqual(['9 am', '5:30 PM']);
    // Codes and acronyms are not words; a path is not prose.
    expect(foreignWords('Tải CSV, mã QR, bảng LED (vd. km), địa chỉ /player/, Ctrl+C')).toEqual([]);
  });

  it('has no English word in any Vietnamese string', () => {
    const found = entries
      .filter(([key]) => !meantForEnglishReaders.includes(key))
      .map(([key, { vi }]) => [key, [...foreignWords(vi), ...twelveHourTimes(vi)]] as const)
      .filter(([, words]) => words.length > 0)
      .map(([key, words]) => `${key}: ${words.join(', ')}`);
    expect(found).toEqual([]);
  });

  it('keeps its allowlist short, each word with its reason and in use', () => {
    expect(allowedWords.size).toBeLessThanOrEqual(12);
    const vi = entries.map(([, m]) => m.vi.toLowerCase()).join(' ');
    // Allowed because the pages show it, not because the catalogue does: the docs' names, and the names
    // of languages that the browser gives in Vietnamese (Intl.DisplayNames: "Tiếng Khmer").
    const shownOutsideTheCatalogue = new Set(['excel', 'khmer']);
    for (const [word, reason] of allowedWords) {
      expect(reason.length, word).toBeGreaterThan(10);
      if (!shownOutsideTheCatalogue.has(word)) expect(vi, word).toMatch(new RegExp(`\\b${word}\\b`));
    }
  });

  it('knows enough English to find it on a page', () => {
    const vocabulary = englishVocabulary(entries.map(([, m]) => m.en));
    for (const w of ['online', 'offline', 'message', 'screen', 'clear', 'idle'])
      expect(vocabulary.has(w), w).toBe(true);
  });
});
