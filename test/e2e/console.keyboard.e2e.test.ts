import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.ts';

/** Signs in with the keyboard alone: the username field has focus, Tab moves on, Enter submits. */
async function signIn(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(`${url}/console/`);
  await page.waitForFunction(() => document.activeElement?.id === 'username');
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Cổng biên giới và màn hình' }).waitFor();
}

/** Presses Tab until the focused element matches `selector` (at most `max` times): no mouse involved. */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('the emergency form with the keyboard alone, templates and a second approver', () => {
  let server: TestServer;
  let browser: Browser;
  const gate = factory.gate({
    name: 'Cửa khẩu Tịnh Biên',
    province: 'An Giang',
    languages: ['vi', 'km', 'en', 'zh'],
    emergencyPolicy: 'second-approval',
  });
  const screen = factory.screen(gate.id!, { name: 'Bảng LED Tịnh Biên' });
  const approver = {
    username: 'duyet-an-giang',
    displayName: 'Người duyệt thứ hai',
    roles: ['approver'],
    scope: { provinces: ['An Giang'] },
    password: 'người duyệt thứ hai 2026',
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    for (const [path, body] of [
      ['/api/v1/gates', gate],
      ['/api/v1/screens', screen],
      ['/api/v1/users', approver],
    ] as const)
      expect((await server.api.post(path, body)).status).toBe(201);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('composes from a template with Tab, Space, arrows and Enter; it waits for, then gets, a second approval', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const second = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
      await tabTo(page, 'a[href="#emergency"]');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Thông báo khẩn cấp', level: 2 }).waitFor();
      await tabTo(page, `input[name="gate"][value="${gate.id}"]`);
      await page.keyboard.press('Space');
      await tabTo(page, 'select[name="template"]');
      await page.keyboard.press('ArrowDown'); // the first template: gate closed for weather
      await expect
        .poll(() => page.locator('textarea[name="emergency-vi"]').inputValue())
        .toContain('Cửa khẩu tạm đóng');
      expect(await page.locator('textarea[name="emergency-km"]').inputValue()).toContain('ច្រកព្រំដែន');
      expect(await page.locator('textarea[name="emergency-zh"]').inputValue()).toContain('口岸暂时关闭');
      expect(await page.locator('textarea[name="emergency-en"]').inputValue()).toContain(
        'temporarily closed',
      );
      // The form says before sending that a second approver is needed, and who can give it.
      await expect
        .poll(() => page.locator('[data-second-approval]').textContent())
        .toBe(
          'Cần người duyệt thứ hai trước khi hiển thị. Người có thể duyệt: Người duyệt thứ hai (duyet-an-giang).',
        );
      await tabTo(page, 'button[type="submit"]');
      await page.keyboard.press('Enter');
      // The confirmation, by keyboard too: Cancel has the focus first, the confirm button is one Tab on.
      const confirm = page.getByRole('dialog', { name: 'Phát thông báo khẩn cấp?' });
      await confirm.waitFor();
      await tabTo(page, 'dialog button[type="submit"]');
      await page.keyboard.press('Enter');
      await confirm.waitFor({ state: 'detached' });
      await expect
        .poll(() => page.locator('[data-sent-status]').textContent())
        .toBe('Trạng thái: Đang chờ người duyệt thứ hai');
      const mine = page.locator('[data-override][data-state="pending"]');
      await mine.waitFor();
      expect(await mine.textContent()).toContain('Bạn đã gửi thông báo này');

      // The second approver, also by keyboard, approves it on the same page.
      await signIn(second, server.url, approver.username, approver.password);
      await second.goto(`${server.url}/console/#emergency`);
      const waiting = second.locator('[data-override][data-state="pending"]');
      await waiting.waitFor();
      expect(await waiting.textContent()).toContain('Đang chờ người duyệt thứ hai');
      await tabTo(second, '[data-override][data-state="pending"] button');
      await second.keyboard.press('Enter');
      await second.getByRole('dialog', { name: 'Duyệt và phát thông báo này?' }).waitFor();
      await tabTo(second, 'dialog button[type="submit"]');
      await second.keyboard.press('Enter');
      await waiting.waitFor({ state: 'detached' });
      // The sender's page follows by itself.
      await page.locator('[data-override][data-state="active"]').waitFor();
      const list = await server.api.get<{ items: { state: string; secondApproval: string }[] }>(
        '/api/v1/emergencies',
      );
      expect(list.body.items.map((e) => [e.state, e.secondApproval])).toEqual([['active', 'given']]);
    } finally {
      await page.close();
      await second.close();
    }
  });
});
