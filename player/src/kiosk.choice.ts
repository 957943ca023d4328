// The kiosk's choices that need no DOM, so they are unit-tested: which language a message is shown in
// when a traveller has chosen one, and how the language buttons are laid out.

/** The language a message is shown in, and whether that is not the one the traveller chose. */
export interface ShownLanguage {
  lang: string;
  /** True when the message has no text in the chosen language: the kiosk says so, in that language. */
  substitute: boolean;
}

/**
 * The chosen language if the message has it; else the gate's languages in the gate's order (its first
 * language first); else the message's first variant. Undefined for a message with no variant at all.
 */
export function shownLanguage(
  variants: Record<string, unknown>,
  chosen: string,
  gateLanguages: readonly string[],
): ShownLanguage | undefined {
  const has = (lang: string) => Object.hasOwn(variants, lang) && variants[lang] !== undefined;
  if (has(chosen)) return { lang: chosen, substitute: false };
  const lang = gateLanguages.find(has) ?? Object.keys(variants).find(has);
  return lang === undefined ? undefined : { lang, substitute: true };
}

/** Language buttons per row: as many as fit a finger's width, in rows of equal length (4 → 2 + 2). */
export function columns(count: number, portrait: boolean): number {
  const rows = Math.ceil(count / (portrait ? 3 : 6));
  return Math.max(1, Math.ceil(count / Math.max(1, rows)));
}
