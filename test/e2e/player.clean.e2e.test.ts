import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleLoop } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// A public board shows content and nothing else, also through a long outage: at a remote gate the link
// can be down for hours, and a corner saying "offline · websocket error" would stay on the board all that
// time. Two minutes without the controller, looked at several times, must look exactly like the board
// while it was connected.

const width = 640;
const height = 320;

/** The board's pixels (the stage fills the page), as raw RGB. */
async function board(page: Page): Promise<Buffer> {
  const png = await page.screenshot({ clip: { x: 0, y: 0, width, height } });
  return sharp(png).removeAlpha().raw().toBuffer();
}

/** How many pixels differ between two boards, and how many of them lie in the bottom-right corner. */
function difference(a: Buffer, b: Buffer): { pixels: number; corner: number } {
  let pixels = 0;
  let corner = 0;
  for (let i = 0; i < width * height; i++) {
    if (a[i * 3] !== b[i * 3] || a[i * 3 + 1] !== b[i * 3 + 1] || a[i * 3 + 2] !== b[i * 3 + 2]) {
      pixels++;
      const x = i % width;
      const y = Math.floor(i / width);
      if (x >= width / 2 && y >= height - 40) corner++;
    }
  }
  return { pixels, corner };
}

const connected = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { __gatecast: { connected: boolean } }).__gatecast.connected);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a clean public board through a controller outage', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop().catch(() => undefined); // stopped by the test already
  });

  it('shows only its content for two minutes without the controller', { timeout: 200_000 }, async () => {
    const { api } = server;
    const gate = factory.gate({ languages: ['vi'] });
    const screen = factory.screen(gate.id!, { kind: 'led', width, height });
    expect((await api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await api.post('/api/v1/screens', screen)).status).toBe(201);
    // One still message, for longer than the test: every look shows the same item, drawn the same way.
    const message = factory.message({
      variants: { vi: { title: 'Cửa khẩu quốc tế Lệ Thanh', body: 'Mở cửa từ 7:00 đến 17:00 hằng ngày' } },
    });
    const playlist = factory.playlist([], {
      items: [{ type: 'message', messageId: message.id!, duration: 3_600 }],
    });
    await scheduleLoop(server, { messages: [message], playlist }, { screens: [screen.id!] });
    const link = await issuePlayerLink(api, screen.id!);

    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    try {
      await page.goto(server.url + link.playerUrl);
      await page.waitForSelector(`.entry:not(.preparing)[data-message-id="${message.id}"]`, {
        timeout: 20_000,
      });
      await expect.poll(() => connected(page), { timeout: 10_000 }).toBe(true);
      await page.evaluate(() => document.fonts.ready);
      await sleep(1_000); // fonts swapped in and the text fitted
      const online = await board(page);

      await server.stop(); // the controller is gone, and stays gone
      await expect.poll(() => connected(page), { timeout: 10_000 }).toBe(false);
      const lostAt = Date.now();
      // Looked at right away, then over two minutes of reconnection attempts (backoff up to a minute).
      for (const at of [0, 5_000, 20_000, 45_000, 75_000, 100_000, 120_000]) {
        await sleep(Math.max(0, lostAt + at - Date.now()));
        expect(await connected(page)).toBe(false);
        expect(await page.locator('#stage .status').isVisible(), `corner at ${at / 1000} s`).toBe(false);
        expect(await page.locator('body').innerText()).not.toMatch(
          /online|offline|websocket|kết nối|bản phát/i,
        );
        const now = await board(page);
        expect(difference(online, now), `pixels changed at ${at / 1000} s of the outage`).toEqual({
          pixels: 0,
          corner: 0,
        });
      }

      // The comparison does see a corner: a technician's key shows the diagnostics, and the pixels change there.
      await page.keyboard.press('Control+Alt+KeyD');
      await expect.poll(() => page.locator('#stage .status').isVisible()).toBe(true);
      expect(await page.locator('#stage .status').innerText()).toContain('Mất kết nối máy chủ');
      const revealed = difference(online, await board(page));
      expect(revealed.corner).toBeGreaterThan(0);
      expect(revealed.corner).toBe(revealed.pixels);
    } finally {
      await page.close();
    }
  });
});
