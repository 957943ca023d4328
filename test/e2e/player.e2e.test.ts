import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenStatus } from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { fontsUsedFor, launchChromium } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// One message in every script the reference gates need, each language shown for two seconds.
const scripts = {
  vi: { title: 'Chào mừng quý khách đến cửa khẩu quốc tế', family: 'Noto Sans' },
  km: { title: 'សូមស្វាគមន៍មកកាន់ច្រកទ្វារព្រំដែនអន្តរជាតិ', family: 'Noto Sans Khmer' },
  lo: { title: 'ຍິນດີຕ້ອນຮັບສູ່ດ່ານຊາຍແດນສາກົນ', family: 'Noto Sans Lao' },
  'zh-Hans': { title: '欢迎来到国际口岸', family: 'Noto Sans SC' },
  'tmm-Tavt': { title: 'ꪎꪱꪚꪱꪥ ꪒꪲ', family: 'Noto Sans Tai Viet' },
  // Jrai: o and u with horn carry a combining breve (U+0306), which has no precomposed form.
  jra: { title: 'Mơ̆ng ư̆ Hơ̆k Ơ̆ Ư̆ Jrai', family: 'Noto Sans' },
} as const;
type Lang = keyof typeof scripts;

describe('player in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite', { seedDemo: true }), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('draws every script with its bundled font, on an LED stage of exactly the board geometry, and acks', async () => {
    const { api } = server;
    const gate = factory.gate({ languages: Object.keys(scripts) });
    const screen = factory.screen(gate.id!, { width: 640, height: 320, offsetX: 32, offsetY: 16 });
    const message = factory.message({
      variants: Object.fromEntries(Object.entries(scripts).map(([lang, s]) => [lang, { title: s.title }])),
    });
    const playlist = factory.playlist([message.id!], {
      items: [{ type: 'message', messageId: message.id!, duration: 2 }],
    });
    for (const [path, body] of [
      ['/api/v1/gates', gate],
      ['/api/v1/screens', screen],
    ] as const) {
      expect((await api.post(path, body)).status).toBe(201);
    }
    // Content reaches the screen once a second principal approves it.
    const publish = new Publisher(server);
    await publish.create('/api/v1/messages', message);
    await publish.create('/api/v1/playlists', playlist);
    await publish.create('/api/v1/schedules', factory.schedule(playlist.id!, { screens: [screen.id!] }));
    const link = await issuePlayerLink(api, screen.id!);

    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    try {
      await page.goto(server.url + link.playerUrl);
      // The token leaves the address bar at once.
      await page.waitForFunction(() => !location.search.includes('token'));

      const stage = await page.waitForSelector(`[data-screen="${screen.id}"]`);
      expect(await stage.boundingBox()).toEqual({ x: 32, y: 16, width: 640, height: 320 });

      // Each language is on screen for a few seconds: on a slow machine the slot may move on in the
      // middle of the checks (the element is detached); then the next round of the loop is checked.
      const detached = (err: unknown) =>
        err instanceof Error && /no element matches|not attached|detached/i.test(err.message);
      const checkLanguage = async (lang: Lang) => {
        const selector = `[data-entry-type="message"][data-lang="${lang}"]`;
        const block = await page.waitForSelector(selector, { timeout: 15_000 });
        expect(await block.getAttribute('lang')).toBe(lang);
        expect((await block.textContent())?.normalize('NFC')).toContain(scripts[lang].title);
        const fonts = await fontsUsedFor(page, selector);
        const drawing = fonts.filter((f) => f.glyphCount > 0);
        // Every glyph of the title comes from the bundled web font: no system fallback, no tofu.
        // Chromium names a face by its full name ("Noto Sans SC Thin" for the SC web font's faces).
        expect(
          drawing.some((f) => f.isCustomFont && f.familyName.startsWith(scripts[lang].family)),
          `${lang}: ${JSON.stringify(fonts)}`,
        ).toBe(true);
        expect(
          drawing.filter((f) => !f.isCustomFont),
          `${lang}: ${JSON.stringify(fonts)}`,
        ).toEqual([]);
        // The bundled faces for this text are loaded (Jrai's breve clusters come from Noto Sans Marks)...
        const title = scripts[lang].title;
        const families = [scripts[lang].family, 'Noto Sans Marks'];
        const checked = await page.evaluate(
          ([text, names]) => names.map((f) => document.fonts.check(`700 32px "${f}"`, text)),
          [title, families] as const,
        );
        expect(checked, `${lang}: document.fonts.check`).toEqual([true, true]);
        // ...and the text box is not blank: its screenshot has lit pixels.
        const { data } = await sharp(await block.screenshot())
          .greyscale()
          .raw()
          .toBuffer({ resolveWithObject: true });
        expect(data.filter((v) => v > 128).length, `${lang}: lit pixels`).toBeGreaterThan(100);
        // The text fits its box.
        const overflow = await block.evaluate(
          (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
        );
        expect(overflow).toBe(false);
      };
      for (const lang of Object.keys(scripts) as Lang[]) {
        for (let attempt = 1; ; attempt++) {
          try {
            await checkLanguage(lang);
            break;
          } catch (err) {
            if (attempt >= 3 || !detached(err)) throw err;
          }
        }
      }

      await expect
        .poll(
          async () =>
            (await api.get<ScreenStatus>(`/api/v1/screens/${screen.id}/status`)).body.appliedVersion,
          {
            timeout: 10_000,
          },
        )
        .toMatch(/^[0-9a-f]{32}$/);
      const status = (await api.get<ScreenStatus>(`/api/v1/screens/${screen.id}/status`)).body;
      expect(status.appliedVersion).toBe(status.currentVersion);
    } finally {
      await page.close();
    }
  });

  it('shows a demo gate its multilingual messages from the URL printed at start', async () => {
    const demo = server.app.demoPlayers.find((p) => p.screenId === 'tinh-bien-led');
    expect(demo, JSON.stringify(server.app.demoPlayers)).toBeDefined();
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    try {
      await page.goto(server.url + demo!.playerPath);
      const stage = await page.waitForSelector('[data-screen="tinh-bien-led"]');
      const box = await stage.boundingBox();
      expect([box?.width, box?.height]).toEqual([1000, 625]);
      const block = await page.waitForSelector('[data-entry-type="message"]', { timeout: 20_000 });
      expect(['vi', 'km', 'en', 'zh-Hans']).toContain(await block.getAttribute('lang'));
      expect((await block.textContent())?.trim().length).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
