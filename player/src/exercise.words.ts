// The words of a drill's watermark (DIỄN TẬP / EXERCISE), one per language of the emergency. Pure.

/** One word of the watermark: its text and the language it is written in (its `lang`, its font). */
export interface ExerciseWord {
  lang: string;
  text: string;
}

/** "Exercise" in the languages of the gates' neighbours, by primary language subtag. */
const words: Record<string, string> = {
  vi: 'DIỄN TẬP',
  en: 'EXERCISE',
  km: 'សមយុទ្ធ',
  lo: 'ການຊ້ອມ',
  zh: '演习',
};

/** Minority languages of Vietnam (Jrai, Bahnar, Tai): their readers read the Vietnamese word. */
const readVietnamese = new Set(['jra', 'bdq', 'tmm', 'blt']);

/**
 * The watermark's words for an emergency's languages, in that order, each word once: a language with a
 * word of its own gets it, marked with the emergency's tag (zh-Hans); a minority language of Vietnam
 * the Vietnamese word; any other language the English word.
 */
export function exerciseWords(languages: readonly string[]): ExerciseWord[] {
  const out: ExerciseWord[] = [];
  for (const lang of languages) {
    const primary = (lang.split('-')[0] ?? '').toLowerCase();
    const own = words[primary];
    const word: ExerciseWord = own
      ? { lang, text: own }
      : readVietnamese.has(primary)
        ? { lang: 'vi', text: words['vi'] ?? '' }
        : { lang: 'en', text: words['en'] ?? '' };
    if (!out.some((w) => w.text === word.text)) out.push(word);
  }
  return out;
}
