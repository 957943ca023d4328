// Auto-fit: the largest font size at which a block's content fits its box, found by binary search.
// Sizes inside the block are in em, so one font-size on the block scales all of its text. "Fits" means
// the boxes do not overflow and the drawn glyphs (ink) stay inside their boxes and the block.
import { inkInside, padForInk } from './ink.ts';

/** The smallest size when the caller gives no floor (clock faces). */
const defaultMinPx = 8;

/**
 * Whether the content of a block overflows its box (it must be laid out, visible or not). scroll sizes
 * are rounded up from fractional layouts: content ending at 192.01 px of a 192 px block reads 193.
 */
function overflows(block: HTMLElement): boolean {
  return block.scrollHeight > block.clientHeight + 1 || block.scrollWidth > block.clientWidth + 1;
}

/** Whether the block's text, as laid out now, fits: boxes and ink inside. */
function fits(block: HTMLElement): boolean {
  return !overflows(block) && inkInside(block);
}

/**
 * The largest whole font size in [lo, hi] at which the block fits, or lo if none does; leaves the block
 * at that size.
 */
function largestFitting(block: HTMLElement, lo: number, hi: number): number {
  const fitsAt = (px: number) => {
    block.style.fontSize = `${px}px`;
    return fits(block);
  };
  if (fitsAt(hi)) return hi;
  if (fitsAt(lo)) {
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (fitsAt(mid)) lo = mid;
      else hi = mid;
    }
  }
  block.style.fontSize = `${lo}px`;
  return lo;
}

/**
 * Breaking inside words is worth it only if it lets the text grow by at least this factor: then a single
 * overlong word (a URL, a long compound) no longer shrinks the whole message to a fraction of the stage.
 */
const breakGain = 1.5;

/** The outcome of fitting a block: its font size, and whether its text fits at that size. */
export interface Fit {
  px: number;
  fits: boolean;
}

/**
 * Sets the block's font size so its text fills but never overflows it, never below minPx. Words are
 * kept whole if possible; words may break anywhere (class "break-anywhere") only as a last resort: when
 * whole words do not fit even at minPx, or when one overlong word would shrink the text by more than
 * `breakGain`. (overflow-wrap: anywhere breaks only the words wider than a line.) If even that
 * overflows, `fits` is false: the caller pages the text, or the block clips it (overflow: hidden).
 */
export function fitBlock(block: HTMLElement, maxPx: number, minPx = defaultMinPx): Fit {
  const hi = Math.max(minPx, Math.floor(maxPx));
  padForInk(block);
  block.classList.remove('break-anywhere');
  const whole = largestFitting(block, minPx, hi);
  const wholeFits = fits(block);
  if (whole === hi && wholeFits) return { px: whole, fits: true };

  block.classList.add('break-anywhere');
  if (!wholeFits) {
    const broken = largestFitting(block, minPx, hi);
    return { px: broken, fits: fits(block) };
  }
  // Whole words fit: breaking is worth it only if the text then fits at breakGain times the size, which
  // one layout at that size tells (fitting is monotonic); only then is the larger size searched for.
  const gain = Math.ceil(whole * breakGain);
  if (gain <= hi) {
    block.style.fontSize = `${gain}px`;
    if (fits(block)) return { px: largestFitting(block, gain, hi), fits: true };
  }
  block.classList.remove('break-anywhere');
  block.style.fontSize = `${whole}px`;
  return { px: whole, fits: true };
}

/** fitBlock, returning the size in px. */
export function fitText(block: HTMLElement, maxPx: number, minPx = defaultMinPx): number {
  return fitBlock(block, maxPx, minPx).px;
}

/** Whether the block fits at exactly `px` with whole words (for paging at the floor). */
export function fitsWholeAt(block: HTMLElement, px: number): boolean {
  padForInk(block);
  block.classList.remove('break-anywhere');
  block.style.fontSize = `${px}px`;
  return fits(block);
}
