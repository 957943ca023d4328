import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert, AlertSourceWithToken } from '../../schemas/types.ts';
import { launchChromium } from '../support/browser.ts';
import { capText, FLOOD_CHAIN_LAST_SENT, shiftSoSent } from '../support/cap.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// A flood warning from the hydro-meteorological station, as CAP 1.2 in Vietnamese, Khmer and Lao, on a real
// board: it shows on the gate inside its polygon (each language in turn) and not on the gate outside; the
// station's Update changes the text on the board; its Cancel clears it.

/** The emergency layer's block as the board shows it now: its lang, title and body. */
function shown(page: Page) {
  return page.evaluate(() => {
    const block = document.querySelector<HTMLElement>('.override[data-override="emergency"] .message');
    if (!block) return null;
    return {
      lang: block.lang,
      title: block.querySelector('.message-title')?.textContent.normalize('NFC') ?? '',
      body: block.querySelector('.message-body')?.textContent.normalize('NFC') ?? '',
    };
  });
}

/** The <headline> of each language of a CAP document, by its language code's first part. */
function headlines(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const info of xml.split('<info>').slice(1)) {
    const lang = /<language>([a-z]+)/.exec(info)?.[1] ?? '';
    out[lang] = /<headline>([^<]*)<\/headline>/.exec(info)?.[1] ?? '';
  }
  return out;
}

describe('a CAP alert on a board', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('shows each language in turn on the gate inside the polygon only; an Update changes it, a Cancel clears it', async () => {
    const { api } = server;
    const inside = factory.gate({
      name: 'Cửa khẩu Tịnh Biên',
      province: 'An Giang',
      location: { lat: 10.6, lon: 104.95 },
      languages: ['vi', 'km', 'lo'],
    });
    const outside = factory.gate({ name: 'Cửa khẩu Lệ Thanh' });
    const boards = [
      factory.screen(inside.id!, { width: 800, height: 450 }),
      factory.screen(outside.id!, { width: 800, height: 450 }),
    ];
    for (const gate of [inside, outside]) expect((await api.post('/api/v1/gates', gate)).status).toBe(201);
    for (const screen of boards) expect((await api.post('/api/v1/screens', screen)).status).toBe(201);
    const source = await api.post<AlertSourceWithToken>('/api/v1/alert-sources', {
      name: 'Đài KTTV An Giang',
      kind: 'push',
      scope: { global: true },
      immediate: [{ severities: ['Severe', 'Extreme'], urgencies: ['Immediate'] }],
    });
    expect(source.status).toBe(201);
    const shift = shiftSoSent(FLOOD_CHAIN_LAST_SENT, Date.now());
    const send = async (name: string) => {
      const res = await fetch(`${server.url}/api/v1/cap`, {
        method: 'POST',
        headers: { authorization: `Bearer ${source.body.token}`, 'content-type': 'application/cap+xml' },
        body: capText(name, shift),
      });
      expect(res.status).toBe(201);
      return (await res.json()) as Alert;
    };

    const pages: Page[] = [];
    try {
      for (const screen of boards) {
        const link = await issuePlayerLink(api, screen.id!);
        const page = await browser.newPage({ viewport: { width: 800, height: 450 }, deviceScaleFactor: 1 });
        pages.push(page);
        await page.goto(server.url + link.playerUrl);
        await page.waitForSelector(`#stage[data-screen="${screen.id}"]`, { timeout: 20_000 });
        await page.waitForFunction(
          () => (window as unknown as { __gatecast: { connected: boolean } }).__gatecast.connected,
        );
        // Every emergency page the board draws (language and title), from the first one on.
        await page.evaluate(() => {
          const seen: string[] = [];
          (window as unknown as { __pages: string[] }).__pages = seen;
          new MutationObserver(() => {
            const block = document.querySelector<HTMLElement>(
              '.override[data-override="emergency"] .message',
            );
            const title = block?.querySelector('.message-title')?.textContent.normalize('NFC') ?? '';
            const entry = block ? `${block.lang}|${title}` : '';
            if (entry && seen.at(-1) !== entry) seen.push(entry);
          }).observe(document.getElementById('stage')!, { subtree: true, childList: true, attributes: true });
        });
      }
      const [board, elsewhere] = pages as [Page, Page];

      const warning = await send('flood-warning.xml');
      expect(warning.gates.map((g) => [g.gateId, g.outcome])).toEqual([[inside.id, 'active']]);
      const titles = headlines(capText('flood-warning.xml'));
      // Vietnamese first, then Khmer, then Lao, each with its own headline, in the gate's order.
      await board.waitForSelector('.override .message[lang="lo"]', { timeout: 40_000 });
      const pagesSeen = await board.evaluate(() => (window as unknown as { __pages: string[] }).__pages);
      expect(pagesSeen.slice(0, 3)).toEqual([`vi|${titles.vi}`, `km|${titles.km}`, `lo|${titles.lo}`]);
      // The board outside the polygon never showed it.
      expect(await elsewhere.evaluate(() => (window as unknown as { __pages: string[] }).__pages)).toEqual(
        [],
      );
      expect(await elsewhere.locator('.override[data-override="emergency"]').count()).toBe(0);

      // The Update: the board shows its text (the Vietnamese headline changed).
      const newTitles = headlines(capText('flood-update.xml'));
      expect(newTitles.vi).not.toBe(titles.vi);
      await send('flood-update.xml');
      await board.waitForFunction(
        (title) =>
          [...document.querySelectorAll('.override .message .message-title')].some(
            (el) => el.textContent.normalize('NFC') === title,
          ),
        newTitles.vi,
        { timeout: 40_000 },
      );
      const now = await shown(board);
      if (now?.lang === 'vi') expect(now.body).toContain('0,8–1,1 m');
      expect(
        await board.evaluate(
          (old) =>
            [...document.querySelectorAll('.override .message .message-title')].some(
              (el) => el.textContent.normalize('NFC') === old,
            ),
          titles.vi,
        ),
      ).toBe(false);

      // The Cancel: the board goes back to its schedule.
      await send('flood-cancel.xml');
      await board.waitForSelector('.override[data-override="emergency"]', {
        state: 'detached',
        timeout: 20_000,
      });
      expect(await shown(board)).toBeNull();
    } finally {
      for (const page of pages) await page.close();
    }
  });
});
