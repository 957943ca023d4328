import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command, Emergency, GateInput, ScreenInput } from '../../schemas/types.ts';
import { Publisher, scheduleLoop } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { drawnText, foreignGlyphs, onlyBundledGlyphs } from '../support/glyphs.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// Everything the player draws comes from our bundled fonts: content, and also what is not content — the
// pairing screen, the diagnostics corner and its connection dot, identify, the test pattern's labels, the
// idle and night clocks, the ticker, emergencies, the kiosk's menu and message view. A stripped-down player
// PC may have no other font at all; a glyph Chromium had to take from the system would be a box there.
// Every element of the page is asked (CDP CSS.getPlatformFontsForNode) which fonts drew its text.

/** One word or line per script: Vietnamese, Khmer, Lao, Tai Viet, Chinese, and Jrai (ơ̆ ư̆: Noto Sans Marks). */
const texts: Record<string, { title: string; body: string; ticker: string }> = {
  vi: { title: 'Chào mừng quý khách', body: 'Cửa khẩu mở cửa 7:00–17:00', ticker: 'Đường thông thoáng' },
  km: { title: 'សូមស្វាគមន៍', body: 'ច្រកទ្វារបើកពីម៉ោង ៧ ដល់ ១៧', ticker: 'ផ្លូវស្រួល' },
  lo: { title: 'ຍິນດີຕ້ອນຮັບ', body: 'ດ່ານເປີດ 7:00–17:00', ticker: 'ທາງສະດວກ' },
  blt: { title: 'ꪁꪫꪱꪣ ꪼꪕ', body: 'ꪚꪴꪀ ꪹꪀꪷ', ticker: 'ꪎꪳ ꪣꪱ' },
  'zh-Hans': { title: '欢迎光临', body: '口岸开放时间 7:00–17:00', ticker: '道路畅通' },
  jra: { title: 'Tơ̆ ư̆ sang', body: 'Ơ̆ adŭ ư̆', ticker: 'Jơ̆ lan' },
};
const languages = Object.keys(texts);

/** HH:MM in Asia/Ho_Chi_Minh, `hours` from now. */
function localTime(hoursFromNow: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(Date.now() + hoursFromNow * 3_600_000);
}

