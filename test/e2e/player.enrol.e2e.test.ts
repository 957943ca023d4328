// A player opened from a link (/player/?token=gce_…): the link's token leaves the address bar at once, is
// exchanged once for the player's own device token, and the link cannot enrol a second player.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceToken } from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

interface AuditPage {
  items: { action: string; outcome: string; detail: Record<string, unknown> }[];
}

describe('a player enrolled from a link, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const gate = factory.gate({ languages: ['vi', 'en'] });
  const screen = factory.screen(gate.id!, { width: 640, height: 360 });
  const message = factory.message({
    variants: { vi: { title: 'Chào mừng đến cửa khẩu' }, en: { title: 'Welcome to the border gate' } },
  });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await server.api.post('/api/v1/screens', screen)).status).toBe(201);
    const publish = new Publisher(server);
    await publish.create('/api/v1/messages', message);
    const playlist = factory.playlist([message.id!]);
    await publish.create('/api/v1/playlists', playlist);
    await publish.create('/api/v1/schedules', factory.schedule(playlist.id!, { screens: [screen.id!] }));
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('plays from a link used once, keeps playing after a reload, and refuses the link in another browser', async () => {
    const link = await issuePlayerLink(server.api, screen.id!);
    const url = server.url + link.playerUrl;
    const playing = `#stage[data-screen="${screen.id}"] [data-entry-type="message"]:not(.preparing)`;

    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      await page.goto(url);
      // The address bar and the history entry no longer hold the token.
      expect(page.url()).toBe(`${server.url}/player/`);
      await page.waitForSelector(playing, { timeout: 20_000 });
      expect(page.url()).toBe(`${server.url}/player/`);
      // What the player keeps is its own device token, not the link's.
      const stored = await page.evaluate(() => localStorage.getItem('gatecast.token'));
      expect(stored).toMatch(/^gcd_/);

      // A reload (now without any token in the URL) plays from the stored credential.
      await page.reload();
      await page.waitForSelector(playing, { timeout: 20_000 });
      expect(await page.isHidden('.pairing')).toBe(true);
      // A kiosk that starts from the link at every boot: the link it was enrolled with is not tried again.
      await page.goto(url);
      await page.waitForSelector(playing, { timeout: 20_000 });
      expect(await page.isHidden('.pairing')).toBe(true);
      expect(page.url()).toBe(`${server.url}/player/`);
    } finally {
      await context.close();
    }

    // The same link in a fresh browser: refused, with what to do instead, and a pairing code to do it.
    const other = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await other.newPage();
      await page.goto(url);
      const notice = await page.waitForSelector('.pairing-notice', { timeout: 20_000 });
      expect(await notice.getAttribute('data-code')).toBe('enrolment_used');
      expect(await notice.textContent()).toContain(
        'This link was already used: pair the player again or ask for a new link',
      );
      await page.waitForSelector('.pairing-code[data-code]', { timeout: 20_000 });
      expect(page.url()).toBe(`${server.url}/player/`);
      expect(await page.evaluate(() => localStorage.getItem('gatecast.token'))).toBeNull();
      expect(await page.isVisible(playing)).toBe(false);
    } finally {
      await other.close();
    }

    // One device token came of the link, and the audit log has the second use refused.
    const tokens = await server.api.get<{ items: DeviceToken[] }>(`/api/v1/screens/${screen.id}/tokens`);
    expect(tokens.body.items).toHaveLength(1);
    const log = await server.api.get<AuditPage>('/api/v1/audit?action=device.enrolment.exchange&limit=50');
    expect(log.body.items.map((e) => [e.outcome, e.detail.reason ?? null])).toEqual([
      ['denied', 'already used'],
      ['ok', null],
    ]);
  });
});
