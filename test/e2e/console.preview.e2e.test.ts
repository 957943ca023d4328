import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type PlatformFont } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import { solidPng, uploadBytes } from '../support/media.ts';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.ts';

async function signIn(page: Page, url: string) {
  await page.goto(`${url}/console/`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical axe-core violations inside `selector`, by rule id (evaluated through CDP: no CSP lifted). */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(await axeSource);
  const found = await page.evaluate(async (within) => {
    type Axe = { run(context: string): Promise<{ violations: { id: string; impact: string }[] }> };
    return (await (window as unknown as { axe: Axe }).axe.run(within)).violations;
  }, selector);
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

/**
 * The fonts Chromium used for the text of `selector` inside the preview frame (as fontsUsedFor in
 * test/support/browser.ts, but in the framed document: DOM.getDocument with pierce reaches into it).
 */
async function fontsInPreview(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type Node = (typeof root)['children'] extends (infer N)[] | undefined ? N : never;
    const framed = (node: Node): Node | undefined => {
      if (node.nodeName === 'IFRAME' && node.contentDocument) return node.contentDocument;
      for (const c of node.children ?? []) {
        const found = framed(c);
        if (found) return found;
      }
      return undefined;
    };
    const doc = framed(root);
    if (!doc) throw new Error('no preview frame');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: doc.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId, selector: '*' });
    const fonts: PlatformFont[] = [];
    for (const id of [nodeId, ...nodeIds]) {
      const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: id });
      fonts.push(...used.map((f) => ({ ...f })));
    }
    return fonts;
  } finally {
    await cdp.detach();
  }
}

/** Families that drew glyphs of the shown message in `lang`; a system fallback would show as not custom. */
async function familiesDrawing(page: Page, lang: string): Promise<string[]> {
  const fonts = await fontsInPreview(page, `.message:not(.preparing)[lang="${lang}"]`).catch(() => []);
  return [...new Set(fonts.filter((f) => f.glyphCount > 0).map((f) => `${f.familyName}:${f.isCustomFont}`))];
}

const texts = {
  vi: { title: 'Chào mừng đến cửa khẩu', body: 'Cửa khẩu mở cửa từ 7:00 đến 17:00' },
  km: { title: 'សូមស្វាគមន៍', body: 'ច្រកទ្វារបើកពីម៉ោង ៧:០០ ដល់ ១៧:០០' },
  lo: { title: 'ຍິນດີຕ້ອນຮັບ', body: 'ດ່ານເປີດແຕ່ 7:00 ຫາ 17:00' },
};

