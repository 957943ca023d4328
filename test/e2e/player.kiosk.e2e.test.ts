import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageInput } from '../../schemas/types.ts';
import { bundledFamilies } from '../../shared/fonts.ts';
import { scheduleLoop } from '../support/approval.ts';
import { fontsUsedFor, launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { solidPng, uploadBytes } from '../support/media.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// A portrait touch kiosk at DPR 1, as installed at a gate: 1080×1920 CSS px.
const W = 1080;
const H = 1920;
/** The floor set on the screen: no message text is fitted below it. */
const floorPx = 28;
/** The attract loop's picture: a colour that nothing in the menu uses. */
const loopColour = '#ff00ff';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box, slack = 0.5) =>
  a.x >= b.x - slack &&
  a.y >= b.y - slack &&
  a.x + a.width <= b.x + b.width + slack &&
  a.y + a.height <= b.y + b.height + slack;

const long = factory.message({
  name: 'Khai báo hải quan',
  variants: {
    vi: {
      title: 'Khai báo hải quan',
      body: [
        'Quý khách mang theo trên 5.000 USD ngoại tệ tiền mặt (hoặc tương đương), trên 15.000.000 đồng tiền',
        'mặt hoặc trên 300 gam vàng phải khai báo với Hải quan cửa khẩu. Hàng hóa vượt định mức miễn thuế',
        'phải khai báo và nộp thuế theo quy định. Hành lý gửi sau, hàng mẫu và quà biếu cũng phải khai báo.',
        'Không mang theo hàng cấm, động vật hoang dã, thuốc chưa được phép lưu hành. Mọi thắc mắc xin liên',
        'hệ bàn hướng dẫn của Hải quan cửa khẩu, mở cửa từ 07:00 đến 17:00 hằng ngày, kể cả ngày lễ.',
      ].join(' '),
    },
    en: {
      title: 'Customs declaration',
      body: 'Travellers carrying more than USD 5,000 in cash must declare it to the gate customs office.',
    },
  },
});
// Too long for one screen at the floor (the longest body a message may have): the kiosk shows it in
// pages, still below the back strip.
const paged = factory.message({
  name: 'Khai báo hải quan (đầy đủ)',
  variants: {
    vi: {
      title: 'Khai báo hải quan (đầy đủ)',
      body: Array(16).fill(long.variants['vi']!.body).join(' ').slice(0, 4000).trim(),
    },
  },
});
const taiViet = factory.message({
  name: 'Chào mừng (Thái)',
  variants: {
    vi: { title: 'Chào mừng quý khách', body: 'Cửa khẩu mở cửa 7:00–17:00' },
    'tmm-Tavt': { title: 'ꪎꪱꪚꪱꪥ ꪒꪲ' },
  },
});
const welcome = factory.message({
  variants: {
    vi: { title: 'Chào mừng quý khách', body: 'Cửa khẩu mở cửa 7:00–17:00' },
    km: { title: 'សូមស្វាគមន៍', body: 'ច្រកទ្វារបើកពីម៉ោង ៧:០០ ដល់ ១៧:០០' },
    en: { title: 'Welcome', body: 'The gate is open 07:00–17:00' },
  },
});
const messages: MessageInput[] = [welcome, long, paged, taiViet];

