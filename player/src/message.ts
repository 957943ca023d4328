// A message block: one language's title, body and ticker, fitted at or above the screen's legibility
// floor, in pages when it is too long for one. Used for the loop, emergencies and the kiosk's detail.
import type { ManifestMessage, MessageVariant } from '../../schemas/types.ts';
import { floorPx, kindFloorPx } from '../../shared/legibility.ts';
import { fitBlock, fitsWholeAt } from './fit.ts';
import { padForInk } from './ink.ts';
import { pageAt, paginate, type PageTiming } from './pages.ts';
import type { Rendered } from './stage.ts';

/** What a message block shows: one language's text, its level, the font to draw it with, the box. */
export interface MessageBlock {
  lang: string;
  level: ManifestMessage['level'];
  variant: MessageVariant;
  fontFamily: string;
  width: number;
  height: number;
  /**
   * The screen's legibility floor (ScreenConfig.minTextPx), in px: text is never fitted below it (nor
   * below the minimum of the block's script); a text too long for it is shown in pages. Without it,
   * the floor of an LED board.
   */
  minPx?: number;
  /**
   * When the pages of a long text are due (the item's start and length on the corrected clock): each
   * page gets an equal share. Without it, pages take turns every few seconds.
   */
  timing?: PageTiming;
  /** A line under the text dating its live values ("cập nhật lúc 14:05 12/06"): they are past their age. */
  asOf?: string;
}

function child(parent: HTMLElement, className: string, text?: string): HTMLElement {
  const element = parent.appendChild(document.createElement('div'));
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** One page as fitted: its text, font size, and whether it needed words broken. */
interface FittedPage {
  text: string;
  px: number;
  broken: boolean;
}

/**
 * A message in one language: title (in a band coloured by level), body, and ticker text in a bottom
 * band, all auto-fitted to the box at or above the floor. `lang` makes the browser pick the right
 * line-breaking dictionary (Khmer and Lao have no spaces between words) and the right glyph variants.
 * The title, band and ticker stay on every page; only the body (or a lone title) is split.
 */
export function messageElement(m: MessageBlock): Rendered {
  const block = document.createElement('div');
  block.className = 'message';
  block.lang = m.lang;
  block.dir = 'auto';
  block.dataset['lang'] = m.lang;
  block.dataset['level'] = m.level;
  block.style.fontFamily = m.fontFamily;
  block.style.setProperty('--pad', `${Math.max(4, Math.round(Math.min(m.width, m.height) * 0.04))}px`);
  const floor = floorPx(m.minPx ?? kindFloorPx.led, m.lang);
  block.style.setProperty('--floor', `${floor}px`);
  block.dataset['floor'] = String(floor);

  // Priority and emergency titles sit in a coloured band across the top (shown even without a title);
  // a normal title is centred with the body.
  const banded = m.level !== 'normal';
  const band = banded ? child(block, 'message-title message-band', m.variant.title ?? '') : null;
  const main = child(block, 'message-main');
  const title = !banded && m.variant.title ? child(main, 'message-title', m.variant.title) : null;
  const body = m.variant.body ? child(main, 'message-body', m.variant.body) : null;
  if (m.asOf) child(block, 'message-asof', m.asOf);
  if (m.variant.ticker) child(block, 'message-ticker', m.variant.ticker);
  const pageable = body ?? title ?? (band?.textContent ? band : null);

  let pages: FittedPage[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let marker: HTMLElement | null = null;
  const maxPx = Math.max(floor, m.height / 4);
  const now = () => m.timing?.now() ?? Date.now();

  const showPage = (index: number) => {
    const page = pages[index];
    if (!page || !pageable) return;
    pageable.textContent = page.text;
    if (marker) marker.textContent = `${index + 1}/${pages.length}`;
    padForInk(block);
    block.classList.toggle('break-anywhere', page.broken);
    block.style.fontSize = `${page.px}px`;
    block.dataset['page'] = String(index + 1);
  };
  const flip = () => {
    clearTimeout(timer);
    const due = pageAt(pages.length, now(), m.timing);
    showPage(due.index);
    if (due.nextAt !== Infinity) timer = setTimeout(flip, Math.max(1, due.nextAt - now()));
  };

  return {
    element: block,
    prepare: () => {
      const single = fitBlock(block, maxPx, floor);
      // What the console's readability table reads: the body's size, pages, and whether nothing is cut.
      const report = (px: number, fits: boolean, count: number) => {
        block.dataset['px'] = String(px);
        block.dataset['fits'] = String(fits);
        block.dataset['pages'] = String(count);
      };
      report(single.px, single.fits, 1);
      if (single.fits || !pageable?.textContent) return Promise.resolve();
      // Too long for one page at the floor: a page marker (counted in the layout), then pages.
      marker = document.createElement('div');
      marker.className = 'message-page';
      marker.textContent = '0/0';
      block.insertBefore(marker, block.querySelector(':scope > .message-ticker'));
      // Every page is measured for ink against the whole text's glyphs: once, not once per candidate.
      pageable.dataset['inkText'] = pageable.textContent;
      const whole = pageable.textContent;
      const fitsPage = (text: string) => {
        pageable.textContent = text;
        return fitsWholeAt(block, floor);
      };
      // When the rest of the block (title, ticker, marker) leaves no room even for an empty page, pages
      // cannot help: one page at the floor, clipped, rather than hundreds of pages of a word each.
      const texts = fitsPage('') ? paginate(whole, m.lang, fitsPage) : [whole];
      if (texts.length <= 1) {
        marker.remove();
        marker = null;
        pageable.textContent = texts[0] ?? '';
        const fit = fitBlock(block, maxPx, floor);
        report(fit.px, fit.fits, 1);
        return Promise.resolve();
      }
      let allFit = true;
      pages = texts.map((text) => {
        pageable.textContent = text;
        const fit = fitBlock(block, maxPx, floor);
        allFit &&= fit.fits;
        return { text, px: fit.px, broken: block.classList.contains('break-anywhere') };
      });
      report(Math.min(...pages.map((p) => p.px)), allFit, pages.length);
      flip();
      return Promise.resolve();
    },
    dispose: () => {
      clearTimeout(timer);
    },
  };
}
