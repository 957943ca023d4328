import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.ts';
import { seriousViolations } from '../support/axe.ts';

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/console/`);
  // Keyboard only: the username field has focus, Tab moves on, Enter submits.
  await page.waitForFunction(() => document.activeElement?.id === 'username');
  await page.keyboard.type('admin');
  await page.keyboard.press('Tab');
  await page.keyboard.type(ADMIN_PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Cổng biên giới và màn hình' }).waitFor();
}

describe('the operator console in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const naMeo = factory.gate({ name: 'Cửa khẩu Na Mèo', province: 'Thanh Hóa', languages: ['vi', 'en'] });
  const ledLao = factory.screen(naMeo.id!, { name: 'Bảng LED Na Mèo', languages: ['vi', 'lo', 'en'] });
  const tinhBien = factory.gate({
    name: 'Cửa khẩu Tịnh Biên',
    province: 'An Giang',
    languages: ['vi', 'km', 'en'],
    emergencyPolicy: 'single-approver',
  });
  const board = factory.screen(tinhBien.id!, {
    name: 'Bảng LED Tịnh Biên',
    kind: 'indoor',
    width: 1280,
    height: 720,
  });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    for (const [path, body] of [
      ['/api/v1/gates', naMeo],
      ['/api/v1/screens', ledLao],
      ['/api/v1/gates', tinhBien],
      ['/api/v1/screens', board],
    ] as const)
      expect((await server.api.post(path, body)).status).toBe(201);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('signs in in Vietnamese with the keyboard, and the main pages have no serious accessibility violations', async () => {
    // The console's CSP forbids inline scripts, rightly; the test lifts it only to inject axe-core.
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    try {
      await signIn(page, server.url);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
      for (const [hash, heading] of [
        ['fleet', 'Cổng biên giới và màn hình'],
        ['library', 'Thư viện ảnh và video'],
        ['messages', 'Thông điệp'],
        ['playlists', 'Danh sách phát'],
        ['schedules', 'Lịch phát'],
        ['approvals', 'Hàng chờ phê duyệt'],
        ['emergency', 'Thông báo khẩn cấp'],
      ] as const) {
        await page.goto(`${server.url}/console/#${hash}`);
        await page.getByRole('heading', { name: heading, exact: true, level: 2 }).waitFor();
        expect(await seriousViolations(page), hash).toEqual([]);
      }
      // The gate, screen and device-token dialogs of the fleet page, each open in turn.
      for (const [button, dialog] of [
        ['Thêm cổng', 'Thêm cổng'],
        [`Thêm màn hình cho ${tinhBien.name}`, `Thêm màn hình cho ${tinhBien.name}`],
        [`Mã thiết bị của ${board.name}`, `Mã thiết bị của màn hình ${board.name}`],
      ] as const) {
        await page.goto(`${server.url}/console/#fleet`);
        await page.getByRole('button', { name: button, exact: true }).click();
        await page.getByRole('dialog', { name: dialog }).waitFor();
        expect(await seriousViolations(page), dialog).toEqual([]);
        await page.keyboard.press('Escape');
        await page.getByRole('dialog', { name: dialog }).waitFor({ state: 'detached' });
      }
      // The player link the fleet page issues carries a single-use enrolment token, never a device token.
      await page.goto(`${server.url}/console/#fleet`);
      await page
        .getByRole('button', { name: `Tạo liên kết trình phát cho ${board.name}`, exact: true })
        .click();
      const linkDialog = page.getByRole('dialog', { name: `Liên kết trình phát mới: ${board.name}` });
      await linkDialog.waitFor();
      expect(await seriousViolations(page), 'player link').toEqual([]);
      expect(await linkDialog.getByLabel('Địa chỉ trình phát').inputValue()).toMatch(
        /\/player\/\?token=gce_[\w-]{43}$/,
      );
      expect(await linkDialog.textContent()).toContain('chỉ dùng được một lần');
    } finally {
      await page.close();
    }
  });

  it('says in Vietnamese, not in the server’s English, when wrong passwords for a name are throttled', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${server.url}/console/`);
      await page.locator('#username').fill('nguoi-la');
      for (let i = 0; i < 6; i++) {
        await page.locator('#password').fill(`mật khẩu đoán sai số ${i}`);
        await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
        await page.locator('.signin .error, .signin [role="alert"]').first().waitFor();
      }
      await page.getByText('Đã thử sai quá nhiều lần với tên này từ máy này').waitFor();
      expect(await page.locator('.signin').innerText()).not.toMatch(/too many|try again/i);
    } finally {
      await page.close();
    }
  });

  it('flags a message that lacks Lao for a gate whose screens need it, and does not submit it', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await signIn(page, server.url);
      await page.getByRole('link', { name: 'Thông điệp' }).click();
      await page.getByRole('button', { name: 'Thông điệp mới' }).click();
      await page.getByLabel('Tên thông điệp').fill('Giờ mở cửa Na Mèo');
      await page.getByLabel('Cổng').selectOption(naMeo.id!);
      await page.getByLabel('Tiêu đề (vi)').fill('Cửa khẩu mở cửa lúc 7:00');
      await page.getByLabel('Tiêu đề (en)').fill('The gate opens at 07:00');
      const flagged = page.locator('[data-missing="lo"]');
      await flagged.waitFor();
      expect(await flagged.textContent()).toContain('Na Mèo');
      await page.getByRole('button', { name: 'Gửi phê duyệt' }).click();
      await expect
        .poll(() => page.locator('.editor [role="status"]').textContent())
        .toContain('Chưa gửi được');
      // Nothing was saved or submitted: the queue is empty.
      const queue = await server.api.get<{ total: number }>('/api/v1/approvals?state=submitted');
      expect(queue.body.total).toBe(0);

      // With the Lao text in, the flag goes and the message is submitted.
      await page.getByLabel('Tiêu đề (lo)').fill('ດ່ານເປີດເວລາ 7:00');
      await page.locator('[data-check="languages"] .success').waitFor();
      await page.getByRole('button', { name: 'Gửi phê duyệt' }).click();
      await expect
        .poll(() => page.locator('.editor [role="status"]').textContent())
        .toContain('Đã gửi phê duyệt');
    } finally {
      await page.close();
    }
  });

  it('sends an emergency that a player shows, and its acknowledgement appears in the console live', async () => {
    const link = await issuePlayerLink(server.api, board.id!);
    const player = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await player.goto(new URL(link.playerUrl, server.url).href);
      await player.waitForSelector(`[data-screen="${board.id}"]`);
      await signIn(page, server.url);
      await page.getByRole('link', { name: 'Khẩn cấp' }).click();
      // The emergency page, not the screens page still on its way out (its buttons name the gate too).
      await page.getByRole('heading', { name: 'Thông báo khẩn cấp', level: 2 }).waitFor();
      await page.getByLabel('Cửa khẩu Tịnh Biên', { exact: true }).first().check();
      await page.locator('textarea[name="emergency-vi"]').fill('Tạm dừng xuất nhập cảnh do mưa lũ');
      await page.locator('textarea[name="emergency-km"]').fill('ផ្អាកការឆ្លងដែនបណ្ដោះអាសន្ន');
      await page.getByRole('button', { name: 'Phát khẩn cấp…', exact: true }).click();
      const confirm = page.getByRole('dialog', { name: 'Phát thông báo khẩn cấp?' });
      await confirm.getByRole('button', { name: 'Phát khẩn cấp', exact: true }).click();
      // A locator, not a handle: the block is drawn again as the languages rotate, and a handle held across a
      // redraw reads as hidden.
      const block = player.locator('.override[data-override="emergency"] .message').first();
      await block.waitFor({ state: 'visible', timeout: 15_000 });
      expect(await block.isVisible()).toBe(true);
      await page.locator(`[data-ack-screen="${board.id}"][data-acked="true"]`).waitFor({ timeout: 15_000 });
      expect(await page.locator(`[data-ack-screen="${board.id}"]`).textContent()).toContain(
        'đã hiển thị lúc',
      );

      await page.getByRole('button', { name: 'Gỡ thông báo', exact: true }).click();
      const clearing = page.getByRole('dialog', { name: 'Gỡ thông báo khẩn cấp?' });
      await clearing.getByRole('button', { name: 'Gỡ thông báo', exact: true }).click();
      await player.waitForSelector('.override', { state: 'hidden', timeout: 15_000 });
    } finally {
      await player.close();
      await page.close();
    }
  });
});
