import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with the flags that keep it off the network. Nothing downloads a browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/**
 * The fonts Chromium really used to draw the text of the first element matching `selector`
 * (DevTools' CSS.getPlatformFontsForNode): a web font shows as isCustomFont, a fallback as a system font.
 */
export async function fontsUsedFor(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const fonts: PlatformFont[] = [];
    // Text sits in descendant text nodes; ask for the element and each of its descendants.
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId, selector: '*' });
    for (const id of [nodeId, ...nodeIds]) {
      const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: id });
      for (const f of used) {
        const seen = fonts.find((x) => x.familyName === f.familyName && x.isCustomFont === f.isCustomFont);
        if (seen) seen.glyphCount += f.glyphCount;
        else fonts.push({ familyName: f.familyName, isCustomFont: f.isCustomFont, glyphCount: f.glyphCount });
      }
    }
    return fonts;
  } finally {
    await cdp.detach();
  }
}
