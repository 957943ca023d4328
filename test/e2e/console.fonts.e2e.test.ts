import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type PlatformFont } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.ts';

// Jrai puts a combining breve (U+0306) over ơ and ư: no precomposed form, and no fontsource subset has it.
const texts = {
  km: 'សូមស្វាគមន៍មកកាន់ច្រកទ្វារ',
  lo: 'ຍິນດີຕ້ອນຮັບສູ່ດ່ານ',
  blt: 'ꪁꪫꪱꪣ ꪼꪕ ꪚꪴꪀ',
  jra: 'Tơ̆ ư̆ sang ơ̆ adŭ',
} as const;

/**
 * The fonts Chromium used for the text of the first element matching `selector` and everything inside it,
 * shadow trees included: as fontsUsedFor (test/support/browser.ts), but the text of an input or a textarea
 * lies in the control's user-agent shadow tree, which a selector does not reach.
 */
async function fontsUsedFor(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    type Node = typeof root;
    const find = (node: Node): Node | undefined =>
      node.nodeId === nodeId
        ? node
        : [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(find).find(Boolean);
    const all = (node: Node): number[] =>
      node.nodeType === 1
        ? [node.nodeId, ...[...(node.shadowRoots ?? []), ...(node.children ?? [])].flatMap(all)]
        : [...(node.shadowRoots ?? []), ...(node.children ?? [])].flatMap(all);
    const element = find(root);
    if (!element) throw new Error(`${selector} is not in the document tree`);
    const fonts: PlatformFont[] = [];
    for (const id of all(element)) {
      const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: id });
      fonts.push(
        ...used.map((f) => ({
          familyName: f.familyName,
          isCustomFont: f.isCustomFont,
          glyphCount: f.glyphCount,
        })),
      );
    }
    return fonts;
  } finally {
    await cdp.detach();
  }
}

/** The families that drew glyphs, `family:custom` (a system fallback shows as `:false`). */
function drawing(fonts: PlatformFont[]): string[] {
  return [...new Set(fonts.filter((f) => f.glyphCount > 0).map((f) => `${f.familyName}:${f.isCustomFont}`))];
}

/** Polls until fonts have loaded and been swapped in: every family drawing the element's text is bundled. */
async function bundledOnly(page: Page, selector: string, ...families: string[]): Promise<string[]> {
  let last: string[] = [];
  await expect
    .poll(
      async () => {
        last = drawing(await fontsUsedFor(page, selector));
        return last;
      },
      { timeout: 20_000, interval: 200 },
    )
    .toSatisfy(
      (drawn: string[]) =>
        families.every((family) =>
          drawn.some((f) => new RegExp(`^${family}( SemiBold| Bold)?:true$`).test(f)),
        ) && drawn.every((f) => f.endsWith(':true')),
    );
  return last;
}

describe('the console draws content and its own text in the bundled fonts', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  /** Every font file the console page asked for, in order. */
  const fontFiles: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    const gate = factory.gate({ name: 'Cửa khẩu Bờ Y', languages: ['vi', 'km', 'lo', 'blt', 'jra'] });
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('request', (request) => {
      if (/\.woff2?(\?|$)/.test(request.url())) fontFiles.push(new URL(request.url()).pathname);
    });
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('signs in with Vietnamese drawn by Noto Sans, and fetches no font of another script', async () => {
    await page.goto(`${server.url}/console/`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await bundledOnly(page, 'form', 'Noto Sans');
    // Lazily, by unicode-range: a Vietnamese page loads Noto Sans's files, none for Khmer, Lao or Tai Viet,
    // and at most a couple of the hundred Han files (symbols such as the password field's ●).
    expect(fontFiles.some((f) => /noto-sans-(latin|vietnamese)/.test(f))).toBe(true);
    expect(fontFiles.filter((f) => /khmer|lao|tai-viet|marks/.test(f))).toEqual([]);
    expect(fontFiles.filter((f) => /noto-sans-sc/.test(f)).length).toBeLessThanOrEqual(2);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
  });

  it('draws Khmer, Lao, Tai Viet and Jrai typed in the message editor, and its Vietnamese labels, with bundled faces', async () => {
    await page.getByRole('link', { name: 'Thông điệp' }).click();
    await page.getByRole('button', { name: 'Thông điệp mới' }).click();
    const family = {
      km: 'Noto Sans Khmer',
      lo: 'Noto Sans Lao',
      blt: 'Noto Sans Tai Viet',
      jra: 'Noto Sans',
    };
    for (const lang of Object.keys(texts) as (keyof typeof texts)[]) {
      const title = page.locator(`input[lang="${lang}"]`).first();
      if ((await title.count()) === 0) {
        // Not one of the languages the owner's screens need yet: added as an editor would.
        await page.locator('input[name="add-language"]').fill(lang);
        await page.getByRole('button', { name: 'Thêm', exact: true }).click();
      }
      await title.waitFor({ timeout: 10_000 });
      await title.fill(texts[lang]);
      const body = page.locator(`textarea[lang="${lang}"]`).first();
      await body.fill(`${texts[lang]}\n${texts[lang]}`);
      // Jrai: the clusters with a breve (ơ̆ ư̆) too, by Noto Sans or, failing it, Noto Sans Marks.
      await bundledOnly(page, `input[lang="${lang}"]`, family[lang]);
      await bundledOnly(page, `textarea[lang="${lang}"]`, family[lang]);
      // Typed text is in regular weight, as on a board (a Khmer semi-bold would be a synthetic one).
      expect(await title.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('400');
    }
    // The editor's own Vietnamese (legends, labels, buttons, headings) and all it holds.
    const form = (await page.locator('.editor').count()) > 0 ? '.editor' : 'main';
    const families = await bundledOnly(page, form, 'Noto Sans');
    expect(families).toEqual(expect.arrayContaining(['Noto Sans Khmer:true', 'Noto Sans Lao:true']));
    await bundledOnly(page, 'nav', 'Noto Sans');
    expect(fontFiles.some((f) => /khmer/.test(f))).toBe(true);
  });
});
