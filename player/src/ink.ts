// Ink: where glyphs are actually drawn, which is not the box the layout gives them. Stacked Vietnamese
// marks over a capital (Ể) rise above a tight title line, Tai Viet and Khmer marks hang past the advance
// of their letter: a fit that checks only boxes lets them spill past the box and off the stage.
// Glyph bounds come from canvas measureText (actualBoundingBox*) with the element's exact font, which
// draws with the same font faces (and the same fallback) as the page.

/** How far a text element's ink reaches past its line boxes, in em of its own font size. */
interface InkReach {
  /** Above the first line's content box top, and below the last line's bottom (negative: inside). */
  above: number;
  below: number;
  /** Past the start of a letter's advance, and past its end. */
  before: number;
  after: number;
  /** Above and below a line's content box (ascent + descent of the font), what Range rects give. */
  aboveContent: number;
  belowContent: number;
}

let context: CanvasRenderingContext2D | null | undefined;

function measuringContext(): CanvasRenderingContext2D | null {
  context ??= document.createElement('canvas').getContext('2d');
  return context;
}

const referencePx = 100;
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The distinct letters (with their marks) of a text: a line may start or end at any of them once words
 * break anywhere, and a script without spaces (Tai Viet) is one long word to the line breaker.
 */
function letters(text: string): Set<string> {
  const found = new Set<string>();
  for (const { segment } of graphemeSegmenter.segment(text)) if (segment.trim()) found.add(segment);
  return found;
}

const reaches = new WeakMap<HTMLElement, { key: string; reach: InkReach | null }>();

/**
 * The text whose glyphs an element may draw: its own, or, while it shows one page of a longer text, the
 * whole text (data-ink-text). A page draws a subset of the whole text's glyphs, so the whole text's
 * reach bounds every page's, and is measured once instead of once per candidate page.
 */
function inkText(element: HTMLElement): string | null {
  return element.dataset['inkText'] ?? element.textContent;
}

/** The reach of an element's ink, from its text and computed font (size-independent: in em). */
function reachOf(element: HTMLElement): InkReach | null {
  const text = inkText(element);
  const style = getComputedStyle(element);
  const fontSize = parseFloat(style.fontSize) || referencePx;
  // Fitting asks at every size it tries: the reach in em changes only with the text or the font.
  const lineEm = (parseFloat(style.lineHeight) || fontSize * 1.2) / fontSize;
  const key = `${style.fontStyle} ${style.fontWeight} ${style.fontFamily}|${lineEm.toFixed(3)}|${text}`;
  const cached = reaches.get(element);
  if (cached?.key === key) return cached.reach;
  const reach = measureReach(text, style, lineEm);
  reaches.set(element, { key, reach });
  return reach;
}

function measureReach(text: string | null, style: CSSStyleDeclaration, lineEm: number): InkReach | null {
  const ctx = measuringContext();
  if (!ctx || !text?.trim()) return null;
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${referencePx}px ${style.fontFamily}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  const all = ctx.measureText(text);
  // The line's content box is the primary font's ascent + descent, centred in the line height.
  const contentEm = (all.fontBoundingBoxAscent + all.fontBoundingBoxDescent) / referencePx;
  const halfLeading = (lineEm - contentEm) / 2;
  let before = 0;
  let after = 0;
  for (const letter of letters(text)) {
    const m = ctx.measureText(letter);
    before = Math.max(before, m.actualBoundingBoxLeft / referencePx);
    after = Math.max(after, (m.actualBoundingBoxRight - m.width) / referencePx);
  }
  const aboveContent = (all.actualBoundingBoxAscent - all.fontBoundingBoxAscent) / referencePx;
  const belowContent = (all.actualBoundingBoxDescent - all.fontBoundingBoxDescent) / referencePx;
  return {
    above: aboveContent - halfLeading,
    below: belowContent - halfLeading,
    before,
    after,
    aboveContent,
    belowContent,
  };
}

/** The elements of a block that hold text of their own. */
function textElements(block: HTMLElement): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (element: HTMLElement) => {
    if ([...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
      found.push(element);
    for (const child of element.children) if (child instanceof HTMLElement) visit(child);
  };
  visit(block);
  return found;
}

const originalPadding = new WeakMap<HTMLElement, string[]>();
const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
/** A little more than measured: hinting and rounding move ink by a fraction of a pixel. */
const marginEm = 0.02;

/**
 * Gives each text element of the block room for its ink: padding (in em, so it holds at every font
 * size) wherever its glyphs reach past its line boxes. Call again after the text changes.
 */
export function padForInk(block: HTMLElement): void {
  for (const element of textElements(block)) {
    const original = originalPadding.get(element) ?? sides.map((side) => element.style[`padding${side}`]);
    originalPadding.set(element, original);
    sides.forEach((side, i) => (element.style[`padding${side}`] = original[i] ?? ''));
    const reach = reachOf(element);
    if (!reach) continue;
    const computed = getComputedStyle(element);
    const extra = [reach.above, reach.after, reach.below, reach.before];
    sides.forEach((side, i) => {
      const em = extra[i] ?? 0;
      if (em <= 0) return;
      element.style[`padding${side}`] =
        `calc(${computed[`padding${side}`]} + ${(em + marginEm).toFixed(3)}em)`;
    });
  }
}

/** A rectangle in viewport px. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The ink of every text element of the block, as laid out now: each line box (Range.getClientRects)
 * widened by how far the element's glyphs reach past it.
 */
export function inkBoxes(block: HTMLElement): { element: HTMLElement; ink: Box }[] {
  const boxes: { element: HTMLElement; ink: Box }[] = [];
  for (const element of textElements(block)) {
    const reach = reachOf(element);
    if (!reach) continue;
    const fontSize = parseFloat(getComputedStyle(element).fontSize);
    const range = document.createRange();
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        if (line.width === 0) continue;
        boxes.push({
          element,
          ink: {
            left: line.left - Math.max(0, reach.before) * fontSize,
            right: line.right + Math.max(0, reach.after) * fontSize,
            top: line.top - reach.aboveContent * fontSize,
            bottom: line.bottom + reach.belowContent * fontSize,
          },
        });
      }
    }
  }
  return boxes;
}

const tolerancePx = 0.5;

/** Whether every glyph of the block is drawn inside its own element's box and inside the block. */
export function inkInside(block: HTMLElement): boolean {
  const outer = block.getBoundingClientRect();
  return inkBoxes(block).every(({ element, ink }) => {
    const own = element.getBoundingClientRect();
    return [own, outer].every(
      (box) =>
        ink.left >= box.left - tolerancePx &&
        ink.right <= box.right + tolerancePx &&
        ink.top >= box.top - tolerancePx &&
        ink.bottom <= box.bottom + tolerancePx,
    );
  });
}