describe('kiosk in Chromium (1080×1920, DPR 1)', () => {
  let server: TestServer;
  let browser: Browser;
  let screenId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    const gate = factory.gate({ languages: ['vi', 'km', 'en', 'tmm-Tavt'] });
    const screen = factory.screen(gate.id!, {
      kind: 'kiosk',
      width: W,
      height: H,
      kioskIdleSeconds: 5,
      minTextPx: floorPx,
    });
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await server.api.post('/api/v1/screens', screen)).status).toBe(201);
    const upload = await uploadBytes(server, 'loop.png', await solidPng(W / 4, H / 4, loopColour));
    expect(upload.status).toBe(201);
    // The picture plays almost all of the time, so the menu opens over it.
    const playlist = factory.playlist([], {
      items: [
        { type: 'image', assetId: upload.body.id, duration: 3600, fit: 'fill' },
        ...messages.map((m) => ({ type: 'message' as const, messageId: m.id!, duration: 5 })),
      ],
    });
    await scheduleLoop(server, { messages, playlist }, { screens: [screen.id!] });
    screenId = screen.id!;
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  /** A kiosk page playing its loop (the picture on screen), not yet touched. */
  async function kioskPage(): Promise<Page> {
    // A player link works once: each page is a player of its own for the same screen.
    const link = await issuePlayerLink(server.api, screenId);
    const page = await browser.newPage({ viewport: { width: W, height: H }, deviceScaleFactor: 1 });
    await page.goto(server.url + link.playerUrl);
    await page.waitForSelector('.zone-main [data-entry-type="image"]:not(.preparing)', { timeout: 30_000 });
    expect(await page.isHidden('.kiosk')).toBe(true);
    return page;
  }

  async function openMenu(page: Page): Promise<void> {
    await page.mouse.click(W / 2, H / 2);
    await page.waitForSelector('.kiosk:not([hidden]) .kiosk-message');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  async function choose(page: Page, lang: string): Promise<void> {
    await page.click(`.kiosk-language[data-lang="${lang}"]`);
    await page.waitForSelector(`.kiosk-language[data-lang="${lang}"][aria-pressed="true"]`);
  }

  /** Opens a message's tile; resolves once its text is fitted and its fonts are loaded. */
  async function openMessage(page: Page, id: string): Promise<void> {
    await page.click(`.kiosk-message[data-message-id="${id}"]`);
    await page.waitForSelector(`.kiosk-detail[data-message-id="${id}"] .kiosk-detail-message`);
    await page.waitForFunction(() => {
      const text = document.querySelector<HTMLElement>('.kiosk-detail-message');
      return !!text?.style.fontSize && document.fonts.status === 'loaded';
    });
  }

  /**
   * Count of screenshot pixels tinted with the loop's magenta (red and blue, no green): the picture
   * itself, or the same picture seen through a nearly opaque menu. No colour of the menu is magenta.
   */
  async function loopPixels(page: Page): Promise<number> {
    const { data } = await sharp(await page.screenshot())
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    let n = 0;
    for (let i = 0; i < data.length; i += 3) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r > 8 && b > 8 && g * 3 < Math.min(r, b)) n++;
    }
    return n;
  }

  it('opens an opaque menu over the loop, with large targets and words from our fonts', async () => {
    const page = await kioskPage();
    try {
      expect(await loopPixels(page)).toBeGreaterThan(W * H * 0.9); // the loop is seen
      await openMenu(page);
      // Nothing of the loop shows through the menu, not even dimmed.
      expect(await loopPixels(page)).toBe(0);

      const boxes = await page.$$eval('.kiosk button', (buttons) =>
        buttons.map((b) => {
          const r = b.getBoundingClientRect();
          return { cls: b.getAttribute('class') ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      );
      expect(boxes.length).toBe(4 + 1 + messages.length); // languages, close, messages
      for (const b of boxes) {
        expect(b.width, b.cls).toBeGreaterThanOrEqual(48);
        expect(b.height, b.cls).toBeGreaterThanOrEqual(48);
        expect(inside(b, { x: 0, y: 0, width: W, height: H }), b.cls).toBe(true);
      }
      // Made for a finger on a big portrait screen: languages and messages are large, and span it.
      for (const b of boxes.filter((x) => /kiosk-(language|message)\b/.test(x.cls))) {
        expect(b.height, b.cls).toBeGreaterThanOrEqual(96);
      }
      for (const b of boxes.filter((x) => /kiosk-message\b/.test(x.cls))) {
        expect(b.width).toBeGreaterThanOrEqual(W * 0.9);
      }
      const close = boxes.find((b) => b.cls.includes('kiosk-close'))!;
      expect(Math.max(close.width, close.height)).toBeLessThanOrEqual(120);
      const tileText = await page.$eval('.kiosk-message-title', (e) =>
        parseFloat(getComputedStyle(e).fontSize),
      );
      expect(tileText).toBeGreaterThanOrEqual(40);

      // No interface symbol is a character for the PC's fonts to draw: close is a drawn icon.
      const texts = await page.$eval('.kiosk', (e) => e.textContent);
      expect(texts).not.toMatch(/[←×✕→]/u);
      expect(await page.$('.kiosk-close svg')).not.toBeNull();
      expect(await page.getAttribute('.kiosk-close', 'aria-label')).toBe('Đóng');
      // Every word of the menu, in every script, from our bundled fonts.
      for (const lang of ['vi', 'km', 'tmm-Tavt']) await choose(page, lang);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const fonts = await fontsUsedFor(page, '.kiosk');
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(bundledFamilies, JSON.stringify(fonts)).toContain(f.familyName);
        expect(f.isCustomFont, f.familyName).toBe(true);
      }
    } finally {
      await page.close();
    }
  });

  it('keeps the back control small and in its own strip: it never covers message text', async () => {
    const page = await kioskPage();
    try {
      await openMenu(page);
      const cases: [lang: string, id: string][] = [
        ['vi', welcome.id!],
        ['vi', long.id!],
        ['vi', paged.id!],
        ['km', welcome.id!],
        ['tmm-Tavt', taiViet.id!],
      ];
      for (const [lang, id] of cases) {
        await choose(page, lang);
        await openMessage(page, id);
        const m = await page.evaluate(() => {
          const rect = (e: Element) => {
            const r = e.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height };
          };
          const root = document.querySelector('.kiosk-detail-message')!;
          const lines: { x: number; y: number; width: number; height: number }[] = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent?.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            for (const r of range.getClientRects())
              lines.push({ x: r.x, y: r.y, width: r.width, height: r.height });
          }
          const sizes = [...root.querySelectorAll('.message-title, .message-body')].map((e) =>
            parseFloat(getComputedStyle(e).fontSize),
          );
          return {
            pages: Number(root.getAttribute('data-pages') ?? 1),
            fits: root.getAttribute('data-fits') === 'true',
            back: rect(document.querySelector('.kiosk-back')!),
            box: rect(document.querySelector('.kiosk-detail-box')!),
            lines,
            sizes,
            lang: document.querySelector('.kiosk-detail')!.getAttribute('lang'),
          };
        });
        const label = `${lang} ${id}`;
        expect(m.lang, label).toBe(lang);
        // At most 120 px either way, at least a fingertip.
        expect(m.back.width, label).toBeLessThanOrEqual(120);
        expect(m.back.height, label).toBeLessThanOrEqual(120);
        expect(Math.min(m.back.width, m.back.height), label).toBeGreaterThanOrEqual(48);
        // The message is laid out below the strip, in the rest of the screen.
        expect(intersects(m.back, m.box), label).toBe(false);
        expect(m.box.height, label).toBeGreaterThan(H * 0.85);
        expect(m.lines.length, label).toBeGreaterThan(0);
        // No line of text is under the strip or off the sides (the edges' ink is checked below, by
        // pixels: a line box's empty leading past the bottom is not seen, a glyph cut there is).
        const columnBelowStrip = { ...m.box, height: Infinity };
        for (const line of m.lines) {
          const where = `${label}: ${JSON.stringify(line)} in ${JSON.stringify(m.box)}`;
          expect(intersects(line, m.back), where).toBe(false);
          expect(inside(line, columnBelowStrip), where).toBe(true);
        }
        if (id === paged.id) {
          // A few full pages, every one fitting: not hundreds of pages of a word each, as when a 1 px
          // overflow of the page marker made every page "too long".
          expect(m.pages, label).toBeGreaterThan(1);
          expect(m.pages, label).toBeLessThanOrEqual(5);
          expect(m.fits, label).toBe(true);
        }
        // Readable: no text below the screen's floor.
        for (const px of m.sizes) expect(px, label).toBeGreaterThanOrEqual(floorPx);

        // Drawn ink stays inside: the outermost pixels of the message's box are all background (a
        // glyph cut at the box's edge would light them).
        const { data, info } = await sharp(
          await page.screenshot({
            clip: { x: m.box.x, y: Math.ceil(m.box.y), width: m.box.width, height: Math.floor(m.box.height) },
          }),
        )
          .removeAlpha()
          .raw()
          .toBuffer({ resolveWithObject: true });
        let lit = 0;
        for (let y = 0; y < info.height; y++) {
          for (let x = 0; x < info.width; x++) {
            if (x > 2 && y > 2 && x < info.width - 3 && y < info.height - 3) continue;
            const i = (y * info.width + x) * 3;
            if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) > 40) lit++;
          }
        }
        expect(lit, `${label}: lit pixels on the edge of the message box`).toBe(0);

        await page.click('.kiosk-back');
        await page.waitForSelector('.kiosk-detail', { state: 'detached' });
      }
    } finally {
      await page.close();
    }
  });

  it("shows a message without the chosen language in the gate's first language, and says so in the chosen one", async () => {
    const page = await kioskPage();
    try {
      await openMenu(page);
      await choose(page, 'km');
      // On the tile: the Vietnamese title, and a Khmer note.
      const tile = `.kiosk-message[data-message-id="${long.id}"]`;
      expect(await page.getAttribute(tile, 'lang')).toBe('vi');
      expect(await page.textContent(`${tile} .kiosk-message-title`)).toBe('Khai báo hải quan');
      expect(await page.$eval(`${tile} .kiosk-note`, (e) => e.innerHTML)).toContain('lang="km"');
      expect(await page.textContent(`${tile} .kiosk-note`)).toBe('មិនមានជាភាសាខ្មែរទេ');
      // A message that has Khmer says nothing.
      expect(await page.$(`.kiosk-message[data-message-id="${welcome.id}"] .kiosk-note`)).toBeNull();

      await openMessage(page, long.id!);
      expect(await page.getAttribute('.kiosk-detail', 'lang')).toBe('vi');
      expect(await page.getAttribute('.kiosk-detail-message', 'lang')).toBe('vi');
      const note = await page.$$eval('.kiosk-detail-bar .kiosk-note [lang]', (els) =>
        els.map((e) => [e.getAttribute('lang'), e.textContent]),
      );
      expect(note).toEqual([['km', 'មិនមានជាភាសាខ្មែរទេ']]);
      // The back control is named, and captioned, in Khmer.
      expect(await page.getAttribute('.kiosk-back', 'aria-label')).toBe('ថយក្រោយ');
      expect(await page.getAttribute('.kiosk-back', 'lang')).toBe('km');
      await page.click('.kiosk-back');

      // A language we cannot write the note in: Vietnamese and English, each marked, never made up.
      await choose(page, 'tmm-Tavt');
      await openMessage(page, long.id!);
      const bilingual = await page.$$eval('.kiosk-detail-bar .kiosk-note [lang]', (els) =>
        els.map((e) => [e.getAttribute('lang'), e.textContent]),
      );
      expect(bilingual).toEqual([
        ['vi', 'Chưa có bản dịch sang ngôn ngữ này'],
        ['en', 'Not available in this language'],
      ]);
      expect(await page.getAttribute('.kiosk-back', 'aria-label')).toBe('Quay lại / Back');
    } finally {
      await page.close();
    }
  });

  it('shows keyboard focus, and goes back to the loop when left untouched', async () => {
    const page = await kioskPage();
    try {
      // A key opens the menu with the focus on the chosen language, drawn so it is seen.
      await page.keyboard.press('Tab');
      await page.waitForSelector('.kiosk:not([hidden])');
      const focused = await page.evaluate(() => {
        const e = document.activeElement!;
        const s = getComputedStyle(e);
        return {
          lang: e.getAttribute('data-lang'),
          visible: e.matches(':focus-visible'),
          style: s.outlineStyle,
          width: parseFloat(s.outlineWidth),
        };
      });
      expect(focused).toMatchObject({ lang: 'vi', visible: true, style: 'solid' });
      expect(focused.width).toBeGreaterThanOrEqual(3);
      await page.keyboard.press('Escape');
      await page.waitForSelector('.kiosk', { state: 'hidden' });

      // kioskIdleSeconds is 5: open, then leave it.
      await openMenu(page);
      await page.waitForTimeout(1_000);
      expect(await page.isVisible('.kiosk')).toBe(true);
      await page.waitForSelector('.kiosk', { state: 'hidden', timeout: 15_000 });
      expect(await page.isVisible('.zone-main [data-entry-type]')).toBe(true);
    } finally {
      await page.close();
    }
  });
});
