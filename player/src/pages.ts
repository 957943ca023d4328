// Pages: a text too long to be read on a screen at its legibility floor is split into pages shown in
// turn, each fitted on its own at or above the floor, rather than shrunk until nobody can read it.
// Breaks fall between sentences, else between words, as Intl.Segmenter finds them in the text's
// language: Khmer and Lao have no spaces between words, a split at spaces would cut them anywhere.

/** How long each page stays when the caller gives no timing (a kiosk's message view). */
export const defaultPageMs = 8_000;

/** When the pages of a text are due: the item's start and length on the (server-corrected) clock. */
export interface PageTiming {
  start: number;
  duration: number;
  now(): number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The text cut into sentences or words; joined again they give the text back exactly. */
export function segments(text: string, lang: string, granularity: 'sentence' | 'word'): string[] {
  const key = `${granularity}|${lang}`;
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang || undefined, { granularity });
    segmenters.set(key, segmenter);
  }
  const pieces = [...segmenter.segment(text)].map((s) => s.segment);
  if (granularity === 'sentence') return pieces;
  // A space or a punctuation mark is never a break unit of its own: it stays with the word before it.
  const units: string[] = [];
  for (const piece of pieces) {
    const last = units.pop();
    if (last !== undefined && !/[\p{L}\p{N}]/u.test(piece)) units.push(last + piece);
    else units.push(...(last === undefined ? [] : [last]), piece);
  }
  return units;
}

/**
 * Splits a text into pages: whole sentences while they fit, a sentence too long for one page by words,
 * each page as many of them as `fits` accepts (at least one). `fits` is asked about growing prefixes,
 * found by bisection, and a sentence is cut into words only when it does not fit a page alone, so a
 * long text costs a few dozen layouts, not one per sentence or word.
 */
export function paginate(text: string, lang: string, fits: (page: string) => boolean): string[] {
  const units: string[] = [];
  for (const sentence of segments(text, lang, 'sentence')) {
    // Blank space between sentences stays with the sentence before it.
    const last = units.pop();
    if (last !== undefined && !sentence.trim()) units.push(last + sentence);
    else units.push(...(last === undefined ? [] : [last]), sentence);
  }
  const pages: string[] = [];
  const join = (from: number, to: number) => units.slice(from, to).join('').trim();
  let i = 0;
  while (i < units.length) {
    let lo = 0; // how many units are known to fit
    let hi = units.length - i;
    if (fits(join(i, i + hi))) lo = hi;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (fits(join(i, i + mid))) lo = mid;
      else hi = mid;
    }
    if (lo === 0) {
      // Not even this unit fits alone: a sentence is cut into its words; a word is a page of its own
      // (broken or clipped by the fit).
      const words = segments(units[i] ?? '', lang, 'word');
      if (words.length > 1) {
        units.splice(i, 1, ...words);
        continue;
      }
      lo = 1;
    }
    const page = join(i, i + lo);
    if (page) pages.push(page);
    i += lo;
  }
  return pages.length > 0 ? pages : [text];
}

/**
 * Which page is due at `now` and when the next one is: each page gets an equal share of the item's
 * time, counted from the item's start on the corrected clock, so the boards of a gate flip together.
 * Without timing, pages take turns every defaultPageMs from the epoch (still the same on every board).
 */
export function pageAt(
  pages: number,
  now: number,
  timing?: Pick<PageTiming, 'start' | 'duration'>,
): { index: number; nextAt: number } {
  if (pages <= 1) return { index: 0, nextAt: Infinity };
  if (!timing || !(timing.duration > 0)) {
    const turn = Math.floor(now / defaultPageMs);
    return { index: ((turn % pages) + pages) % pages, nextAt: (turn + 1) * defaultPageMs };
  }
  const share = timing.duration / pages;
  const index = Math.min(pages - 1, Math.max(0, Math.floor((now - timing.start) / share)));
  return { index, nextAt: index < pages - 1 ? timing.start + (index + 1) * share : Infinity };
}