describe('every glyph the player draws comes from our fonts', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  /** A gate and one screen on it; the screen's player link. */
  async function screenOn(gateOver: Partial<GateInput>, screenOver: Partial<ScreenInput>) {
    const gate = factory.gate({ languages, emergencyPolicy: 'single-approver', ...gateOver });
    const screen = factory.screen(gate.id!, screenOver);
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await server.api.post('/api/v1/screens', screen)).status).toBe(201);
    return { gate, screen, link: await issuePlayerLink(server.api, screen.id!) };
  }

  /** A message in every language, published on the screen's gate in `layout`, with a clock item after it. */
  async function publishOn(gateId: string, layout: 'full' | 'ticker', extra: string[] = []) {
    const message = factory.message({ variants: texts });
    const playlist = factory.playlist([], {
      layout,
      items: [
        { type: 'message', messageId: message.id!, duration: 2 },
        { type: 'clock', duration: 4 },
        ...extra.map((messageId) => ({ type: 'message' as const, messageId, duration: 2 })),
      ],
    });
    await scheduleLoop(server, { messages: [message], playlist }, { gates: [gateId] });
    return message;
  }

  async function open(url: string, width: number, height: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.goto(server.url + url);
    return page;
  }

  it('on the pairing screen', async () => {
    const page = await open('/player/', 960, 540);
    try {
      await page.waitForSelector('.pairing-code[data-code]', { timeout: 20_000 });
      const families = await onlyBundledGlyphs(page, 'pairing');
      expect([...families]).toContain('Noto Sans');
    } finally {
      await page.close();
    }
  });

  it(
    'on an LED board: each language, the ticker, the clock, the diagnostics, identify, the test pattern, an emergency',
    { timeout: 150_000 },
    async () => {
      const { gate, screen, link } = await screenOn({}, { kind: 'led', width: 768, height: 384 });
      const message = await publishOn(gate.id!, 'ticker');
      const page = await open(link.playerUrl, 768, 384);
      try {
        const families = new Set<string>();
        for (const lang of languages) {
          await page.waitForSelector(
            `.zone-main .entry[data-message-id="${message.id}"]:not(.preparing) .message[lang="${lang}"], .zone-main .entry:not(.preparing)[data-message-id="${message.id}"][data-lang="${lang}"]`,
            { timeout: 30_000 },
          );
          await page.waitForSelector('.ticker .ticker-text', { timeout: 10_000 });
          for (const f of await onlyBundledGlyphs(page, `message in ${lang} with the ticker`))
            families.add(f);
        }
        // Each script by its own face (the ticker holds every language at once).
        for (const family of [
          'Noto Sans',
          'Noto Sans Khmer',
          'Noto Sans Lao',
          'Noto Sans Tai Viet',
          'Noto Sans SC',
        ]) {
          const face = new RegExp(`^${family}( [A-Za-z]+)?$`);
          expect(
            [...families].filter((f) => face.test(f) && !/Khmer|Lao|Tai|SC/.test(f.slice(family.length))),
            family,
          ).not.toEqual([]);
        }
        await page.waitForSelector('.zone-main [data-entry-type="clock"]:not(.preparing)', {
          timeout: 15_000,
        });
        await onlyBundledGlyphs(page, 'clock item');

        // The diagnostics corner, with its connection dot, on the technician key.
        await page.keyboard.press('Control+Alt+KeyD');
        await page.waitForSelector('#stage .status:not([hidden])');
        expect(await page.locator('#stage .status').innerText()).not.toMatch(/[●○]/);
        await onlyBundledGlyphs(page, 'diagnostics corner');
        await page.keyboard.press('Control+Alt+KeyD');

        // Identify: the screen's name across the stage.
        const identify = await server.api.post<Command>(`/api/v1/screens/${screen.id}/commands`, {
          type: 'identify',
          seconds: 5,
        });
        expect(identify.body.state, JSON.stringify(identify.body)).toBe('done');
        await page.waitForSelector('[data-identify]');
        await onlyBundledGlyphs(page, 'identify');
        await page.waitForSelector('[data-identify]', { state: 'detached', timeout: 10_000 });

        // The test pattern's labels (screen id, geometry), by command.
        const pattern = await server.api.post<Command>(`/api/v1/screens/${screen.id}/commands`, {
          type: 'test-pattern',
          seconds: 5,
        });
        expect(pattern.body.state, JSON.stringify(pattern.body)).toBe('done');
        await page.waitForSelector('.testpattern');
        await onlyBundledGlyphs(page, 'test pattern');
        await page.waitForSelector('.testpattern', { state: 'detached', timeout: 10_000 });

        // An emergency, Khmer with a title only (drawn over the Vietnamese body), Lao and Tai Viet in full.
        const sent = await server.api.post<Emergency>('/api/v1/emergencies', {
          variants: {
            km: { title: texts['km']!.title },
            vi: { title: 'Cảnh báo lũ quét', body: texts['vi']!.body },
            lo: { title: texts['lo']!.title, body: texts['lo']!.body },
            blt: { title: texts['blt']!.title, body: texts['blt']!.body },
          },
          targets: { screens: [screen.id] },
          ttlMinutes: 5,
        });
        expect(sent.status, JSON.stringify(sent.body)).toBe(201);
        for (const lang of ['vi', 'km', 'lo', 'blt']) {
          await page.waitForSelector(`.override[data-override="emergency"] .message[lang="${lang}"]`, {
            timeout: 12_000,
          });
          await onlyBundledGlyphs(page, `emergency in ${lang}`);
        }
        await server.api.post(`/api/v1/emergencies/${sent.body.id}/clear`);
      } finally {
        await page.close();
      }
    },
  );

  it('with the test pattern opened from its address, before any controller', async () => {
    const page = await open('/player/?testpattern=800x500+100+40&screen=tinh-bien-led', 1280, 720);
    try {
      await page.waitForSelector('.testpattern-geometry');
      await onlyBundledGlyphs(page, 'test pattern from the address, with the diagnostics corner');
      // The walk does see a glyph no bundled font has: the old corner's "●", put back by hand, is reported.
      await page.evaluate(() => {
        document.querySelector('#stage .status')?.prepend('● ');
      });
      await expect
        .poll(async () => foreignGlyphs(await drawnText(page)).join('\n'), { timeout: 10_000 })
        .toMatch(/div\.status "●/);
    } finally {
      await page.close();
    }
  });

  it('on the idle clock of a board with nothing scheduled, and on the night template outside the hours', async () => {
    const idle = await screenOn({}, { kind: 'indoor', width: 960, height: 540 });
    const page = await open(idle.link.playerUrl, 960, 540);
    try {
      await page.waitForSelector(
        '.zone-main .idle:not(.preparing), .zone-main .entry.idle:not(.preparing), #stage .idle',
        {
          timeout: 20_000,
        },
      );
      await onlyBundledGlyphs(page, 'idle clock');
    } finally {
      await page.close();
    }
    // Open for one minute, twelve hours from now: closed all this time, with the night template.
    const closed = await screenOn(
      {
        hours: {
          weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], open: localTime(12), close: localTime(12 + 1 / 60) }],
          outside: 'night',
        },
      },
      { kind: 'led', width: 640, height: 320 },
    );
    const night = await open(closed.link.playerUrl, 640, 320);
    try {
      await night.waitForSelector('.hours-night .hours-time', { timeout: 20_000 });
      await onlyBundledGlyphs(night, 'night template');
    } finally {
      await night.close();
    }
  });

  it('on a 1080×1920 kiosk: the menu, a message, and a message not available in the chosen language', async () => {
    const { gate, link } = await screenOn(
      {},
      { kind: 'kiosk', width: 1080, height: 1920, kioskIdleSeconds: 120 },
    );
    // Only in Vietnamese: shown in the gate's first language, with a note in the traveller's.
    const only = factory.message({
      variants: { vi: { title: 'Thông báo chỉ có tiếng Việt', body: 'Nội dung.' } },
    });
    await new Publisher(server).create('/api/v1/messages', only);
    const message = await publishOn(gate.id!, 'full', [only.id!]);
    const page = await open(link.playerUrl, 1080, 1920);
    try {
      await page.waitForSelector(`.zone-main [data-message-id="${message.id}"]:not(.preparing)`, {
        timeout: 20_000,
      });
      await page.mouse.click(540, 960);
      await page.waitForSelector('.kiosk:not([hidden]) .kiosk-language');
      await onlyBundledGlyphs(page, 'kiosk menu');
      for (const lang of ['km', 'lo', 'blt', 'zh-Hans']) {
        await page.click(`.kiosk-language[data-lang="${lang}"]`);
        await page.waitForSelector(
          `.kiosk[data-lang="${lang}"] .kiosk-message[data-message-id="${message.id}"]`,
        );
        await onlyBundledGlyphs(page, `kiosk menu in ${lang}`);
        await page.click(`.kiosk-message[data-message-id="${message.id}"]`);
        await page.waitForSelector('.kiosk-detail');
        await onlyBundledGlyphs(page, `kiosk message in ${lang}`);
        await page.click('.kiosk-back');
        await page.waitForSelector('.kiosk-detail', { state: 'detached' });
      }
      await page.click('.kiosk-language[data-lang="km"]');
      await page.waitForSelector(`.kiosk[data-lang="km"] .kiosk-message[data-message-id="${message.id}"]`);
      await page.click(`.kiosk-message[data-message-id="${only.id}"]`);
      await page.waitForSelector('.kiosk-detail .kiosk-note');
      await onlyBundledGlyphs(page, 'kiosk message not available in Khmer, with its note');
    } finally {
      await page.close();
    }
  });
});
