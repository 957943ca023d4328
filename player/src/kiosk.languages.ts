// Each language named in its own script, for the kiosk's language picker: a traveller looks for the
// name they read, not the Vietnamese or English name of their language.

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
