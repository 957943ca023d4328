// Which bundled font family draws which language. The player and the console bundle these families
// (shared/fonts.css: fontsource and 'Noto Sans Marks'); the server lists the pairs a manifest or an
// emergency needs so that a player can preload them before showing a message, and the console draws
// content text (and its preview its drafts) with the same pairs.

/** The family every stack falls back to: Latin, Vietnamese. */
export const baseFamily = 'Noto Sans';

/** Latin and Vietnamese letters with any combining mark (Jrai ơ̆ ư̆): the last resort of every stack. */
export const marksFamily = 'Noto Sans Marks';

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

/** For each family drawing a script other than Latin: the language subtags and script subtags it draws. */
export function scriptFamilies(): { family: string; languages: string[]; scripts: string[] }[] {
  const families = [...new Set(Object.values(byScript))].filter((f) => f !== baseFamily);
  return families.map((family) => {
    const scripts = Object.keys(byScript).filter((s) => byScript[s] === family);
    const languages = Object.keys(scriptOfLanguage).filter((l) =>
      scripts.includes(scriptOfLanguage[l] ?? ''),
    );
    return { family, languages, scripts };
  });
}

/** Every bundled family, the base first: the faces shared/fonts.css declares. */
export const bundledFamilies: readonly string[] = [...new Set([...Object.values(byScript), marksFamily])];
