// Finding English words in Vietnamese text (the console's vi catalogue, its rendered pages).
//
// A word is suspect when it cannot be one Vietnamese syllable: Vietnamese writes one syllable per word,
// (initial consonant) + vowels + (final consonant), so "online", "idle", "message", "Time", "cleared" fail
// the shape at once, while "an", "con", "tin" (Vietnamese words that English also spells) pass it.

/**
 * Words a Vietnamese interface writes as they are, each for a reason. Acronyms and codes need no entry:
 * a word in capitals (LED, API, CSV, QR, TOTP, HDMI, JPEG) or without a vowel (km, ms, Ctrl) is not an
 * English word.
 */
export const allowedWords: ReadonlyMap<string, string> = new Map([
  ['gatecast', 'the product’s name'],
  ['excel', 'a program’s name'],
  ['cron', 'a program’s name, for the experts who write its expressions'],
  ['webp', 'a file format’s name'],
  ['webm', 'a file format’s name'],
  ['video', 'a loanword: Vietnamese writes “video”'],
  ['card', 'the LED trade’s own Vietnamese word (“card phát”, “card thu”)'],
  ['enter', 'a key’s name as printed on the key'],
  ['jra', 'a language tag given as an example (Gia Rai)'],
  ['hans', 'a script tag given as an example (zh-Hans)'],
  ['khmer', 'Vietnamese names the language and the people so: “tiếng Khmer”, “người Khmer”'],
]);

const initials = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?';
const vowels = '[aeiouy]{1,3}';
const finals = '(?:ng|nh|ch|[cmnpt])?';
const syllable = new RegExp(`^${initials}${vowels}${finals}$`);

/** The word without its tones and vowel marks, lower case (đ as d): "Chưa" → "chua". */
export function bare(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}

/** Whether a word can be one Vietnamese syllable. */
export function vietnameseSyllable(word: string): boolean {
  return syllable.test(bare(word));
}

/** An acronym or a code, not a word: in capitals (LED, MP4's MP), or without a vowel (km, ms, Ctrl). */
export function code(word: string): boolean {
  return /^\p{Lu}+$/u.test(word) || !/[aeiouy]/.test(bare(word));
}

/** The words of a text (letters only; `{name}` placeholders, paths such as /player/ and single letters left out). */
export function wordsOf(text: string): string[] {
  const prose = text.replace(/\{\w+\}/g, ' ').replace(/(^|\s|\()\/[\w/.-]*/g, ' ');
  return (prose.match(/\p{L}+/gu) ?? []).filter((w) => w.length > 1);
}

/** Whether a word cannot be Vietnamese, is no code, and is not allowed as it is. */
export function foreign(word: string): boolean {
  return !vietnameseSyllable(word) && !code(word) && !allowedWords.has(word.toLowerCase());
}

/** The words of a text that cannot be Vietnamese and are not allowed as they are. */
export function foreignWords(text: string): string[] {
  return wordsOf(text).filter(foreign);
}

/** The English words the en catalogue uses that a Vietnamese text could not contain (lower case). */
export function englishVocabulary(enTexts: readonly string[]): Set<string> {
  return new Set(
    enTexts
      .flatMap(wordsOf)
      .filter(foreign)
      .map((w) => w.toLowerCase()),
  );
}

/** 12-hour times ("3 PM", "10:30 am"): English clocks, which the syllable test cannot see ("am" is Vietnamese-shaped). */
export function twelveHourTimes(text: string): string[] {
  return [...text.matchAll(/\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/giu)].map((m) => m[0]);
}
