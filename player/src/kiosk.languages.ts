// What the kiosk says in each language: each language's own name for the language picker (a traveller
// looks for the name they read, not the Vietnamese or English name of their language), and the few words
// of the kiosk itself (Back, Close, "not available in this language").
//
// Only languages we can translate reliably have a row of words. Any other language (Jrai, Bahnar, Tai
// Viet, …) gets Vietnamese and English side by side rather than words nobody checked.

const autonyms: Record<string, string> = {
  vi: 'Tiếng Việt',
  km: 'ភាសាខ្មែរ',
  lo: 'ພາສາລາວ',
  en: 'English',
  zh: '中文',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  jra: 'Tơlơi Jrai',
  bdq: 'Bahnar',
  blt: 'ꪁꪫꪱꪣ ꪼꪕ ꪒꪾ',
  'tmm-Tavt': 'ꪁꪫꪱꪣ ꪼꪕ',
  th: 'ภาษาไทย',
};

/** The name of a language in that language; the browser's name as a fallback, else the tag itself. */
export function autonym(lang: string): string {
  const known = autonyms[lang] ?? autonyms[lang.split('-')[0] ?? ''];
  if (known) return known;
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** The kiosk's own words. */
export type KioskWord = 'back' | 'close' | 'languages' | 'notAvailable';

/** "notAvailable" is said about the language it is written in: "not available in Khmer", in Khmer. */
const words: Record<string, Record<KioskWord, string>> = {
  vi: { back: 'Quay lại', close: 'Đóng', languages: 'Ngôn ngữ', notAvailable: 'Chưa có bản tiếng Việt' },
  en: { back: 'Back', close: 'Close', languages: 'Language', notAvailable: 'Not available in English' },
  km: { back: 'ថយក្រោយ', close: 'បិទ', languages: 'ភាសា', notAvailable: 'មិនមានជាភាសាខ្មែរទេ' },
  lo: { back: 'ກັບຄືນ', close: 'ປິດ', languages: 'ພາສາ', notAvailable: 'ບໍ່ມີເປັນພາສາລາວ' },
  'zh-Hans': { back: '返回', close: '关闭', languages: '语言', notAvailable: '暂无中文版本' },
  'zh-Hant': { back: '返回', close: '關閉', languages: '語言', notAvailable: '暫無中文版本' },
};

/** For a language without a row: Vietnamese and English, and the note says "this language". */
const untranslated: Record<'vi' | 'en', Record<KioskWord, string>> = {
  vi: {
    back: 'Quay lại',
    close: 'Đóng',
    languages: 'Ngôn ngữ',
    notAvailable: 'Chưa có bản dịch sang ngôn ngữ này',
  },
  en: { back: 'Back', close: 'Close', languages: 'Language', notAvailable: 'Not available in this language' },
};

/** A piece of kiosk text and the language it is written in (for its `lang` and its font). */
export interface Phrase {
  lang: string;
  text: string;
}

/** The key of the row for a tag: exact, else its language (en-GB → en; zh-TW → zh-Hant), never another script. */
function rowKey(lang: string): string | undefined {
  if (words[lang]) return lang;
  const [language = '', ...rest] = lang.split('-');
  const script = rest.find((s) => /^[A-Z][a-z]{3}$/.test(s));
  if (language === 'zh') {
    if (script === 'Hant' || (!script && rest.some((s) => ['TW', 'HK', 'MO'].includes(s)))) return 'zh-Hant';
    return !script || script === 'Hans' ? 'zh-Hans' : undefined;
  }
  return !script && words[language] ? language : undefined;
}

/**
 * A kiosk word for a traveller who chose `lang`: one phrase in that language if we have it, else the
 * Vietnamese and the English phrase, each marked with its own language.
 */
export function kioskWord(lang: string, word: KioskWord): Phrase[] {
  const row = words[rowKey(lang) ?? ''];
  if (row) return [{ lang, text: row[word] }];
  return [
    { lang: 'vi', text: untranslated.vi[word] },
    { lang: 'en', text: untranslated.en[word] },
  ];
}

/** The same word as one string, for an accessible name. */
export function kioskWordText(lang: string, word: KioskWord): string {
  return kioskWord(lang, word)
    .map((p) => p.text)
    .join(' / ');
}
