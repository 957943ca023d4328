import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The font families we bundle (shared/fonts.css): Noto Sans (Latin, Vietnamese), its Khmer, Lao, Tai Viet
 * and SC faces, and Noto Sans Marks. Chromium names a face by its full name, weight included (the SC
 * face is a variable font named after its default instance, "Noto Sans SC Thin").
 */
export const bundledFamily =
  /^Noto Sans( (Khmer|Lao|Tai Viet|SC|Marks))?( (Thin|ExtraLight|Light|Regular|Medium|SemiBold|Bold|ExtraBold|Black))?$/;

/** What drew the text of one element: a bundled family, or something else (a system font). */
export interface DrawnText {
  /** tag.class of the element, and the start of its own text. */
  element: string;
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/**
 * Every font Chromium used to draw text anywhere in the page (DevTools' CSS.getPlatformFontsForNode over
 * every element of the document, shadow trees included): what is drawn on screen now, whatever it is.
 */
export async function drawnText(page: Page): Promise<DrawnText[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type Node = typeof root;
    const elements: Node[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === 1) elements.push(node);
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
      if (node.contentDocument) walk(node.contentDocument);
    };
    walk(root);
    const drawn: DrawnText[] = [];
    for (const node of elements) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId });
      if (fonts.length === 0) continue;
      const attrs = node.attributes ?? [];
      const className = attrs[attrs.indexOf('class') + 1] ?? '';
      const text = (node.children ?? [])
        .filter((c) => c.nodeType === 3)
        .map((c) => c.nodeValue)
        .join('')
        .trim()
        .slice(0, 40);
      const element = `${node.localName}${className ? `.${className.split(' ').join('.')}` : ''} "${text}"`;
      for (const f of fonts) {
        drawn.push({
          element,
          familyName: f.familyName,
          isCustomFont: f.isCustomFont,
          glyphCount: f.glyphCount,
        });
      }
    }
    return drawn;
  } finally {
    await cdp.detach();
  }
}

/** The glyphs drawn by anything but a bundled web font, as "element → family" lines. */
export function foreignGlyphs(drawn: DrawnText[]): string[] {
  return drawn
    .filter((d) => d.glyphCount > 0 && !(d.isCustomFont && bundledFamily.test(d.familyName)))
    .map((d) => `${d.element} → ${d.familyName}${d.isCustomFont ? '' : ' (system)'} ×${d.glyphCount}`);
}

/**
 * Waits until every glyph on the page comes from a bundled font (fonts load and swap in a moment after the
 * text appears), and returns the families that drew it. Fails listing every element drawn otherwise.
 */
export async function onlyBundledGlyphs(page: Page, what: string): Promise<Set<string>> {
  let last: DrawnText[] = [];
  await expect
    .poll(
      async () => {
        last = await drawnText(page);
        return foreignGlyphs(last);
      },
      { timeout: 15_000, interval: 300, message: `${what}: text drawn outside our fonts` },
    )
    .toEqual([]);
  const families = new Set(last.filter((d) => d.glyphCount > 0).map((d) => d.familyName));
  expect(families.size, `${what}: no text drawn at all`).toBeGreaterThan(0);
  return families;
}
