import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Blackout, Emergency } from '../../schemas/types.ts';
import { fontsUsedFor, launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const khmer = 'ការព្រមានទឹកជំនន់ សូមផ្លាស់ទីទៅកន្លែងខ្ពស់';
const vietnamese = 'Cảnh báo lũ quét: tạm dừng xuất nhập cảnh';

/** What is drawn at the centre of the stage: the emergency's language, "blackout", or the schedule. */
function centre(page: Page, screenId: string): Promise<string> {
  return page.evaluate((id) => {
    const stage = document.querySelector(`[data-screen="${id}"]`);
    if (!stage) return 'no stage';
    const box = stage.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    const layer = hit?.closest('.override');
    if (!layer) return 'schedule';
    if (layer.getAttribute('data-override') === 'blackout') return 'blackout';
    return hit?.closest('.message')?.getAttribute('lang') ?? 'override';
  }, screenId);
}

describe('emergencies and blackouts in Chromium', () => {
  let now = Date.now();
  const clock = { now: () => now };
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    // The controller's clock is injectable; the player corrects its own to it (time:sync).
    [server, browser] = await Promise.all([startTestServer('sqlite', { clock }), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('takes the screen over at once in every language, then gives it back; a blackout shows black', async () => {
    const { api } = server;
    const gate = factory.gate({ emergencyPolicy: 'single-approver' });
    const screen = factory.screen(gate.id!, { width: 800, height: 500 });
    await api.post('/api/v1/gates', gate);
    await api.post('/api/v1/screens', screen);
    const link = await issuePlayerLink(api, screen.id!);

    const page = await browser.newPage({ viewport: { width: 1024, height: 640 }, deviceScaleFactor: 1 });
    try {
      await page.goto(server.url + link.playerUrl);
      await page.waitForSelector(`[data-screen="${screen.id}"]`);
      expect(await centre(page, screen.id!)).toBe('schedule');

      const sent = await api.post<Emergency>('/api/v1/emergencies', {
        variants: { km: { title: khmer }, vi: { title: vietnamese } },
        targets: { screens: [screen.id] },
        ttlMinutes: 10,
      });
      expect(sent.status).toBe(201);
      const block = await page.waitForSelector('.override[data-override="emergency"] .message');
      const lang = await block.getAttribute('lang');
      expect(['km', 'vi']).toContain(lang);
      expect((await block.textContent())?.normalize('NFC')).toContain(lang === 'km' ? khmer : vietnamese);
      expect(await centre(page, screen.id!)).toBe(lang);
      // Both languages come round, each drawn by its bundled font.
      const other = lang === 'km' ? 'vi' : 'km';
      await page.waitForSelector(`.override .message[lang="${other}"]`, { timeout: 12_000 });
      const khmerBlock = '.override .message[lang="km"]';
      if (other !== 'km') await page.waitForSelector(khmerBlock, { timeout: 12_000 });
      const fonts = (await fontsUsedFor(page, khmerBlock)).filter((f) => f.glyphCount > 0);
      expect(fonts.some((f) => f.isCustomFont && f.familyName.startsWith('Noto Sans Khmer'))).toBe(true);
      // The console sees the screen's acknowledgement.
      const watched = await api.get<Emergency>(`/api/v1/emergencies/${sent.body.id}`);
      expect(watched.body.acks?.map((a) => a.screenId)).toEqual([screen.id]);

      await api.post(`/api/v1/emergencies/${sent.body.id}/clear`);
      await page.waitForSelector('.override', { state: 'hidden' });
      expect(await centre(page, screen.id!)).toBe('schedule');

      const dark = await api.post<Blackout>('/api/v1/blackouts', {
        targets: { gates: [gate.id] },
        reason: 'Kiểm tra an ninh',
      });
      await page.waitForSelector('.override[data-override="blackout"]');
      expect(await centre(page, screen.id!)).toBe('blackout');
      const shot = await page.screenshot({ clip: { x: 0, y: 0, width: 800, height: 500 } });
      const sharp = (await import('sharp')).default;
      const { channels } = await sharp(shot).stats();
      expect(channels.slice(0, 3).map((c) => c.max)).toEqual([0, 0, 0]);
      // A reload keeps the board black even before the controller answers.
      await page.reload();
      await page.waitForSelector('.override[data-override="blackout"]');

      await api.post(`/api/v1/blackouts/${dark.body.id}/lift`);
      await page.waitForSelector('.override', { state: 'hidden' });

      // An emergency leaves by itself when its TTL runs out: the controller's expiry job tells the player.
      const brief = await api.post<Emergency>('/api/v1/emergencies', {
        variants: { vi: { title: 'Thông báo ngắn' } },
        targets: { screens: [screen.id] },
        ttlMinutes: 1,
      });
      await page.waitForSelector('.override[data-override="emergency"] .message[lang="vi"]');
      now += 61_000;
      expect(await server.app.emergencies.expireDue()).toBe(1);
      await page.waitForSelector('.override', { state: 'hidden' });
      const gone = await api.get<Emergency>(`/api/v1/emergencies/${brief.body.id}`);
      expect(gone.body.state).toBe('expired');
    } finally {
      await page.close();
    }
  });
});
