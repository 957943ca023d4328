// Auto-fit: the largest font size at which a block's content fits its box, found by binary search.
// Sizes inside the block are in em, so one font-size on the block scales all of its text.

/** The smallest size when the caller gives no floor (clock faces). */
const defaultMinPx = 8;

/** Whether the content of a block overflows its box (it must be laid out, visible or not). */
function overflows(block: HTMLElement): boolean {
  return block.scrollHeight > block.clientHeight || block.scrollWidth > block.clientWidth;
}

/**
 * The largest whole font size in [lo, hi] at which the block does not overflow, or lo if none does;
 * leaves the block at that size.
 */
function largestFitting(block: HTMLElement, lo: number, hi: number): number {
  const fitsAt = (px: number) => {
    block.style.fontSize = `${px}px`;
    return !overflows(block);
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

/**
 * Sets the block's font size so its text fills but never overflows it, and returns it in px. Words
 * are kept whole if possible; words may break anywhere (class "break-anywhere") only as a last resort:
 * when whole words do not fit even at the smallest size, or when one overlong word would shrink the
 * text by more than `breakGain`. (overflow-wrap: anywhere breaks only the words wider than a line.)
 * If even that overflows, the block clips it (overflow: hidden) rather than spilling over the stage.
 */
export function fitText(block: HTMLElement, maxPx: number, minPx = defaultMinPx): number {
  const hi = Math.max(minPx, Math.floor(maxPx));
  block.classList.remove('break-anywhere');
  const whole = largestFitting(block, minPx, hi);
  const wholeFits = !overflows(block);
  if (whole === hi && wholeFits) return whole;

  block.classList.add('break-anywhere');
  const broken = largestFitting(block, minPx, hi);
  if (!wholeFits || broken >= whole * breakGain) return broken;

  block.classList.remove('break-anywhere');
  block.style.fontSize = `${whole}px`;
  return whole;
}
