// Which bundled font family draws which language. The player bundles these families (fontsource); the
// server lists the pairs a manifest or an emergency needs so that a player can preload them before showing
// a message, and the console's preview draws its drafts with the same pairs.

/** The family every stack falls back to: Latin, Vietnamese. */
export const baseFamily = 'Noto Sans';

const byScript: Record<string, string> = {
  Khmr: 'Noto Sans Khmer',
  Laoo: 'Noto Sans Lao',
  Tavt: 'Noto Sans Tai Viet',
  Hans: 'Noto Sans SC',
  Hani: 'Noto Sans SC',
  Latn: baseFamily,
};

const scriptOfLanguage: Record<string, string> = { km: 'Khmr', lo: 'Laoo', zh: 'Hans', blt: 'Tavt' };

/** The bundled font family for a BCP 47 tag: by its script subtag, else by the language's usual script. */
export function fontFamilyFor(lang: string): string {
  const script =
    /-([A-Z][a-z]{3})(?:-|$)/.exec(lang)?.[1] ?? scriptOfLanguage[lang.split('-')[0] ?? ''] ?? 'Latn';
  return byScript[script] ?? baseFamily;
}
