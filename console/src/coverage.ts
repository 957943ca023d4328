// The scripts the bundled fonts cover (Noto Sans latin/latin-ext/vietnamese, Khmer, Lao, Tai Viet, SC).
// A character outside them would render as an empty box on an offline board, so the editor flags it.
const covered: readonly (readonly [number, number])[] = [
  [0x0009, 0x000d], // tab and line breaks
  [0x0020, 0x024f], // Basic Latin, Latin-1, Latin Extended-A/B
  [0x0300, 0x036f], // combining marks (Jrai ơ̆, ư̆ have no precomposed form)
  [0x0e80, 0x0eff], // Lao
  [0x1780, 0x17ff], // Khmer
  [0x19e0, 0x19ff], // Khmer symbols
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2000, 0x206f], // General Punctuation (dashes, quotes, zero-width space and joiners)
  [0x20a0, 0x20cf], // currency symbols (₫)
  [0x2e80, 0x2fdf], // CJK radicals
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xaa80, 0xaadf], // Tai Viet
  [0xff00, 0xffef], // full-width forms
];

/** Whether a bundled font has a glyph for this code point. */
export function isCovered(codePoint: number): boolean {
  return covered.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The distinct characters of `text` that no bundled font covers, in order of first appearance. */
export function uncoveredCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const char of text.normalize('NFC')) {
    const cp = char.codePointAt(0);
    if (cp !== undefined && !isCovered(cp)) found.add(char);
  }
  return [...found];
}

/** "U+1F600" for a character, the form technicians search for. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
