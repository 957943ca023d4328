import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const EDITOR = { username: 'bien.tap', password: 'biên tập viên An Giang 2026' };
const APPROVER = { username: 'phe.duyet', password: 'người phê duyệt An Giang 2026' };
const HANOI_OFFSET_MS = 7 * 3_600_000;

/**
 * The next weekday 07:30 in Asia/Ho_Chi_Minh that is still ahead of now: the test's server runs at that
 * instant (and the player corrects its clock to the server's), so the weekday 06:00–09:00 slot is on air.
 * It lies ahead, never behind, so cookies and tokens the server dates are not already expired for Chromium.
 */
function nextWeekdayMorning(now: number): number {
  const local = new Date(now + HANOI_OFFSET_MS);
  for (let day = 0; day < 8; day++) {
    const at =
      Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + day, 7, 30) -
      HANOI_OFFSET_MS;
    const weekday = new Date(at + HANOI_OFFSET_MS).getUTCDay();
    if (at > now && weekday >= 1 && weekday <= 5) return at;
  }
  throw new Error('unreachable: a weekday morning lies within eight days');
}

async function signIn(page: Page, url: string, who: { username: string; password: string }) {
  await page.goto(`${url}/console/`);
  await page.getByLabel('Tên đăng nhập').fill(who.username);
  await page.getByLabel('Mật khẩu').fill(who.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
}

async function statusText(page: Page): Promise<string> {
  return (await page.locator('.editor [role="status"]').first().textContent()) ?? '';
}

describe('an operator publishes to Tịnh Biên through the console', () => {
  let server: TestServer;
  let browser: Browser;
  const skew = nextWeekdayMorning(Date.now()) - Date.now();
  const tinhBien = factory.gate({
    name: 'Cửa khẩu Tịnh Biên',
    province: 'An Giang',
    borderRegion: 'Takéo',
    location: { lat: 10.55, lon: 104.95 },
    languages: ['vi', 'km', 'en', 'zh-Hans'],
  });
  // The big board rotates three of the gate's languages; the editor's check uses the board's own list.
  const board = factory.screen(tinhBien.id!, {
    name: 'Bảng LED Tịnh Biên',
    kind: 'indoor',
    width: 1280,
    height: 720,
    languages: ['vi', 'km', 'en'],
  });

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer('sqlite', { clock: { now: () => Date.now() + skew } }),
      launchChromium(),
    ]);
    expect((await server.api.post('/api/v1/gates', tinhBien)).status).toBe(201);
    expect((await server.api.post('/api/v1/screens', board)).status).toBe(201);
    for (const [who, roles, displayName] of [
      [EDITOR, ['editor'], 'Biên tập viên An Giang'],
      [APPROVER, ['approver'], 'Người phê duyệt An Giang'],
    ] as const) {
      const made = await server.api.post('/api/v1/users', {
        username: who.username,
        password: who.password,
        displayName,
        roles,
        scope: { provinces: ['An Giang'] },
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
    }
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('an editor writes, loops and schedules a message, an approver approves it, and the board shows it', async () => {
    const editor = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const approver = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const link = await issuePlayerLink(server.api, board.id!);
    const player = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await signIn(editor, server.url, EDITOR);
      expect(await editor.evaluate(() => document.documentElement.lang)).toBe('vi');

      // The message, in Vietnamese, Khmer and English side by side.
      await editor.getByRole('link', { name: 'Thông điệp' }).click();
      await editor.getByRole('button', { name: 'Thông điệp mới' }).click();
      await editor.getByLabel('Tên thông điệp').fill('Giờ làm việc Tịnh Biên');
      await editor.getByLabel('Cổng').selectOption({ label: 'Cửa khẩu Tịnh Biên' });
      await editor.getByLabel('Tiêu đề (vi)').fill('Cửa khẩu làm việc từ 6:00 đến 22:00');
      await editor.getByLabel('Tiêu đề (km)').fill('ច្រកទ្វារបើកពីម៉ោង ៦:០០ ដល់ ២២:០០');
      await editor.getByLabel('Tiêu đề (en)').fill('The gate is open 06:00–22:00');
      await editor.locator('[data-check="languages"] .success').waitFor();
      await editor.getByRole('button', { name: 'Gửi phê duyệt' }).click();
      await expect.poll(() => statusText(editor)).toContain('Đã gửi phê duyệt');

      // The loop.
      await editor.getByRole('link', { name: 'Danh sách phát' }).click();
      await editor.getByRole('button', { name: 'Danh sách phát mới' }).click();
      await editor.getByLabel('Tên danh sách phát').fill('Vòng buổi sáng Tịnh Biên');
      await editor.getByLabel('Cổng').selectOption({ label: 'Cửa khẩu Tịnh Biên' });
      await editor.getByRole('button', { name: 'Thêm Giờ làm việc Tịnh Biên vào danh sách' }).click();
      await editor.getByLabel('Thời lượng của Giờ làm việc Tịnh Biên (giây)').fill('5');
      await editor.getByRole('button', { name: 'Gửi phê duyệt' }).click();
      await expect.poll(() => statusText(editor)).toContain('Đã gửi phê duyệt');

      // Weekday mornings, from boxes and two times; the cron the compiler evaluates is shown for experts.
      await editor.getByRole('link', { name: 'Lịch phát' }).click();
      await editor.getByRole('button', { name: 'Lịch phát mới' }).click();
      await editor.getByLabel('Tên lịch phát').fill('Sáng các ngày làm việc');
      await editor.getByLabel('Danh sách phát').selectOption({ label: 'Vòng buổi sáng Tịnh Biên' });
      await editor.getByRole('checkbox', { name: 'Cửa khẩu Tịnh Biên', exact: true }).check();
      for (const day of ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu'])
        expect(await editor.getByRole('checkbox', { name: day, exact: true }).isChecked()).toBe(true);
      for (const day of ['Thứ Bảy', 'Chủ Nhật'])
        expect(await editor.getByRole('checkbox', { name: day, exact: true }).isChecked()).toBe(false);
      await editor.getByLabel('Giờ bắt đầu').fill('06:00');
      await editor.getByLabel('Giờ kết thúc').fill('09:00');
      expect(await editor.locator('[data-cron]').textContent()).toBe('0 6 * * 1-5');
      await editor.getByRole('button', { name: 'Lưu và gửi phê duyệt' }).click();
      await expect.poll(() => statusText(editor)).toContain('Đã gửi phê duyệt');

      // Nothing is on the board before a second person approves.
      await player.goto(new URL(link.playerUrl, server.url).href);
      await player.waitForSelector(`[data-screen="${board.id}"]`);
      expect(await player.locator('[data-entry-type="message"]').count()).toBe(0);

      // The approver works through the queue in the console: message, playlist, schedule.
      await signIn(approver, server.url, APPROVER);
      await approver.getByRole('link', { name: 'Phê duyệt' }).click();
      for (const name of ['Giờ làm việc Tịnh Biên', 'Vòng buổi sáng Tịnh Biên', 'Sáng các ngày làm việc']) {
        await approver.getByRole('button', { name: `Xem xét ${name}` }).click();
        await approver.getByRole('heading', { name: `Xem xét ${name}` }).waitFor();
        await approver.getByRole('button', { name: 'Duyệt và phát', exact: true }).click();
        await approver.getByRole('button', { name: `Xem xét ${name}` }).waitFor({ state: 'detached' });
      }
      await approver.getByText('Không có mục nào chờ duyệt.').waitFor();

      // The author sees the outcome live.
      await editor.getByRole('link', { name: 'Thông điệp' }).click();
      await editor
        .locator('tr[data-row]', { hasText: 'Giờ làm việc Tịnh Biên' })
        .locator('[data-state="approved"]')
        .waitFor();

      // The board plays the message in its languages.
      for (const [lang, text] of [
        ['vi', 'Cửa khẩu làm việc từ 6:00 đến 22:00'],
        ['km', 'ច្រកទ្វារបើកពីម៉ោង ៦:០០ ដល់ ២២:០០'],
        ['en', 'The gate is open 06:00–22:00'],
      ] as const) {
        const block = await player.waitForSelector(`[data-entry-type="message"][data-lang="${lang}"]`, {
          timeout: 20_000,
        });
        expect(await block.textContent()).toContain(text);
      }
    } finally {
      await Promise.all([editor.close(), approver.close(), player.close()]);
    }
  });
});
