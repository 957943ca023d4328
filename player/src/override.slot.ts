// Which emergency page is due: pure, so that every screen of a gate shows the same one at the same time.
import type { MessageVariant, PlayerEmergency } from '../../schemas/types.ts';
import { hasText } from '../../shared/languages.ts';

/** Each language of an emergency stays up this long before the next. */
export const emergencyLanguageMs = 8_000;

/** One page of the rotation: an emergency in one language, as it is drawn. */
export interface EmergencyPage {
  emergency: PlayerEmergency;
  lang: string;
  /** What is drawn: the language's own variant, with the first language's body when it has none of its own. */
  variant: MessageVariant;
  /** The language of the body when it is borrowed from the first language (it is drawn in that one's font). */
  bodyLang?: string;
}

const blank = (text: string | undefined) => !text?.trim();

/** How much a variant says: a body counts most, a title and a ticker line less. */
function fullness(variant: MessageVariant | undefined): number {
  if (!variant) return 0;
  return (blank(variant.body) ? 0 : 2) + (blank(variant.title) ? 0 : 1) + (blank(variant.ticker) ? 0 : 1);
}

/**
 * The languages of an emergency in the order a screen shows them. First the screen's first language (its
 * gate's order) that has the fullest text among the screen's languages — or, if the emergency has none of
 * them, its first variant with the fullest text — then the screen's other languages in their order, then
 * the emergency's remaining languages in the order they were written. Languages without text are left out.
 */
export function emergencyLanguages(emergency: PlayerEmergency, screenLanguages: readonly string[]): string[] {
  const written = Object.keys(emergency.variants).filter((lang) => hasText(emergency.variants[lang]));
  const spoken = screenLanguages.filter((lang) => written.includes(lang));
  const candidates = spoken.length > 0 ? spoken : written;
  const most = Math.max(0, ...candidates.map((lang) => fullness(emergency.variants[lang])));
  const first = candidates.find((lang) => fullness(emergency.variants[lang]) === most);
  if (first === undefined) return [];
  return [...new Set([first, ...spoken, ...written])];
}

/** The pages of one emergency: a language with only a title shows the first language's body under it. */
export function emergencyPages(
  emergency: PlayerEmergency,
  screenLanguages: readonly string[],
): EmergencyPage[] {
  const langs = emergencyLanguages(emergency, screenLanguages);
  const firstLang = langs[0];
  const firstBody = firstLang === undefined ? undefined : emergency.variants[firstLang]?.body;
  return langs.map((lang) => {
    const own = emergency.variants[lang] ?? {};
    if (!blank(own.body) || blank(firstBody) || lang === firstLang) return { emergency, lang, variant: own };
    return { emergency, lang, variant: { ...own, body: firstBody }, bodyLang: firstLang };
  });
}

/**
 * The page due at `now`: the same on every screen of a gate (derived from the clock). The newest emergency
 * comes first, and the rotation starts when it went live (`since`), so an emergency opens on its first
 * language; the others follow, then the older emergencies' pages, round again until they expire.
 */
export function emergencySlot(
  emergencies: readonly PlayerEmergency[],
  now: number,
  screenLanguages: readonly string[] = [],
): (EmergencyPage & { remaining: number }) | null {
  const live = emergencies
    .map((emergency, order) => ({ emergency, order }))
    .filter(({ emergency }) => emergency.expiresAt > now)
    .sort((a, b) => (b.emergency.since ?? 0) - (a.emergency.since ?? 0) || a.order - b.order)
    .map(({ emergency }) => emergency);
  const pages = live.flatMap((emergency) => emergencyPages(emergency, screenLanguages));
  if (pages.length === 0) return null;
  // A state kept from an older controller has no `since`: the rotation then runs on the clock alone.
  const anchor = live[0]?.since ?? 0;
  // A screen whose clock is a little behind the controller's shows the first page until the anchor, too.
  const elapsed = now - anchor;
  const index = elapsed < 0 ? 0 : Math.floor(elapsed / emergencyLanguageMs) % pages.length;
  const page = pages[index] ?? pages[0];
  if (!page) return null;
  const untilNext =
    elapsed < 0 ? emergencyLanguageMs - elapsed : emergencyLanguageMs - (elapsed % emergencyLanguageMs);
  const remaining = Math.min(untilNext, ...live.map((e) => e.expiresAt - now));
  return { ...page, remaining };
}
