// The kiosk's buttons and words as DOM: interface symbols are inline SVG (no glyph from whatever fonts
// the player PC has), and every word is marked with its language and drawn with our bundled font for it.
import { baseFamily, fontFamilyFor, marksFamily } from '../../shared/fonts.ts';
import { kioskWord, kioskWordText, type Phrase } from './kiosk.languages.ts';

const svgNs = 'http://www.w3.org/2000/svg';

/** Paths on a 24×24 grid, drawn with a round stroke: an arrow pointing back, and a cross. */
const icons = {
  back: 'M20 12H5 M11 5l-7 7 7 7',
  close: 'M5 5l14 14 M19 5L5 19',
} as const;

/** Our font stack for text in a language, whether or not the manifest has content in it. */
export function labelFont(lang: string): string {
  return [...new Set([fontFamilyFor(lang), baseFamily, marksFamily])].map((f) => `"${f}"`).join(', ');
}

/** A span per phrase, each with its lang and font; a bilingual word puts one phrase per line. */
export function phrases(parent: HTMLElement, list: Phrase[]): void {
  for (const p of list) {
    const span = parent.appendChild(document.createElement('span'));
    span.className = 'kiosk-phrase';
    span.lang = p.lang;
    span.style.fontFamily = labelFont(p.lang);
    span.textContent = p.text;
  }
}

/** Loads the bundled font files for these phrases now, so that they are not drawn first in a fallback. */
export function preloadPhrases(list: Phrase[]): void {
  for (const p of list) {
    const family = fontFamilyFor(p.lang);
    void document.fonts.load(`400 32px "${family}"`, p.text).catch(() => undefined);
  }
}

/**
 * A square control (back, close): an icon and its word below it, in the traveller's language. Its
 * accessible name is that word (the icon is decoration).
 */
export function iconButton(word: 'back' | 'close', lang: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `kiosk-control kiosk-${word}`;
  button.setAttribute('aria-label', kioskWordText(lang, word));
  const list = kioskWord(lang, word);
  button.lang = list[0]?.lang ?? lang;
  button.append(icon(word));
  const caption = button.appendChild(document.createElement('span'));
  caption.className = 'kiosk-caption';
  caption.setAttribute('aria-hidden', 'true');
  phrases(caption, list);
  preloadPhrases(list);
  return button;
}

function icon(name: keyof typeof icons): SVGSVGElement {
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('class', 'kiosk-icon');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = svg.appendChild(document.createElementNS(svgNs, 'path'));
  path.setAttribute('d', icons[name]);
  return svg;
}

/**
 * Shrinks the captions inside `root` until each fits its control's width on one line per phrase: a long
 * word (ថយក្រោយ, "Quay lại / Back") stays whole and inside its square, never widening it.
 */
export function fitCaptions(root: HTMLElement): void {
  for (const caption of root.querySelectorAll<HTMLElement>('.kiosk-caption')) {
    caption.style.fontSize = '';
    let px = parseFloat(getComputedStyle(caption).fontSize);
    while (
      px > 10 &&
      (caption.scrollWidth > caption.clientWidth || caption.scrollHeight > caption.clientHeight)
    ) {
      px -= 1;
      caption.style.fontSize = `${px}px`;
    }
  }
}
