// What changed in a message's text, per language and field, word by word: pure, so it is unit tested and
// the approval page only draws it.
import { diffWords } from 'diff';
import type { MessageVariant } from '../../schemas/types.ts';

/** A run of words: in both versions, only in the new one, or only in the old one. */
export interface DiffPart {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

/** The text fields of a language, in the order the screen shows them. */
export const textFields = ['title', 'body', 'ticker'] as const;
export type TextField = (typeof textFields)[number];

/**
 * The word-level difference of two texts. Words are cut by the browser's `Intl.Segmenter` for the text's own
 * language, so scripts written without spaces (Khmer, Lao, Chinese) are compared word by word too.
 */
export function wordDiff(before: string, after: string, lang: string): DiffPart[] {
  let segmenter: Intl.Segmenter | undefined;
  try {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  } catch {
    segmenter = undefined; // a tag the runtime refuses: jsdiff's own word splitting
  }
  return diffWords(before, after, segmenter ? { intlSegmenter: segmenter } : {}).map((c) => ({
    text: c.value,
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
  }));
}

/** The languages of either version, Vietnamese first, then in the order the message lists them. */
export function languagesOf(
  ...versions: (Record<string, MessageVariant | undefined> | undefined)[]
): string[] {
  const langs = new Set<string>();
  for (const v of versions) for (const lang of Object.keys(v ?? {})) langs.add(lang);
  return [...langs].sort((a, b) => (a === 'vi' ? -1 : b === 'vi' ? 1 : 0));
}

const textOf = (v: MessageVariant | undefined): string =>
  textFields
    .map((f) => (v?.[f] ?? '').trim())
    .join('\n')
    .trim();

/**
 * Languages whose text is the same as an earlier language's ("looks untranslated": Vietnamese pasted into the
 * Jrai fields), each with the language it copies. Languages are taken in `languagesOf` order.
 */
export function looksUntranslated(variants: Record<string, MessageVariant | undefined>): Map<string, string> {
  const seen = new Map<string, string>();
  const copies = new Map<string, string>();
  for (const lang of languagesOf(variants)) {
    const text = textOf(variants[lang]);
    if (!text) continue;
    const original = seen.get(text);
    if (original) copies.set(lang, original);
    else seen.set(text, lang);
  }
  return copies;
}

/** Whether a language's field differs between the versions. */
export function fieldChanged(
  before: MessageVariant | undefined,
  after: MessageVariant | undefined,
  field: TextField,
): boolean {
  return (before?.[field] ?? '') !== (after?.[field] ?? '');
}
