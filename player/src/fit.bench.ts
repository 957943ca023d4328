// The page bench/fit drives: the player's own message block, stylesheet and bundled fonts, and
// window.__fitBench to time one case (bench/fit/fit.ts). Not part of the player's build.
import './style.css';
import { floorPx } from '../../shared/legibility.ts';
import { fontStack } from './fonts.ts';
import { messageElement } from './message.ts';

export interface FitCase {
  lang: string;
  title?: string;
  body?: string;
  width: number;
  height: number;
  minPx: number;
  family: string;
}

const found = document.getElementById('stage');
if (!found) throw new Error('bench page without #stage');
const stage: HTMLElement = found;
stage.style.position = 'relative';

/** One box of the case's size on the page, holding the block as the player's stage does. */
function box(c: FitCase): HTMLElement {
  stage.replaceChildren();
  stage.style.width = `${c.width}px`;
  stage.style.height = `${c.height}px`;
  const holder = stage.appendChild(document.createElement('div'));
  holder.style.cssText = `position:absolute;inset:0;overflow:hidden`;
  return holder;
}

async function fonts(c: FitCase): Promise<void> {
  const text = `${c.title ?? ''}${c.body ?? ''}`;
  for (const weight of ['400', '700']) await document.fonts.load(`${weight} 32px "${c.family}"`, text);
}

/** The player's prepare(): fitted at or above the floor, in pages when needed (ms, pages, px). */
async function fit(c: FitCase): Promise<{ ms: number; pages: number; px: number; fits: boolean }> {
  await fonts(c);
  const holder = box(c);
  const block = messageElement({
    lang: c.lang,
    level: 'normal',
    variant: { title: c.title, body: c.body },
    fontFamily: fontStack({ fonts: [{ lang: c.lang, family: c.family }] }, c.lang),
    width: c.width,
    height: c.height,
    minPx: c.minPx,
  });
  block.element.style.cssText = 'position:absolute;inset:0;overflow:hidden';
  holder.append(block.element);
  const t0 = performance.now();
  await block.prepare();
  const ms = performance.now() - t0;
  block.dispose();
  const d = block.element.dataset;
  return { ms, pages: Number(d['pages'] ?? 1), px: Number(d['px'] ?? 0), fits: d['fits'] === 'true' };
}

/**
 * The baseline: laying the same text out once at the floor and reading whether it overflows (what any
 * fit must do at least once), in the same box, fonts and stylesheet.
 */
async function layoutOnce(c: FitCase): Promise<{ ms: number; laidOut: boolean; overflows: boolean }> {
  await fonts(c);
  const holder = box(c);
  const block = messageElement({
    lang: c.lang,
    level: 'normal',
    variant: { title: c.title, body: c.body },
    fontFamily: fontStack({ fonts: [{ lang: c.lang, family: c.family }] }, c.lang),
    width: c.width,
    height: c.height,
  });
  block.element.style.cssText = 'position:absolute;inset:0;overflow:hidden';
  holder.append(block.element);
  // Styles resolved and laid out before timing, as prepare() finds them.
  const before = block.element.offsetHeight;
  const t0 = performance.now();
  block.element.style.fontSize = `${floorPx(c.minPx, c.lang)}px`;
  const overflows = block.element.scrollHeight > block.element.clientHeight;
  return { ms: performance.now() - t0, laidOut: before > 0, overflows };
}

declare global {
  interface Window {
    __fitBench: { fit: typeof fit; layoutOnce: typeof layoutOnce };
  }
}
window.__fitBench = { fit, layoutOnce };
