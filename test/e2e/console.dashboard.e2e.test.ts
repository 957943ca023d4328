import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../schemas/events.ts';
import type { DeviceTokenCreated, Heartbeat } from '../../schemas/types.ts';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import {
  ADMIN_PASSWORD,
  connectPlayer,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';
import { seriousViolations } from '../support/axe.ts';

async function signIn(page: Page, url: string, username = 'admin', password = ADMIN_PASSWORD): Promise<void> {
  await page.goto(`${url}/console/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Cổng biên giới và màn hình' }).waitFor();
}

const heartbeat = (sentAt: number): Heartbeat =>
  factory.heartbeat({
    sentAt,
    uptimeSeconds: 3_725,
    playerVersion: '0.1.0-kiosk',
    onScreen: { type: 'clock' },
    cache: { bytes: 2_048, assets: 3, missing: 1 },
    clock: { offsetMs: 12, trusted: false },
    display: { width: 1080, height: 1920, devicePixelRatio: 1, stageWidth: 1080, stageHeight: 1920 },
    errors: [{ at: sentAt, message: 'video decode failed: codec not supported' }],
  });

describe('the technicians’ dashboard, screen page and reports in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  // The server's clock starts at the real time (the browser asks for "the last 24 h" by its own clock) and
  // moves forward only when the test says so.
  let now = Date.now();
  const tinhBien = factory.gate({
    name: 'Cửa khẩu Tịnh Biên',
    province: 'An Giang',
    languages: ['vi', 'km'],
  });
  const naMeo = factory.gate({ name: 'Cửa khẩu Na Mèo', province: 'Thanh Hóa', languages: ['vi', 'lo'] });
  const board = factory.screen(tinhBien.id!, { name: 'Bảng LED Tịnh Biên', width: 640, height: 320 });
  const kiosk = factory.screen(naMeo.id!, { name: 'Kiosk Na Mèo', kind: 'kiosk' });
  let device: PlayerSocket;
  let player: Page;

  const beat = async () => {
    const reply = (await device.timeout(5000).emitWithAck('heartbeat', heartbeat(now))) as Ack<unknown>;
    expect(reply.ok).toBe(true);
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer('sqlite', {
        clock: { now: () => now },
        env: { HEARTBEAT_SECONDS: '30', OFFLINE_AFTER_SECONDS: '120' },
      }),
      launchChromium(),
    ]);
    for (const [path, body] of [
      ['/api/v1/gates', tinhBien],
      ['/api/v1/gates', naMeo],
      ['/api/v1/screens', board],
      ['/api/v1/screens', kiosk],
    ] as const)
      expect((await server.api.post(path, body)).status).toBe(201);
    // The kiosk is a socket.io device; the LED board a real player page.
    const kioskToken = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${kiosk.id}/tokens`, {});
    device = connectPlayer(server.url, kioskToken.body.token);
    await nextEvent(device, 'config');
    const boardLink = await issuePlayerLink(server.api, board.id!);
    player = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    await player.goto(server.url + boardLink.playerUrl);
    await beat();
    await server.app.monitor.check();
  });
  afterAll(async () => {
    device.close();
    await browser.close();
    await server.stop();
  });

  it('shows a screen going offline without a reload, with its alert, and the alert can be dismissed', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await signIn(page, server.url);
      await page.getByRole('link', { name: 'Giám sát' }).click();
      await page.getByRole('heading', { name: 'Giám sát màn hình', level: 2 }).waitFor();
      const row = page.locator(`tr[data-screen="${kiosk.id}"]`);
      // Colour and words: the badge says the status in text.
      await expect.poll(() => row.locator('.status').textContent()).toContain('Đang hoạt động');
      expect(await page.locator('table[data-gate="Cửa khẩu Na Mèo"] caption').textContent()).toBe(
        'Cửa khẩu Na Mèo',
      );
      // Marks this document: a reload would lose the mark.
      await page.evaluate(() => {
        (window as unknown as { notReloaded: boolean }).notReloaded = true;
      });

      now += 130_000; // past OFFLINE_AFTER_SECONDS without a heartbeat from the kiosk
      await server.app.monitor.check();

      await expect.poll(() => row.locator('.status').textContent()).toContain('Mất kết nối');
      const alert = page.locator(`[role="log"] li[data-screen="${kiosk.id}"][data-alert="screen.offline"]`);
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Kiosk Na Mèo (Cửa khẩu Na Mèo) mất kết nối');
      expect(await page.locator('[role="log"]').getAttribute('aria-live')).toBe('polite');
      expect(await page.locator('[data-count="offline"]').textContent()).toMatch(/Mất kết nối\s*[12]/);
      expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
        true,
      );

      // Filter by status, then by text.
      await page.locator('select[name="status"]').selectOption('online');
      await row.waitFor({ state: 'detached' });
      await page.locator('select[name="status"]').selectOption('all');
      await page.getByLabel('Tìm màn hình').fill('kiosk');
      await row.waitFor();
      expect(await page.locator(`tr[data-screen="${board.id}"]`).count()).toBe(0);

      await alert.getByRole('button', { name: /^Bỏ qua cảnh báo/ }).click();
      await alert.waitFor({ state: 'detached' });

      // It comes back: online again, and a "back online" alert.
      await beat();
      await server.app.monitor.check();
      await expect.poll(() => row.locator('.status').textContent()).toContain('Đang hoạt động');
      await page.locator(`[role="log"] li[data-screen="${kiosk.id}"][data-alert="screen.online"]`).waitFor();
    } finally {
      await page.close();
    }
  });

  it('shows the last heartbeat, and a screenshot requested on the screen page arrives from the real player', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await signIn(page, server.url);
      await page.goto(`${server.url}/console/#screen/${kiosk.id}`);
      await page.getByRole('heading', { name: 'Màn hình Kiosk Na Mèo', level: 2 }).waitFor();
      await expect.poll(() => page.locator('[data-fact="clock"]').textContent()).toContain('CHƯA tin cậy');
      expect(await page.locator('[data-fact="cache"]').textContent()).toContain('thiếu 1');
      expect(await page.getByText('video decode failed: codec not supported').count()).toBe(1);
      await page.locator('[data-availability="day"]').waitFor();
      expect(await page.locator('.chart canvas').count()).toBe(1);

      await page.goto(`${server.url}/console/#dashboard`);
      await page.getByRole('link', { name: 'Bảng LED Tịnh Biên' }).click();
      await page.getByRole('heading', { name: 'Màn hình Bảng LED Tịnh Biên', level: 2 }).waitFor();
      await page.getByText('Chưa có ảnh chụp.').waitFor();
      await page.getByRole('button', { name: 'Chụp màn hình' }).click();
      await expect
        .poll(() => page.locator('[data-command-result]').textContent(), { timeout: 60_000 })
        .toContain('đã xong');
      const img = page.getByRole('img', { name: /^Ảnh chụp Bảng LED Tịnh Biên lúc/ });
      await img.waitFor();
      // The PNG really loaded: the board's own size, not the window's.
      await expect
        .poll(() =>
          img.evaluate((el) => [
            (el as HTMLImageElement).naturalWidth,
            (el as HTMLImageElement).naturalHeight,
          ]),
        )
        .toEqual([640, 320]);
      expect(await page.locator('figcaption').textContent()).toContain('Chụp lúc');
      expect(await page.locator('tr[data-command-state="done"]').first().textContent()).toContain(
        'Chụp màn hình',
      );
    } finally {
      await page.close();
    }
  });

  it('disables the command buttons, with the reason, for a user who may only look', async () => {
    const password = 'chỉ xem thôi, không sửa 2026';
    const user = {
      username: 'viewer-an-giang',
      displayName: 'Người xem',
      roles: ['viewer'],
      scope: { global: true },
      password,
    };
    expect((await server.api.post('/api/v1/users', user)).status).toBe(201);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await signIn(page, server.url, user.username, password);
      await page.goto(`${server.url}/console/#screen/${board.id}`);
      const reload = page.getByRole('button', { name: 'Tải lại' });
      await reload.waitFor();
      expect(await reload.getAttribute('aria-disabled')).toBe('true');
      expect(await reload.evaluate((el) => el.getAttribute('aria-describedby'))).toBe('commands-reason');
      expect(await page.locator('#commands-reason').textContent()).toContain('Chỉ kỹ thuật viên');
      // Still focusable (so the reason is read out), but Enter does nothing.
      await reload.focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('[data-command-result]').textContent()).toBe('');
    } finally {
      await page.close();
    }
  });

  it('reports plays and availability with CSV and .xlsx links, and the three pages have no serious accessibility violations', async () => {
    // In Vietnam, as the operators are: the period's days are the gates' days.
    const page = await browser.newPage({
      viewport: { width: 1366, height: 768 },
      bypassCSP: true,
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    try {
      await signIn(page, server.url);
      await page.goto(`${server.url}/console/#reports`);
      await page.getByRole('heading', { name: 'Báo cáo phát và khả dụng', level: 2 }).waitFor();
      const availability = page.locator('table[data-report="availability"]');
      await availability.waitFor();
      expect(await availability.textContent()).toContain('Kiosk Na Mèo');
      expect(await page.locator('[data-period]').textContent()).toMatch(
        /^Kỳ báo cáo: \d\d\/\d\d\/\d{4} – \d\d\/\d\d\/\d{4},/,
      );
      const csv = await page.locator('a[data-csv="plays"]').getAttribute('href');
      expect(csv).toMatch(/^\/api\/v1\/reports\/plays\.csv\?from=\d{4}-\d\d-\d\d&until=\d{4}-\d\d-\d\d$/);
      const download = await page.evaluate(async (href) => {
        const res = await fetch(href);
        return [res.status, res.headers.get('content-type')];
      }, csv!);
      expect(download).toEqual([200, 'text/csv; charset=utf-8']);
      const xlsx = await page.locator('a[data-xlsx="plays"]').getAttribute('href');
      expect(xlsx).toBe(csv!.replace('plays.csv', 'plays.xlsx'));
      const workbook = await page.evaluate(async (href) => {
        const res = await fetch(href);
        return [res.status, res.headers.get('content-type')];
      }, xlsx!);
      expect(workbook).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
      // The alert report of the same period, as a file.
      const alerts = await page.locator('a[data-csv="alerts"]').getAttribute('href');
      expect(alerts).toMatch(
        /^\/api\/v1\/alerts\/report\?from=\d{4}-\d\d-\d\d&until=\d{4}-\d\d-\d\d&format=csv$/,
      );
      const alertFile = await page.evaluate(async (href) => {
        const res = await fetch(href);
        return [res.status, res.headers.get('content-type'), (await res.text()).split('\r\n')[0]];
      }, alerts!);
      expect(alertFile[0]).toBe(200);
      expect(alertFile[2]).toContain('Mã cảnh báo');
      // The kiosk was made minutes ago: it is counted from then, not from midnight (a fraction of a percent).
      const kioskRow = availability.locator('tbody tr', { hasText: 'Kiosk Na Mèo' });
      expect(await kioskRow.locator('[data-counted-from]').textContent()).toMatch(
        /^\d\d\/\d\d\/\d{4} \d\d:\d\d$/,
      );
      const share = (await kioskRow.locator('td.num').first().textContent()) ?? '';
      expect(share).toMatch(/^\d+(,\d)?\s?%$/);
      expect(Number(share.replace(/[^\d,]/g, '').replace(',', '.'))).toBeGreaterThanOrEqual(10);
      // The gate filter narrows the links and the tables to one gate.
      await page.locator('select[name="gate"]').selectOption(naMeo.id!);
      await page.getByRole('button', { name: 'Xem báo cáo' }).click();
      await expect
        .poll(() => page.locator('a[data-csv="availability"]').getAttribute('href'))
        .toContain(`gateId=${naMeo.id}`);
      await expect.poll(() => availability.textContent()).not.toContain('Tịnh Biên');
      expect(await seriousViolations(page), 'reports').toEqual([]);

      for (const [hash, heading] of [
        ['dashboard', 'Giám sát màn hình'],
        [`screen/${kiosk.id}`, 'Màn hình Kiosk Na Mèo'],
      ] as const) {
        await page.goto(`${server.url}/console/#${hash}`);
        await page.getByRole('heading', { name: heading, exact: true, level: 2 }).waitFor();
        await page.locator('.chart canvas, table').first().waitFor();
        expect(await seriousViolations(page), hash).toEqual([]);
      }
      // The availability chart's legend names its x values in Vietnamese, dd/MM and 24-hour: never
      // uPlot's own "Time", month-first dates or am/pm.
      const legend = page.locator('.chart .u-legend');
      await legend.waitFor();
      await page.locator('.chart .u-over').hover();
      await expect.poll(() => legend.textContent()).toMatch(/Thời điểm\s*\d\d\/\d\d \d\d:\d\d/);
      expect(await legend.textContent()).not.toMatch(/Time|\b[ap]m\b/i);
      // The kiosk, made minutes ago, is counted from then on its own page too (not 0,1 % of a day).
      const day = (await page.locator('[data-availability="day"]').textContent()) ?? '';
      expect(day).toMatch(/^Khả dụng 24 giờ qua: \d+(,\d)?\s?%$/);
      expect(
        Number(
          day
            .replace(/^.*: /, '')
            .replace(/[^\d,]/g, '')
            .replace(',', '.'),
        ),
      ).toBeGreaterThanOrEqual(10);
    } finally {
      await page.close();
    }
  });
});
