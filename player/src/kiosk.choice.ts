// Which language a kiosk shows a message in when a traveller has chosen one: pure, so it is unit-tested.

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
