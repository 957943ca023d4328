import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageInput, PlaylistInput, ScreenInput } from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { solidPng, uploadBytes } from '../support/media.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** RGB of the screenshot pixel at x,y. */
type Pixels = (x: number, y: number) => [number, number, number];

async function screenshotPixels(page: Page): Promise<Pixels> {
  const { data, info } = await sharp(await page.screenshot())
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return (x, y) => {
    const i = (y * info.width + x) * 3;
    return [data[i] ?? -1, data[i + 1] ?? -1, data[i + 2] ?? -1];
  };
}

const near = (a: number[], b: number[], tolerance = 12) =>
  a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);

describe('player rendering in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  /** A gate and screen with one approved playlist on it; returns the player URL. */
  async function screenPlaying(
    screen: Partial<ScreenInput>,
    playlist: (gateId: string) => Promise<{ messages: MessageInput[]; playlist: PlaylistInput }>,
    languages = ['vi', 'km', 'en'],
  ): Promise<{ url: string; screenId: string }> {
    const gate = factory.gate({ languages });
    const s = factory.screen(gate.id!, screen);
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await server.api.post('/api/v1/screens', s)).status).toBe(201);
    const content = await playlist(gate.id!);
    const publish = new Publisher(server);
    for (const m of content.messages) await publish.create('/api/v1/messages', m);
    await publish.create('/api/v1/playlists', content.playlist);
    await publish.create('/api/v1/schedules', factory.schedule(content.playlist.id!, { screens: [s.id!] }));
    const link = await issuePlayerLink(server.api, s.id!);
    return { url: server.url + link.playerUrl, screenId: s.id! };
  }

  it('fills exactly the 800×500 rectangle at 100,40 of an LED output, at DPR 1 without smoothing', async () => {
    const colour = '#2080ff';
    const { url, screenId } = await screenPlaying(
      { kind: 'led', width: 800, height: 500, offsetX: 100, offsetY: 40 },
      async () => {
        const upload = await uploadBytes(server, 'blue.png', await solidPng(400, 250, colour));
        expect(upload.status).toBe(201);
        const playlist = factory.playlist([], {
          items: [{ type: 'image', assetId: upload.body.id, duration: 30, fit: 'fill' }],
        });
        return { messages: [], playlist };
      },
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    try {
      await page.goto(url);
      await page.waitForSelector(
        `#stage[data-screen="${screenId}"] [data-entry-type="image"]:not(.preparing)`,
        {
          timeout: 20_000,
        },
      );
      // Nothing but content on the board: the diagnostics corner shows only on a technician's request.
      expect(await page.locator('#stage .status').isVisible()).toBe(false);
      expect(await page.evaluate(() => devicePixelRatio)).toBe(1);
      expect(await page.$eval('#stage img', (img) => getComputedStyle(img).imageRendering)).toBe('pixelated');

      const px = await screenshotPixels(page);
      const [r, g, b] = [colour.slice(1, 3), colour.slice(3, 5), colour.slice(5, 7)].map((h) =>
        parseInt(h, 16),
      );
      const content = [r ?? 0, g ?? 0, b ?? 0];
      const black = [0, 0, 0];
      // The four corner pixels of the rectangle are content; one pixel further out is black.
      for (const [x, y] of [
        [100, 40],
        [899, 40],
        [100, 539],
        [899, 539],
        [500, 40],
        [100, 300],
      ] as const) {
        expect(near(px(x, y), content), `content at ${x},${y}: ${px(x, y).join()}`).toBe(true);
      }
      for (const [x, y] of [
        [99, 40],
        [100, 39],
        [900, 539],
        [899, 540],
        [99, 539],
        [900, 40],
      ] as const) {
        expect(near(px(x, y), black, 0), `black at ${x},${y}: ${px(x, y).join()}`).toBe(true);
      }
      // Every pixel outside the rectangle is black.
      let lit = 0;
      for (let y = 0; y < 720; y += 3) {
        for (let x = 0; x < 1280; x += 3) {
          const inside = x >= 100 && x < 900 && y >= 40 && y < 540;
          if (!inside && !near(px(x, y), black, 0)) lit++;
        }
      }
      expect(lit).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('scrolls the ticker band every frame at a steady speed, beside a message shown side by side', async () => {
    const message = factory.message({
      variants: {
        vi: { title: 'Chào mừng', ticker: 'Cửa khẩu mở cửa từ 7 giờ đến 17 giờ hằng ngày' },
        km: { title: 'សូមស្វាគមន៍', ticker: 'ច្រកទ្វារបើកពីម៉ោង ៧ ដល់ ១៧ រៀងរាល់ថ្ងៃ' },
        en: { title: 'Welcome', ticker: 'The gate is open from 07:00 to 17:00 every day' },
      },
    });
    const { url } = await screenPlaying({ kind: 'indoor', width: 960, height: 540 }, () =>
      Promise.resolve({
        messages: [message],
        playlist: factory.playlist([], {
          layout: 'ticker',
          items: [{ type: 'message', messageId: message.id!, duration: 60, languages: 'side-by-side' }],
        }),
      }),
    );
    const page = await browser.newPage({ viewport: { width: 960, height: 540 }, deviceScaleFactor: 1 });
    try {
      await page.goto(url);
      // Side by side: one column per language, each with its lang.
      const row = await page.waitForSelector('.message-row:not(.preparing)', { timeout: 20_000 });
      expect(await row.$$eval('.message', (els) => els.map((e) => e.getAttribute('lang')))).toEqual([
        'vi',
        'km',
        'en',
      ]);
      // The band holds every language's ticker text, each with its lang.
      const ticker = await page.waitForSelector('#stage[data-layout="ticker"] .ticker');
      const langs = await ticker.$$eval('.ticker-run:first-child .ticker-text', (els) =>
        els.map((e) => e.getAttribute('lang')),
      );
      expect(langs).toEqual(['vi', 'km', 'en']);
      const band = await ticker.boundingBox();
      const main = await (await page.$('.zone-main'))!.boundingBox();
      expect(main!.y + main!.height).toBeCloseTo(band!.y, 0); // the items' zone ends where the band begins

      // Sample the band's position at 90 consecutive display frames.
      const frames = await page.evaluate(
        () =>
          new Promise<{ t: number; x: number; cycle: number }[]>((resolve) => {
            const track = document.querySelector<HTMLElement>('.ticker-track')!;
            const cycle = document.querySelector('.ticker-run')!.getBoundingClientRect().width;
            const out: { t: number; x: number; cycle: number }[] = [];
            const sample = (t: number) => {
              out.push({ t, x: new DOMMatrixReadOnly(getComputedStyle(track).transform).m41, cycle });
              if (out.length < 90) requestAnimationFrame(sample);
              else resolve(out);
            };
            requestAnimationFrame(sample);
          }),
      );
      const cycle = frames[0]!.cycle;
      // Unwrap the seamless loop (a jump back by exactly one run's width looks identical on screen).
      const travelled = frames.map((f) => -f.x);
      for (let i = 1; i < travelled.length; i++) {
        while (travelled[i]! < travelled[i - 1]! - cycle / 2) travelled[i]! += cycle;
      }
      const steps = travelled.slice(1).map((v, i) => v - travelled[i]!);
      expect(Math.min(...steps), JSON.stringify(steps)).toBeGreaterThan(0); // moves every frame
      // Position is a straight line in time: no jumps, no stalls (within one frame's travel).
      const t0 = frames[0]!.t;
      const tn = frames.at(-1)!.t;
      const speed = (travelled.at(-1)! - travelled[0]!) / (tn - t0);
      expect(speed).toBeGreaterThan(0.05); // px per ms
      const worst = Math.max(
        ...frames.map((f, i) => Math.abs(travelled[i]! - travelled[0]! - speed * (f.t - t0))),
      );
      expect(worst).toBeLessThan(speed * 20 + 1);
    } finally {
      await page.close();
    }
  });

  it('opens a kiosk menu on touch, switches language, and returns to the loop when left idle', async () => {
    const message = factory.message();
    const { url } = await screenPlaying(
      { kind: 'kiosk', width: 1024, height: 600, kioskIdleSeconds: 30 },
      () => Promise.resolve({ messages: [message], playlist: factory.playlist([message.id!]) }),
    );
    const page = await browser.newPage({ viewport: { width: 1024, height: 600 }, deviceScaleFactor: 1 });
    try {
      await page.clock.install();
      await page.goto(url);
      await page.waitForSelector('.zone-main [data-entry-type="message"]:not(.preparing)', {
        timeout: 20_000,
      });
      expect(await page.isHidden('.kiosk')).toBe(true);

      await page.mouse.click(500, 300);
      const khmer = await page.waitForSelector('.kiosk-language[data-lang="km"]');
      // Each language is named in its own script.
      expect(await khmer.textContent()).toBe('ភាសាខ្មែរ');
      expect(await page.textContent('.kiosk-language[data-lang="vi"]')).toBe('Tiếng Việt');
      await khmer.click();
      const item = await page.waitForSelector(`.kiosk-message[data-message-id="${message.id}"]`);
      expect(await item.getAttribute('lang')).toBe('km');
      expect(await item.textContent()).toBe('សូមស្វាគមន៍');
      await item.click();
      const detail = await page.waitForSelector('.kiosk-detail');
      expect(await detail.getAttribute('lang')).toBe('km');

      // Touches keep it open; 30 s untouched closes it.
      await page.clock.fastForward(20_000);
      expect(await page.isVisible('.kiosk')).toBe(true);
      await page.clock.fastForward(11_000);
      await page.waitForSelector('.kiosk', { state: 'hidden' });
      expect(await page.isVisible('.zone-main [data-entry-type="message"]')).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('shows a commissioning test pattern with the screen id and geometry, without the controller', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    try {
      await page.goto(`${server.url}/player/?testpattern=800x500+100+40&screen=tinh-bien-led`);
      await page.waitForSelector('.testpattern');
      expect(await page.textContent('.testpattern-id')).toBe('tinh-bien-led');
      expect(await page.textContent('.testpattern-geometry')).toBe('800×500 @ 100,40');
      expect(await (await page.$('#stage'))!.boundingBox()).toEqual({
        x: 100,
        y: 40,
        width: 800,
        height: 500,
      });
      const px = await screenshotPixels(page);
      // The board's outermost pixels are red, the output just outside them black.
      for (const [x, y] of [
        [100, 40],
        [899, 539],
        [100, 300],
        [899, 300],
      ] as const) {
        expect(near(px(x, y), [255, 0, 0], 0), `${x},${y}: ${px(x, y).join()}`).toBe(true);
      }
      expect(near(px(99, 300), [0, 0, 0], 0)).toBe(true);
      expect(near(px(900, 300), [0, 0, 0], 0)).toBe(true);
      // Colour bars across the middle: white first, blue seventh.
      expect(near(px(150, 290), [255, 255, 255], 0)).toBe(true);
      expect(near(px(100 + 680, 210), [0, 0, 255], 0)).toBe(true);
    } finally {
      await page.close();
    }
  });
});
