import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GateCalendar, GateCalendarRecord } from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_TOKEN, Api, startTestServer, type TestServer } from '../support/server.ts';

// The gate status on a board: the controller writes the gate's opening-hours message from the calendar an
// approver approved, and the player works out "open — closes at 22:00" from that calendar on its own
// synced clock, turning it into "closed — reopens at 7:00 tomorrow" at 22:00 sharp, also offline.
// The controller's clock is injected: the board's clock follows it (time sync), so 22:00 comes in seconds.

/** 7 Dec 2026 (a Monday) at hh:mm:ss in Lệ Thanh (UTC+7, no DST). */
const at7 = (h: number, mi: number, s = 0) => Date.UTC(2026, 11, 7, h - 7, mi, s);
const password = 'trạng thái cửa khẩu 2026';

describe('the gate status on the board, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let board: Page;
  /** The controller's clock runs at the wall clock's pace from wherever `shift` puts it. */
  let shift = at7(12, 0) - Date.now();
  const clock = { now: () => Date.now() + shift };
  const gate = factory.gate({
    name: 'Cửa khẩu Lệ Thanh',
    province: 'Gia Lai',
    borderCountry: 'KH',
    timeZone: 'Asia/Ho_Chi_Minh',
    languages: ['vi', 'km'],
    digits: 'native',
  });
  const screen = factory.screen(gate.id!, { name: 'Bảng LED cổng', width: 1280, height: 360 });
  const daily: GateCalendar = {
    weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '07:00', close: '22:00' }] },
  };
  let messageId = '';

  /** The first line of the opening-hours message in a language, as the board shows it now. */
  const status = (lang: string) =>
    board.evaluate(
      ([id, l]) =>
        document
          .querySelector(
            `.entry:not(.preparing)[data-message-id="${id}"] .message[data-lang="${l}"] .message-body`,
          )
          ?.textContent.split('\n')[0] ?? '',
      [messageId, lang] as const,
    );

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite', { clock }), launchChromium()]);
    const { api } = server;
    expect((await api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await api.post('/api/v1/screens', screen)).status).toBe(201);
    const admin = new Api(server.url, ADMIN_TOKEN);
    const scope = { provinces: ['Gia Lai'] };
    const editor = await admin.newUser('bien-tap', ['editor'], scope, password);
    const approver = await admin.newUser('phe-duyet', ['approver'], scope, password);
    const path = `/api/v1/gates/${gate.id}/calendar`;
    expect((await editor.put(path, daily)).status).toBe(200);
    const approved = await approver.post<GateCalendarRecord>(`${path}/approve`, {});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    messageId = approved.body.messageId!;
    expect(messageId).toBeTruthy();
    // The generated message goes into a playlist like any other (it is approved with the calendar).
    const playlist = factory.playlist([messageId], {
      gateId: gate.id!,
      items: [{ type: 'message', messageId, duration: 419, languages: 'side-by-side' }],
    });
    const publish = new Publisher(server);
    await publish.create('/api/v1/playlists', playlist);
    await publish.create('/api/v1/schedules', factory.schedule(playlist.id!, { screens: [screen.id!] }));
    const link = await issuePlayerLink(api, screen.id!);
    // Three quarters of a minute before closing time when the board connects (and takes the controller's time).
    shift = at7(21, 59, 15) - Date.now();
    board = await browser.newPage({ viewport: { width: 1280, height: 360 }, deviceScaleFactor: 1 });
    await board.goto(server.url + link.playerUrl);
  });
  afterAll(async () => {
    await board.close();
    await browser.close();
    await server.stop();
  });

  it('says open until 22:00, and closed until 7:00 tomorrow from 22:00 on, in Vietnamese and Khmer', async () => {
    await expect.poll(() => status('vi'), { timeout: 40_000 }).toBe('Đang mở cửa — đóng lúc 22:00');
    expect(await status('km')).toBe('កំពុងបើក — បិទនៅម៉ោង ២២:០០');
    // The weekly hours the controller wrote under it, in the gate's digits.
    const body = await board
      .locator(`[data-message-id="${messageId}"] .message[data-lang="km"] .message-body`)
      .textContent();
    expect(body).toContain('៧:០០–២២:០០');
    // The controller goes away: the board flips on its own clock.
    await server.stop();
    expect(clock.now()).toBeLessThan(at7(22, 0));
    await expect
      .poll(() => status('vi'), { timeout: 75_000, interval: 250 })
      .toBe('Đã đóng cửa — mở lại 7:00 ngày mai');
    expect(await status('km')).toBe('បានបិទ — បើកវិញនៅម៉ោង ៧:០០ ថ្ងៃស្អែក');
    // At 22:00 on the board's clock (the controller's, as synced): not before, and not at the end of the
    // seven-minute item either — the player wakes for the flip.
    const boardNow = (await board.evaluate(() => Date.now())) + shift;
    expect(boardNow).toBeGreaterThanOrEqual(at7(22, 0) - 1_500);
    expect(boardNow).toBeLessThan(at7(22, 0) + 3_000);
  }, 150_000);
});
