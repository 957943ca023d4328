// Legibility: the smallest text a screen may show, so that a notice is readable from where people stand.
// Pure, shared by the server (ScreenConfig.minTextPx), the player (fit never goes below it) and the
// console (the readability table). Sizes are CSS px = LEDs on a board (the player runs at DPR 1).

/** What of a screen the rule reads. */
export interface LegibilityScreen {
  kind: 'led' | 'kiosk' | 'indoor';
  /** Set by hand: wins over the distance rule. */
  minTextPx?: number | undefined;
  /** From where the farthest reader the board is meant for stands, in metres. */
  viewingDistanceM?: number | undefined;
  /** Centre-to-centre distance of two pixels (LEDs), in millimetres. */
  pixelPitchMm?: number | undefined;
}

/**
 * Letter height per metre of viewing distance: 4 mm (distance / 250), the usual rule for signage read
 * at a glance (road and wayfinding signs use 1/200 to 1/250 for capitals).
 */
export const letterMmPerMetre = 4;

/** Cap height as a share of the font size (Noto Sans: 0.714): a 10 px font draws capitals ~7 px tall. */
export const capRatio = 0.7;

/** When no floor, distance or pitch is set: what a screen of this kind is usually read from. */
export const kindFloorPx: Readonly<Record<LegibilityScreen['kind'], number>> = {
  // A board over a road read from 20–40 m with a 10 mm pitch: ≥ 12 LEDs of capital height.
  led: 16,
  // A hall screen read from a few metres.
  indoor: 20,
  // A portrait kiosk read at arm's length by people of every age and eyesight.
  kiosk: 24,
};

/**
 * When a viewing distance is set without a pitch: the usual pitch of the kind (P10 outdoor LED; a 55"
 * 1920×1080 panel, 0.63 mm; a 43" 1080×1920 kiosk panel, 0.49 mm).
 */
export const kindPitchMm: Readonly<Record<LegibilityScreen['kind'], number>> = {
  led: 10,
  indoor: 0.63,
  kiosk: 0.5,
};

/**
 * The smallest font size at which a script's letters keep their distinct parts, whatever the distance:
 * - Latin (en, fr…): 10 px, a 7 px capital and 5 px x-height: the smallest with distinct strokes.
 * - Vietnamese, Jrai, Bahnar: 12 px: stacked marks over a capital (Ể, Ặ) and the breve over a hooked
 *   vowel (ơ̆) need about three more rows above the capital than plain Latin.
 * - Lao, Tai Viet: 14 px: vowels and tone marks above and below the base letter on one line.
 * - Khmer: 16 px: a coeng subscript under the base and a vowel over it; one syllable spans about 1.7
 *   Latin lines (the player's line height for it is 1.7 too).
 * - Chinese: 16 px: 16×16 is the smallest dot matrix in which LED signs draw the common hanzi.
 */
export const scriptMinimumPx: Readonly<Record<string, number>> = {
  Latn: 10,
  'Latn-stacked': 12,
  Laoo: 14,
  Tavt: 14,
  Khmr: 16,
  Hans: 16,
  Hant: 16,
  Hani: 16,
};

/** Latin-script languages written with marks stacked over letters. */
const stackedLatin = new Set(['vi', 'jra', 'bdq']);
/** The usual script of languages that are not in Latin script (Tai Thanh and Tai Dam: Tai Viet). */
const scriptOfLanguage: Readonly<Record<string, string>> = {
  km: 'Khmr',
  lo: 'Laoo',
  zh: 'Hans',
  blt: 'Tavt',
  tmm: 'Tavt',
  tdd: 'Tavt',
};

/** The script of a BCP 47 tag: its script subtag, else its language's usual script. */
function scriptOf(lang: string): string {
  const [language = ''] = lang.split('-');
  const script = /-([A-Z][a-z]{3})(?:-|$)/.exec(lang)?.[1] ?? scriptOfLanguage[language] ?? 'Latn';
  return script === 'Latn' && stackedLatin.has(language) ? 'Latn-stacked' : script;
}

/** The minimum font size of the script a language is written in (px). */
export function scriptFloorPx(lang: string): number {
  return scriptMinimumPx[scriptOf(lang)] ?? scriptMinimumPx['Latn-stacked'] ?? 12;
}

/**
 * A screen's own floor in px, before the script's minimum: its minTextPx if set; else, with a viewing
 * distance, the font size whose capitals are distance/250 tall on its pitch (letterMm / pitch / 0.7,
 * rounded up); else the kind's default.
 */
export function screenFloorPx(screen: LegibilityScreen): number {
  if (screen.minTextPx !== undefined && screen.minTextPx > 0) return Math.ceil(screen.minTextPx);
  if (screen.viewingDistanceM !== undefined && screen.viewingDistanceM > 0) {
    const pitch =
      screen.pixelPitchMm && screen.pixelPitchMm > 0 ? screen.pixelPitchMm : kindPitchMm[screen.kind];
    const letterMm = screen.viewingDistanceM * letterMmPerMetre;
    // The epsilon keeps an exact product (80 mm / 10 mm / 0.7) from rounding up one pixel too many.
    return Math.max(1, Math.ceil(letterMm / pitch / capRatio - 1e-9));
  }
  return kindFloorPx[screen.kind];
}

/** The floor for one language on a screen whose own floor is `screenFloor`: never below its script's. */
export function floorPx(screenFloor: number, lang: string): number {
  return Math.max(screenFloor, scriptFloorPx(lang));
}

/** The floor for a language on a screen, from the screen's settings. */
export function legibleFloorPx(screen: LegibilityScreen, lang: string): number {
  return floorPx(screenFloorPx(screen), lang);
}
