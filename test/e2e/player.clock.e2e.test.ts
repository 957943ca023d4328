import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolmentCreated } from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// Two boards of one gate; the wall clock of one of them jumps 7 s ahead (NTP stepping it, a technician, an
// RTC catching up). Its playback must not jump with it: the neighbours stay within 50 ms of each other.

declare global {
  interface Window {
    /** Installed by the init script below: moves Date.now() (the wall clock) only, never performance.now(). */
    __stepWallClock?: (ms: number) => void;
    __changes?: { t: number; item: string }[];
  }
}

/**
 * How far the board's playback clock is from true time, in ms: the player's corrected time (Date.now() +
 * the offset it publishes in window.__gatecast) minus the real time (performance.timeOrigin +
 * performance.now(), which the step does not move). Two boards in step have the same error.
 */
const playbackError = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const { offset } = (window as unknown as { __gatecast: { offset: number } }).__gatecast;
    return Date.now() + offset - (performance.timeOrigin + performance.now());
  });

/** Records, in the page, each change of the item on the stage and the true instant it happened. */
async function recordChanges(page: Page): Promise<void> {
  await page.evaluate(() => {
    const changes: { t: number; item: string }[] = [];
    window.__changes = changes;
    const stage = document.getElementById('stage');
    if (!stage) throw new Error('no #stage');
    let last: Element | null = null;
    new MutationObserver(() => {
      const visible = stage.querySelector('.entry:not(.preparing)[data-entry-type="message"]');
      if (!visible || visible === last) return;
      last = visible;
      const d = (visible as HTMLElement).dataset;
      changes.push({ t: performance.timeOrigin + performance.now(), item: `${d['messageId']}:${d['lang']}` });
    }).observe(stage, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('two boards of a gate across a wall-clock step', () => {
  let server: TestServer;
  let browser: Browser;
  const pages: Page[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
  });
  afterAll(async () => {
    for (const page of pages) await page.close();
    await browser.close();
    await server.stop();
  });

  it('stays within 50 ms of its neighbour after its clock jumps 7 s, and resyncs at once', async () => {
    const { api } = server;
    const gate = factory.gate({ languages: ['vi', 'en'] });
    expect((await api.post('/api/v1/gates', gate)).status).toBe(201);
    const links: EnrolmentCreated[] = [];
    const publish = new Publisher(server);
    // Four 1-second items: a board 7 s off would show another item (7 mod 4 = 3 s) at every moment.
    const items = [];
    for (const title of ['Một', 'Hai']) {
      const message = factory.message({
        variants: { vi: { title: `${title} (vi)` }, en: { title: `${title} (en)` } },
      });
      await publish.create('/api/v1/messages', message);
      items.push({ type: 'message' as const, messageId: message.id!, duration: 1 });
    }
    const playlist = factory.playlist([], { items });
    await publish.create('/api/v1/playlists', playlist);
    for (let i = 0; i < 2; i++) {
      const screen = factory.screen(gate.id!, { width: 480, height: 270 });
      expect((await api.post('/api/v1/screens', screen)).status).toBe(201);
      links.push(await issuePlayerLink(api, screen.id!));
    }
    await publish.create('/api/v1/schedules', factory.schedule(playlist.id!, { gates: [gate.id!] }));

    // Time sync requests the stepped board sends (socket.io frames 42<id>["time:sync",…]), seen through CDP.
    const syncs: number[] = [];
    let cdp: CDPSession | undefined;
    for (const [i, link] of links.entries()) {
      const page = await browser.newPage({ viewport: { width: 480, height: 270 }, deviceScaleFactor: 1 });
      pages.push(page);
      if (i === 0) {
        // The stepped board: Date.now() (what the player's clock and time:sync read) can be moved from the test.
        await page.addInitScript(() => {
          const wall = Date.now.bind(Date);
          let shift = 0;
          Date.now = () => wall() + shift;
          window.__stepWallClock = (ms: number) => {
            shift += ms;
          };
        });
        cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.enable');
        cdp.on('Network.webSocketFrameSent', (event) => {
          if (event.response.payloadData.includes('"time:sync"')) syncs.push(Date.now());
        });
      }
      await page.goto(server.url + link.playerUrl);
      await page.waitForSelector('.entry:not(.preparing)[data-entry-type="message"]', { timeout: 20_000 });
    }
    const [stepped, neighbour] = pages as [Page, Page];
    // Both measured against the controller, and in step, before the step.
    await expect
      .poll(async () => Math.abs((await playbackError(stepped)) - (await playbackError(neighbour))), {
        timeout: 15_000,
      })
      .toBeLessThanOrEqual(50);

    await Promise.all(pages.map(recordChanges));
    const stepAt = Date.now();
    await stepped.evaluate(() => window.__stepWallClock?.(7_000));
    // The wall clock did jump on that page...
    expect(
      await stepped.evaluate(() => Date.now() - (performance.timeOrigin + performance.now())),
    ).toBeGreaterThan(6_900);

    // ...and within 5 s (at every look, in fact) both boards play at the same position, within 50 ms.
    const gaps: number[] = [];
    while (Date.now() - stepAt < 5_000) {
      gaps.push(Math.abs((await playbackError(stepped)) - (await playbackError(neighbour))));
      await sleep(250);
    }
    expect(gaps.at(-1), `gaps between the boards: ${gaps.join(', ')}`).toBeLessThanOrEqual(50);
    expect(Math.max(...gaps.slice(-4)), gaps.join(', ')).toBeLessThanOrEqual(50);
    // The step sent the board to the controller for a fresh measurement at once, not in 5 minutes.
    expect(syncs.filter((t) => t >= stepAt && t - stepAt < 3_000).length).toBeGreaterThan(0);

    // What a traveller sees: each item change on one board happens on the other too, at the same moment.
    await sleep(1_500);
    const [a, b] = await Promise.all(pages.map((page) => page.evaluate(() => window.__changes ?? [])));
    const deltas = (a ?? []).slice(1).map((change) => {
      const same = (b ?? []).filter((c) => c.item === change.item).map((c) => Math.abs(c.t - change.t));
      return Math.min(...same);
    });
    expect(deltas.length).toBeGreaterThanOrEqual(4);
    // Each board draws (fits the text of) its item on its own: 100 ms covers the drawing, not a clock gap.
    for (const delta of deltas) expect(delta, deltas.join(', ')).toBeLessThan(100);
    await cdp?.detach();
  });
});
