import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emergency } from '../../schemas/types.ts';
import { fontsUsedFor, launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// An emergency whose Khmer variant has only a title, written first: the board must open on the gate's
// first language (Vietnamese) with its full text, and show the Khmer title over the Vietnamese body.

const vi = {
  title: 'Tạm đóng cửa khẩu',
  body: 'Cửa khẩu tạm dừng xuất nhập cảnh do lũ quét. Xin quý khách chờ thông báo mới.',
};
const km = { title: 'បិទច្រកទ្វារជាបណ្ដោះអាសន្ន' };

/** What the emergency layer shows: the block's lang, its title, its body and the body's own lang. */
function shown(page: Page) {
  return page.evaluate(() => {
    const block = document.querySelector<HTMLElement>('.override[data-override="emergency"] .message');
    if (!block) return null;
    const body = block.querySelector<HTMLElement>('.message-body');
    return {
      lang: block.lang,
      title: block.querySelector('.message-title')?.textContent.normalize('NFC') ?? '',
      body: body ? body.textContent.normalize('NFC') : null,
      bodyLang: body?.closest<HTMLElement>('[lang]')?.lang ?? null,
    };
  });
}

describe('emergency language order on the board', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('opens a title-only Khmer emergency on Vietnamese with its body, then shows Khmer over that body', async () => {
    const { api } = server;
    const gate = factory.gate({ languages: ['vi', 'km', 'en'], emergencyPolicy: 'single-approver' });
    const screen = factory.screen(gate.id!, { width: 800, height: 450 });
    expect((await api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await api.post('/api/v1/screens', screen)).status).toBe(201);
    const link = await issuePlayerLink(api, screen.id!);
    const page = await browser.newPage({ viewport: { width: 800, height: 450 }, deviceScaleFactor: 1 });
    try {
      await page.goto(server.url + link.playerUrl);
      await page.waitForSelector(`#stage[data-screen="${screen.id}"]`, { timeout: 20_000 });
      await page.waitForFunction(
        () => (window as unknown as { __gatecast: { connected: boolean } }).__gatecast.connected,
      );
      // Every page of the emergency layer the board draws, from the first one on.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { __pages: string[] }).__pages = seen;
        new MutationObserver(() => {
          const block = document.querySelector<HTMLElement>('.override[data-override="emergency"] .message');
          if (block && seen.at(-1) !== block.lang) seen.push(block.lang);
        }).observe(document.getElementById('stage')!, { subtree: true, childList: true, attributes: true });
      });

      // Khmer first in the message as sent, with a title only.
      const sent = await api.post<Emergency>('/api/v1/emergencies', {
        variants: { km, vi, en: { title: 'Gate temporarily closed' } },
        targets: { screens: [screen.id] },
        ttlMinutes: 10,
      });
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
      await page.waitForSelector('.override[data-override="emergency"] .message', { timeout: 10_000 });
      expect(await page.evaluate(() => (window as unknown as { __pages: string[] }).__pages[0])).toBe('vi');
      expect(await shown(page)).toEqual({ lang: 'vi', title: vi.title, body: vi.body, bodyLang: 'vi' });

      // Next, Khmer: its own title, and the Vietnamese body under it — marked Vietnamese, in Noto Sans.
      await page.waitForSelector('.override .message[lang="km"]', { timeout: 12_000 });
      expect(await shown(page)).toEqual({ lang: 'km', title: km.title, body: vi.body, bodyLang: 'vi' });
      const titleFonts = (await fontsUsedFor(page, '.override .message[lang="km"] .message-title')).filter(
        (f) => f.glyphCount > 0,
      );
      expect(titleFonts.map((f) => f.familyName)).toContain('Noto Sans Khmer');
      const bodyFonts = (await fontsUsedFor(page, '.override .message[lang="km"] .message-body')).filter(
        (f) => f.glyphCount > 0,
      );
      expect(bodyFonts.every((f) => f.isCustomFont && /^Noto Sans( Bold)?$/.test(f.familyName))).toBe(true);

      // English, next in the gate's order, with the same body; the rotation began on Vietnamese.
      await page.waitForSelector('.override .message[lang="en"]', { timeout: 12_000 });
      expect((await shown(page))?.body).toBe(vi.body);
      expect(await page.evaluate(() => (window as unknown as { __pages: string[] }).__pages)).toEqual([
        'vi',
        'km',
        'en',
      ]);
      await api.post(`/api/v1/emergencies/${sent.body.id}/clear`);
      await page.waitForSelector('.override', { state: 'hidden' });
    } finally {
      await page.close();
    }
  });
});
