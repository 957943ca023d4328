import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command, Play, Screenshot } from '../../schemas/types.ts';
import { startApp, type App } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { Publisher } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_TOKEN, Api, startTestServer, type TestServer } from '../support/server.ts';

/** The player's proof-of-play diagnostics (player/src/heartbeat.reporting.ts). */
type Diag = Window & {
  __gatecastPlays: { made: readonly string[]; pending(): Promise<number>; drain(): Promise<void> };
};

/** The controller again, on the same data directory and port (players come back to the same origin). */
function restart(server: TestServer, port: number): Promise<App> {
  const config = loadConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: server.dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SEED_DEMO: '0',
    ADMIN_TOKEN,
    VALIDATE_RESPONSES: '1',
  });
  return startApp(config, { jobs: false });
}

async function allPlays(api: Api, screenId: string): Promise<Play[]> {
  const res = await api.get<{ items: Play[] }>(`/api/v1/screens/${screenId}/plays?limit=5000`);
  return res.body.items;
}

describe('player reporting in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let restarted: App | undefined;
  const gate = factory.gate();
  const screen = factory.screen(gate.id!, { width: 640, height: 320, offsetX: 32, offsetY: 16 });
  const messages = [
    factory.message({ variants: { vi: { title: 'Chào mừng quý khách' } } }),
    factory.message({ variants: { vi: { title: 'Cửa khẩu mở cửa 7:00–17:00' } } }),
  ];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    const { api } = server;
    expect((await api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await api.post('/api/v1/screens', screen)).status).toBe(201);
    const publish = new Publisher(server);
    for (const m of messages) await publish.create('/api/v1/messages', m);
    const playlist = factory.playlist(
      messages.map((m) => m.id!),
      { items: messages.map((m) => ({ type: 'message' as const, messageId: m.id!, duration: 1 })) },
    );
    await publish.create('/api/v1/playlists', playlist);
    await publish.create('/api/v1/schedules', factory.schedule(playlist.id!, { screens: [screen.id!] }));
    const link = await issuePlayerLink(api, screen.id!);
    page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    await page.goto(server.url + link.playerUrl);
    await page.waitForSelector('[data-entry-type="message"]', { timeout: 20_000 });
  });
  afterAll(async () => {
    await page.close();
    await browser.close();
    await restarted?.close();
    await server.stop();
  });

  it('sends a screenshot of exactly the stage, taken by the real player, on request', async () => {
    const res = await server.api.post<Command>(`/api/v1/screens/${screen.id}/commands`, {
      type: 'screenshot',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.state, JSON.stringify(res.body)).toBe('done');
    const shot = (res.body.result as { screenshot: Screenshot }).screenshot;
    expect([shot.width, shot.height]).toEqual([640, 320]);
    const png = Buffer.from(
      await (
        await fetch(server.url + shot.imageUrl, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
      ).arrayBuffer(),
    );
    // The PNG's own header says 640×320: the board's pixels, not the window's.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([640, 320]);
    // Not an empty picture: the message's text left more than one colour in it.
    const { default: sharp } = await import('sharp');
    const stats = await sharp(png).stats();
    expect(stats.channels.some((c) => c.max - c.min > 50)).toBe(true);
  });

  it('keeps playing while the controller is down, and delivers what it played, once, when it is back', async () => {
    const port = new URL(server.url).port;
    // Everything played so far has reached the controller.
    await page.evaluate(() => (window as unknown as Diag).__gatecastPlays.drain());
    await expect
      .poll(() => page.evaluate(() => (window as unknown as Diag).__gatecastPlays.pending()), {
        timeout: 20_000,
      })
      .toBe(0);
    const madeBefore = await page.evaluate(() => (window as unknown as Diag).__gatecastPlays.made.length);

    await server.app.close();
    // The board keeps rotating its two messages from its cache: a dozen more items while the controller is gone.
    await page.waitForFunction(
      (n) => (window as unknown as Diag).__gatecastPlays.made.length >= n + 12,
      madeBefore,
      {
        timeout: 60_000,
      },
    );
    expect(
      await page.evaluate(() => (window as unknown as Diag).__gatecastPlays.pending()),
    ).toBeGreaterThanOrEqual(12);

    restarted = await restart(server, Number(port));
    const api = new Api(restarted.url, ADMIN_TOKEN);
    // Everything the player recorded (up to now) arrives: its queue empties only on the controller's acks.
    const made = await page.evaluate(() => [...(window as unknown as Diag).__gatecastPlays.made]);
    await expect
      .poll(
        async () => {
          const stored = new Set((await allPlays(api, screen.id!)).map((p) => p.id));
          return made.filter((id) => !stored.has(id)).length;
        },
        { timeout: 90_000, interval: 1000 },
      )
      .toBe(0);

    const plays = await allPlays(api, screen.id!);
    // No record twice, and no two records covering the same moment (a duplicate under another id).
    expect(new Set(plays.map((p) => p.id)).size).toBe(plays.length);
    const sorted = plays
      .map((p) => [Date.parse(p.start), Date.parse(p.end)] as const)
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]![0]).toBeGreaterThanOrEqual(sorted[i - 1]![1] - 5);
    // They name the messages that rotated, in Vietnamese.
    expect(new Set(plays.map((p) => p.messageId))).toEqual(new Set(messages.map((m) => m.id)));
    expect(plays.every((p) => p.lang === 'vi' && p.durationMs > 0)).toBe(true);
  }, 240_000);
});