describe('the live preview in the console', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  /** Every URL the preview frame asked for. */
  const framed: { url: string; authorization: string | undefined }[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    const gate = factory.gate({ name: 'Cửa khẩu Nam Giang', languages: ['vi', 'km', 'lo'] });
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    const board = factory.screen(gate.id ?? '', {
      name: 'Bảng LED 800',
      kind: 'led',
      width: 800,
      height: 500,
    });
    expect((await server.api.post('/api/v1/screens', board)).status).toBe(201);
    const image = await uploadBytes(server, 'ban-do.png', await solidPng(800, 500, '#1f5fa8'));
    expect(image.status).toBe(201);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('request', (request) => {
      if (request.frame().url().includes('/player/preview.html'))
        framed.push({ url: request.url(), authorization: request.headers()['authorization'] });
    });
    await signIn(page, server.url);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('lets only the console frame the preview page, and no other page', async () => {
    const csp = async (path: string) =>
      (await fetch(`${server.url}${path}`)).headers.get('content-security-policy') ?? '';
    expect(await csp('/player/preview.html')).toContain("frame-ancestors 'self'");
    expect(await csp('/player/')).toContain("frame-ancestors 'none'");
    expect(await csp('/console/')).toContain("frame-ancestors 'none'");
  });

  it('draws a Vietnamese, Khmer and Lao draft at the LED board’s 800×500, each language in turn, in the bundled fonts', async () => {
    await page.getByRole('link', { name: 'Thông điệp' }).click();
    await page.getByRole('button', { name: 'Thông điệp mới' }).click();
    await page.getByLabel('Tên thông điệp').fill('Chào mừng Nam Giang');
    for (const [lang, v] of Object.entries(texts)) {
      await page.getByLabel(`Tiêu đề (${lang})`).fill(v.title);
      await page.getByLabel(`Nội dung (${lang})`).fill(v.body);
    }
    await page.getByRole('heading', { name: 'Xem trước', level: 4 }).waitFor();
    expect(await page.getByLabel('Màn hình xem trước').locator('option:checked').textContent()).toBe(
      'Bảng LED 800 (800×500)',
    );
    const iframe = page.getByTitle('Xem trước trên Bảng LED 800 (800×500)');
    const frame = page.frameLocator('iframe[title^="Xem trước trên"]');

    // Rotation: Vietnamese, then Khmer, then Lao (the gate's order), each drawn by the player's renderer.
    for (const lang of ['vi', 'km', 'lo'] as const) {
      const block = frame.locator(`.message:not(.preparing)[lang="${lang}"]`);
      await block.waitFor({ timeout: 20_000 });
      expect(await block.locator('.message-title').textContent()).toBe(texts[lang].title);
    }
    // The frame renders at the board's exact pixels, however small it looks in the panel.
    expect(await iframe.getAttribute('width')).toBe('800');
    expect(await iframe.getAttribute('height')).toBe('500');
    const stage = await frame
      .locator('#stage')
      .evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight, kind: el.dataset['kind'] }));
    expect(stage).toEqual({ w: 800, h: 500, kind: 'led' });
    const entry = await frame
      .locator('.entry:not(.preparing)')
      .evaluate((el) => [el.clientWidth, el.clientHeight]);
    expect(entry).toEqual([800, 500]);

    // Each language's text is drawn by the bundled web font of its script, with no system fallback.
    const family = { vi: 'Noto Sans', km: 'Noto Sans Khmer', lo: 'Noto Sans Lao' };
    for (const lang of ['vi', 'km', 'lo'] as const) {
      await expect
        .poll(() => familiesDrawing(page, lang), { timeout: 30_000, interval: 200 })
        .toSatisfy(
          (families: string[]) =>
            families.includes(`${family[lang]}:true`) && families.every((f) => f.endsWith(':true')),
        );
    }

    // An edit shows in the preview.
    await page.getByLabel('Tiêu đề (vi)').fill('Kính chào quý khách');
    await frame
      .locator('.message:not(.preparing)[lang="vi"] .message-title', { hasText: 'Kính chào quý khách' })
      .waitFor({ timeout: 20_000 });
  });

  it('plays a playlist’s whole loop in order, messages in each language and a library image', async () => {
    const message = factory.message({
      name: 'Giờ mở cửa',
      variants: { vi: texts.vi, km: texts.km, lo: texts.lo },
    });
    expect((await server.api.post('/api/v1/messages', message)).status).toBe(201);
    await page.getByRole('link', { name: 'Danh sách phát' }).click();
    await page.getByRole('button', { name: 'Danh sách phát mới' }).click();
    await page.getByRole('button', { name: 'Xem trước vòng phát' }).waitFor();
    expect(await page.getByRole('button', { name: 'Xem trước vòng phát' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Thêm Giờ mở cửa vào danh sách' }).click();
    await page.getByRole('button', { name: 'Thêm ban-do.png vào danh sách' }).click();
    await page.getByRole('button', { name: 'Xem trước vòng phát' }).click();

    const frame = page.frameLocator('iframe[title^="Xem trước trên"]');
    const showing = page.locator('[data-preview-showing]');
    const next = page.getByRole('button', { name: 'Chuyển nhanh tới mục sau' });
    const seen: string[] = [];
    await expect.poll(() => showing.getAttribute('data-preview-showing'), { timeout: 20_000 }).toBe('0:vi');
    seen.push('0:vi');
    for (let i = 0; i < 4; i++) {
      const before = await showing.getAttribute('data-preview-showing');
      await next.click();
      await expect
        .poll(() => showing.getAttribute('data-preview-showing'), { timeout: 10_000 })
        .not.toBe(before);
      const now = (await showing.getAttribute('data-preview-showing')) ?? '';
      seen.push(now);
      if (now === '1:') {
        // The image from the library, fetched with the operator's session and decoded in the frame.
        const img = frame.locator('.entry:not(.preparing)[data-entry-type="image"]');
        await expect
          .poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth), { timeout: 10_000 })
          .toBe(800);
        expect(await img.getAttribute('src')).toMatch(/^\/media\/[0-9a-f]{64}$/);
      }
    }
    // Message in Vietnamese, Khmer, Lao, then the image, then around again.
    expect(seen).toEqual(['0:vi', '0:km', '0:lo', '1:', '0:vi']);
    expect(await showing.textContent()).toContain('Giờ mở cửa');
  });

  describe('on a gate whose boards show Vietnamese and Khmer only', () => {
    const kiosk = { name: 'Kiosk Lệ Thanh', width: 1080, height: 1920 };
    const option = `${kiosk.name} (${kiosk.width}×${kiosk.height})`;
    const frameTitle = `Xem trước trên ${option}`;

    /** A new message in the editor, in Vietnamese, Khmer and Lao, previewed on the kiosk. */
    async function draftOnKiosk() {
      await page.reload(); // the gate and its kiosk were made through the API since the console loaded
      await page.getByRole('link', { name: 'Thông điệp' }).click();
      await page.getByRole('button', { name: 'Thông điệp mới' }).click();
      // The message belongs to Lệ Thanh (and so needs no Lao), but its author writes a Lao text too.
      const gateOwner = page.getByRole('radio', { name: 'Một cửa khẩu' });
      if ((await gateOwner.count()) > 0) await gateOwner.check();
      await page
        .locator('select[name="owner-gate"], select[name="gate"]')
        .first()
        .selectOption({ label: 'Cửa khẩu Lệ Thanh' });
      for (const [lang, v] of Object.entries(texts)) {
        const title = page.locator(`input[lang="${lang}"]`).first();
        if ((await title.count()) === 0) {
          await page.locator('input[name="add-language"]').fill(lang);
          await page.getByRole('button', { name: 'Thêm', exact: true }).click();
        }
        await title.fill(v.title);
        await page.locator(`textarea[lang="${lang}"]`).first().fill(v.body);
      }
      await page.getByLabel('Màn hình xem trước').selectOption({ label: option });
      await page.getByTitle(frameTitle).waitFor();
    }

    beforeAll(async () => {
      const gate = factory.gate({ name: 'Cửa khẩu Lệ Thanh', languages: ['vi', 'km'] });
      expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
      const screen = factory.screen(gate.id ?? '', { ...kiosk, kind: 'kiosk' });
      expect((await server.api.post('/api/v1/screens', screen)).status).toBe(201);
    });

    it('previews a message in Vietnamese and Khmer, never in Lao, and says so', async () => {
      await draftOnKiosk();
      const panel = page.locator('.preview');
      expect(await panel.locator('[data-preview-languages]').getAttribute('data-preview-languages')).toBe(
        'vi km',
      );
      expect(await panel.locator('[data-preview-not-shown]').getAttribute('data-preview-not-shown')).toBe(
        'lo',
      );
      expect(await panel.locator('[data-preview-not-shown]').textContent()).toContain('Không xem trước');

      const showing = page.locator('[data-preview-showing]');
      const next = page.getByRole('button', { name: 'Chuyển nhanh tới mục sau' });
      await expect.poll(() => showing.getAttribute('data-preview-showing'), { timeout: 20_000 }).toBe('0:vi');
      const seen = ['0:vi'];
      for (let i = 0; i < 3; i++) {
        const before = await showing.getAttribute('data-preview-showing');
        await next.click();
        await expect
          .poll(() => showing.getAttribute('data-preview-showing'), { timeout: 10_000 })
          .not.toBe(before);
        seen.push((await showing.getAttribute('data-preview-showing')) ?? '');
      }
      // Round and round in the gate's two languages: two slides, Lao never among them.
      expect(seen).toEqual(['0:vi', '0:km', '0:vi', '0:km']);
      expect(await showing.textContent()).toContain('/2');
      const frame = page.frameLocator(`iframe[title="${frameTitle}"]`);
      expect(await frame.locator('.message[lang="lo"]').count()).toBe(0);
    });

    it('fits a 1080×1920 kiosk within the window’s height at 1366×768, drawn at its real pixels', async () => {
      const fit = page.getByRole('radio', { name: 'Vừa cửa sổ' });
      expect(await fit.isChecked()).toBe(true);
      const iframe = page.getByTitle(frameTitle);
      await iframe.evaluate((el) => {
        el.scrollIntoView({ block: 'center' });
      });
      const box = await iframe.boundingBox();
      if (!box) throw new Error('the preview frame has no box');
      // The whole portrait frame shows in the 768 px window, its proportions kept.
      expect(box.height).toBeGreaterThan(300);
      expect(box.height).toBeLessThanOrEqual(768);
      expect(box.y).toBeGreaterThanOrEqual(-1); // sub-pixel positions
      expect(box.y + box.height).toBeLessThanOrEqual(769);
      expect(Math.abs(box.width / box.height - 1080 / 1920)).toBeLessThan(0.01);
      // Scaled by a transform only: the player still lays out at 1080×1920.
      const frame = page.frameLocator(`iframe[title="${frameTitle}"]`);
      const stage = await frame.locator('#stage').evaluate((el) => [el.clientWidth, el.clientHeight]);
      expect(stage).toEqual([1080, 1920]);
      expect(await seriousViolations(page, '.preview')).toEqual([]);
    });

    it('shows the kiosk at 1:1, chosen by keyboard, in a box that scrolls; the choice is remembered', async () => {
      await page.getByRole('radio', { name: 'Vừa cửa sổ' }).focus();
      await page.keyboard.press('ArrowRight');
      const actual = page.getByRole('radio', { name: 'Kích thước thật (1:1)' });
      expect(await actual.isChecked()).toBe(true);
      expect(await page.locator('.preview').getAttribute('data-preview-mode')).toBe('actual');

      const iframe = page.getByTitle(frameTitle);
      const box = await iframe.boundingBox();
      expect(box && [box.width, box.height]).toEqual([1080, 1920]);
      // The box around it fits the window and scrolls, by keyboard too.
      const region = page.getByRole('region', { name: /Xem trước kích thước thật 1080×1920/ });
      const sizes = await region.evaluate((el) => ({
        client: el.clientHeight,
        scroll: el.scrollHeight,
      }));
      expect(sizes.client).toBeLessThanOrEqual(768);
      expect(sizes.scroll).toBeGreaterThanOrEqual(1920);
      await region.focus();
      await page.keyboard.press('PageDown');
      await expect.poll(() => region.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
      expect(await seriousViolations(page, '.preview')).toEqual([]);

      // Opened again, the preview is still at 1:1.
      await draftOnKiosk();
      expect(await page.getByRole('radio', { name: 'Kích thước thật (1:1)' }).isChecked()).toBe(true);
      const again = await page.getByTitle(frameTitle).boundingBox();
      expect(again && [again.width, again.height]).toEqual([1080, 1920]);
      // And back to fitted with the keyboard.
      await page.getByRole('radio', { name: 'Kích thước thật (1:1)' }).focus();
      await page.keyboard.press('ArrowLeft');
      expect(await page.getByRole('radio', { name: 'Vừa cửa sổ' }).isChecked()).toBe(true);
    });
  });

  it('never gives the preview page a device token or a socket', () => {
    expect(framed.length).toBeGreaterThan(0);
    expect(framed.filter((r) => r.url.includes('/socket.io'))).toEqual([]);
    expect(framed.filter((r) => r.authorization)).toEqual([]);
  });
});
