import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Blackout, Emergency } from '../../schemas/types.ts';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.ts';
import { seriousViolations } from '../support/axe.ts';

const password = 'trực ca cửa khẩu 2026';
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

async function signIn(page: Page, url: string, username: string, secret: string): Promise<void> {
  await page.goto(`${url}/console/`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(secret);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByRole('heading', { name: 'Cổng biên giới và màn hình' }).waitFor();
}

async function openEmergencies(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/console/#emergency`);
  await page.getByRole('heading', { name: 'Thông báo khẩn cấp', exact: true, level: 2 }).waitFor();
  await page.getByRole('heading', { name: 'Đang hiệu lực', level: 3 }).waitFor();
}

/** The card of one emergency or blackout, in the section it stands in now. */
const card = (page: Page, section: string, id: string): Locator =>
  page.getByRole('region', { name: section, exact: true }).locator(`[data-override="${id}"]`);

/** The page's width fits the viewport: nothing scrolls sideways. */
const fits = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('emergencies and blackouts in the console, across people and reloads', () => {
  let server: TestServer;
  let browser: Browser;
  // Tịnh Biên lets one approver send alone; Na Mèo asks for a second approver.
  const tinhBien = factory.gate({
    name: 'Cửa khẩu Tịnh Biên',
    province: 'An Giang',
    languages: ['vi', 'km'],
    emergencyPolicy: 'single-approver',
  });
  const led = factory.screen(tinhBien.id!, { name: 'Bảng LED Tịnh Biên' });
  const hall = factory.screen(tinhBien.id!, { name: 'Màn hình sảnh Tịnh Biên', kind: 'indoor' });
  const naMeo = factory.gate({
    name: 'Cửa khẩu Na Mèo',
    province: 'Thanh Hóa',
    languages: ['vi', 'lo'],
    emergencyPolicy: 'second-approval',
  });
  const naMeoLed = factory.screen(naMeo.id!, { name: 'Bảng LED Na Mèo' });
  const day = { username: 'truc-ngay', displayName: 'Trần Thị Ngày' };
  const night = { username: 'truc-dem', displayName: 'Lê Văn Đêm' };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    for (const [path, body] of [
      ['/api/v1/gates', tinhBien],
      ['/api/v1/gates', naMeo],
      ['/api/v1/screens', led],
      ['/api/v1/screens', hall],
      ['/api/v1/screens', naMeoLed],
    ] as const)
      expect((await server.api.post(path, body)).status).toBe(201);
    for (const person of [day, night])
      expect(
        (
          await server.api.post('/api/v1/users', {
            ...person,
            roles: ['approver'],
            scope: { provinces: ['An Giang', 'Thanh Hóa'] },
            password,
          })
        ).status,
      ).toBe(201);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('an emergency sent by one person is cleared by another after a reload; the sender sees it live', async () => {
    const link = await issuePlayerLink(server.api, led.id!);
    const player = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const sender = await browser.newPage({ viewport: DESKTOP });
    const duty = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      await player.goto(new URL(link.playerUrl, server.url).href);
      await player.waitForSelector(`[data-screen="${led.id}"]`);

      await signIn(sender, server.url, day.username, password);
      await openEmergencies(sender, server.url);
      await sender.getByRole('checkbox', { name: 'Cửa khẩu Tịnh Biên', exact: true }).first().check();
      // Before sending, the form says where it goes and that nobody else has to approve it.
      await expect
        .poll(() => sender.locator('[data-preview="emergency"]').textContent())
        .toContain('Sẽ tới 2 màn hình tại Cửa khẩu Tịnh Biên.');
      expect(await sender.locator('[data-second-approval]').textContent()).toBe(
        'Không cần người duyệt thứ hai: thông báo hiển thị ngay khi gửi.',
      );
      await sender.locator('textarea[name="emergency-vi"]').fill('Tạm dừng xuất nhập cảnh do mưa lũ');
      await sender.locator('textarea[name="emergency-km"]').fill('ផ្អាកការឆ្លងដែនបណ្ដោះអាសន្ន');
      await sender.getByRole('button', { name: 'Phát khẩn cấp…', exact: true }).click();
      const dialog = sender.getByRole('dialog', { name: 'Phát thông báo khẩn cấp?' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(
        'Thông báo sẽ hiện ngay trên 2 màn hình tại Cửa khẩu Tịnh Biên, trong 30 phút.',
      );
      expect(await dialog.getByRole('list').textContent()).toBe(
        'Cửa khẩu Tịnh Biên: Bảng LED Tịnh Biên, Màn hình sảnh Tịnh Biên',
      );
      await dialog.getByRole('button', { name: 'Phát khẩn cấp', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await player
        .locator('.override[data-override="emergency"] .message')
        .first()
        .waitFor({ state: 'visible', timeout: 15_000 });

      const [sent] = (await server.api.get<{ items: Emergency[] }>('/api/v1/emergencies')).body.items;
      expect(sent?.state).toBe('active');
      const mine = card(sender, 'Đang hiệu lực', sent!.id);
      await mine.waitFor();
      // The board's acknowledgement reaches the sender's page live.
      await mine.locator(`[data-ack-screen="${led.id}"][data-acked="true"]`).waitFor({ timeout: 15_000 });

      // Someone else on duty, on a phone, after a reload: the emergency is there with who sent it.
      await signIn(duty, server.url, night.username, password);
      await openEmergencies(duty, server.url);
      await duty.reload();
      await duty.getByRole('heading', { name: 'Đang hiệu lực', level: 3 }).waitFor();
      const theirs = card(duty, 'Đang hiệu lực', sent!.id);
      await theirs.waitFor();
      expect(await theirs.textContent()).toContain('Người gửitruc-ngay, lúc');
      expect(await theirs.textContent()).toContain('Cửa khẩu Tịnh Biên: 2 màn hình');
      expect(await fits(duty)).toBe(true);
      await theirs.getByRole('button', { name: 'Gỡ thông báo', exact: true }).click();
      const clearing = duty.getByRole('dialog', { name: 'Gỡ thông báo khẩn cấp?' });
      await clearing.waitFor();
      expect(await clearing.textContent()).toContain(
        'Thông báo sẽ được gỡ khỏi 2 màn hình tại Cửa khẩu Tịnh Biên; các màn hình trở lại lịch phát.',
      );
      expect(await fits(duty)).toBe(true);
      await clearing.getByRole('button', { name: 'Gỡ thông báo', exact: true }).click();
      await clearing.waitFor({ state: 'detached' });
      const ended = card(duty, 'Đã kết thúc gần đây', sent!.id);
      await ended.waitFor();
      expect(await ended.textContent()).toContain('Người gỡtruc-dem, lúc');
      expect(await ended.getByText('Đã gỡ', { exact: true }).count()).toBe(1);
      await player.waitForSelector('.override', { state: 'hidden', timeout: 15_000 });

      // The sender's page, untouched, shows it cleared by the other person.
      const seen = card(sender, 'Đã kết thúc gần đây', sent!.id);
      await seen.waitFor();
      expect(await seen.textContent()).toContain('Người gỡtruc-dem, lúc');
      expect(await card(sender, 'Đang hiệu lực', sent!.id).count()).toBe(0);
    } finally {
      await player.close();
      await sender.close();
      await duty.close();
    }
  });

  it('needs a second approver where the gate asks for one, says who before sending, and another approves it', async () => {
    const sender = await browser.newPage({ viewport: DESKTOP });
    const second = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      await signIn(sender, server.url, day.username, password);
      await openEmergencies(sender, server.url);
      await sender.getByRole('checkbox', { name: 'Cửa khẩu Na Mèo', exact: true }).first().check();
      const note = sender.locator('[data-second-approval="needed"]');
      await note.waitFor();
      // The other approver of the province and the national administrator; never the sender.
      expect(await note.textContent()).toBe(
        'Cần người duyệt thứ hai trước khi hiển thị. Người có thể duyệt: Lê Văn Đêm (truc-dem), Quản trị viên (admin).',
      );
      await sender
        .locator('textarea[name="emergency-vi"]')
        .fill('Đường lên cửa khẩu sạt lở, tạm dừng thông quan');
      await sender.getByRole('button', { name: 'Phát khẩn cấp…', exact: true }).click();
      const dialog = sender.getByRole('dialog', { name: 'Phát thông báo khẩn cấp?' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(
        'Thông báo sẽ chờ người duyệt thứ hai; khi được duyệt, nó hiện trên 1 màn hình tại Cửa khẩu Na Mèo, trong 30 phút.',
      );
      await dialog.getByRole('button', { name: 'Phát khẩn cấp', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      const [sent] = (await server.api.get<{ items: Emergency[] }>('/api/v1/emergencies')).body.items;
      expect(sent?.state).toBe('pending');
      const waiting = card(sender, 'Chờ người duyệt thứ hai', sent!.id);
      await waiting.waitFor();
      expect(await waiting.textContent()).toContain('Bạn đã gửi thông báo này');
      expect(await waiting.getByRole('button', { name: 'Duyệt và phát' }).count()).toBe(0);

      await signIn(second, server.url, night.username, password);
      await openEmergencies(second, server.url);
      const toApprove = card(second, 'Chờ người duyệt thứ hai', sent!.id);
      await toApprove.getByRole('button', { name: 'Duyệt và phát', exact: true }).click();
      const approving = second.getByRole('dialog', { name: 'Duyệt và phát thông báo này?' });
      await approving.waitFor();
      expect(await approving.textContent()).toContain(
        'Thông báo sẽ hiện ngay trên 1 màn hình tại Cửa khẩu Na Mèo, trong 30 phút.',
      );
      expect(await approving.getByRole('list').textContent()).toBe('Cửa khẩu Na Mèo: Bảng LED Na Mèo');
      await approving.getByRole('button', { name: 'Duyệt và phát', exact: true }).click();
      await approving.waitFor({ state: 'detached' });
      await card(second, 'Đang hiệu lực', sent!.id).waitFor();
      expect(await fits(second)).toBe(true);

      // The sender's page follows without a reload: on screen now, approved by the other person.
      const live = card(sender, 'Đang hiệu lực', sent!.id);
      await live.waitFor();
      expect(await live.textContent()).toContain('Người duyệt thứ haitruc-dem, lúc');
      expect(await card(sender, 'Chờ người duyệt thứ hai', sent!.id).count()).toBe(0);
      const stored = await server.api.get<Emergency>(`/api/v1/emergencies/${sent!.id}`);
      expect([stored.body.state, stored.body.secondApproval, stored.body.approvedBy?.name]).toEqual([
        'active',
        'given',
        'truc-dem',
      ]);
      await server.api.post(`/api/v1/emergencies/${sent!.id}/clear`);
    } finally {
      await sender.close();
      await second.close();
    }
  });

  it('a blackout asks first and names the screens; "everything" waits for the typed word; a screen page names its screen and gate', async () => {
    // The console's CSP forbids inline scripts, rightly; the test lifts it only to inject axe-core.
    const page = await browser.newPage({ viewport: DESKTOP, bypassCSP: true });
    const blackouts = async () =>
      (await server.api.get<{ items: Blackout[] }>('/api/v1/blackouts')).body.items.filter((b) => b.active);
    try {
      await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
      await openEmergencies(page, server.url);
      const form = page.getByRole('region', { name: 'Tắt hình màn hình', exact: true });
      await form.getByRole('checkbox', { name: 'Cửa khẩu Tịnh Biên', exact: true }).check();
      await form.getByLabel('Lý do', { exact: true }).fill('Kiểm tra an ninh');
      await form.getByRole('button', { name: 'Tắt hình…', exact: true }).click();
      let dialog = page.getByRole('dialog', { name: 'Tắt hình 2 màn hình?' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(
        '2 màn hình tại Cửa khẩu Tịnh Biên sẽ tắt đen cho tới khi có người bật lại hình.',
      );
      expect(await dialog.getByRole('list').textContent()).toBe(
        'Cửa khẩu Tịnh Biên: Bảng LED Tịnh Biên, Màn hình sảnh Tịnh Biên',
      );
      // Cancelled: nothing happens.
      await dialog.getByRole('button', { name: 'Hủy', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await blackouts()).toEqual([]);
      await form.getByRole('button', { name: 'Tắt hình…', exact: true }).click();
      await dialog.getByRole('button', { name: 'Tắt hình', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      const [gateDark] = await blackouts();
      await card(page, 'Đang hiệu lực', gateDark!.id).waitFor();

      // Everything: the confirm button waits for the word.
      await form.getByRole('checkbox', { name: 'Mọi màn hình (toàn quốc)', exact: true }).check();
      await form.getByLabel('Lý do', { exact: true }).fill('Sự cố an ninh toàn tuyến');
      await form.getByRole('button', { name: 'Tắt hình…', exact: true }).click();
      dialog = page.getByRole('dialog', { name: 'Tắt hình 3 màn hình?' });
      await dialog.waitFor();
      expect(await dialog.getByRole('list').textContent()).toContain('Cửa khẩu Na Mèo: Bảng LED Na Mèo');
      const confirm = dialog.getByRole('button', { name: 'Tắt hình', exact: true });
      expect(await confirm.isDisabled()).toBe(true);
      expect(await seriousViolations(page), 'the confirmation').toEqual([]);
      await dialog.getByLabel('Thao tác này tác động tới mọi màn hình. Gõ “TẤT CẢ” để xác nhận.').fill('tất');
      expect(await confirm.isDisabled()).toBe(true);
      await dialog
        .getByLabel('Thao tác này tác động tới mọi màn hình. Gõ “TẤT CẢ” để xác nhận.')
        .fill('tất cả');
      expect(await confirm.isDisabled()).toBe(false);
      await confirm.click();
      await dialog.waitFor({ state: 'detached' });
      expect((await blackouts()).length).toBe(2);

      // Lifting everything asks for the word too.
      const everything = (await blackouts()).find((b) => b.targets.all)!;
      const lit = card(page, 'Đang hiệu lực', everything.id);
      await lit.getByRole('button', { name: 'Bật lại hình', exact: true }).click();
      dialog = page.getByRole('dialog', { name: 'Bật lại hình?' });
      await dialog
        .getByLabel('Thao tác này tác động tới mọi màn hình. Gõ “TẤT CẢ” để xác nhận.')
        .fill('TẤT CẢ');
      await dialog.getByRole('button', { name: 'Bật lại hình', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await card(page, 'Đã kết thúc gần đây', everything.id).waitFor();
      expect(await seriousViolations(page), 'the lists').toEqual([]);
      await server.api.post(`/api/v1/blackouts/${gateDark!.id}/lift`);

      // One screen's page: the blackout command names the screen and its gate before anything happens.
      await page.goto(`${server.url}/console/#screen/${hall.id}`);
      await page.getByRole('heading', { name: `Màn hình ${hall.name}`, level: 2 }).waitFor();
      await page.getByRole('button', { name: 'Tắt hình', exact: true }).click();
      dialog = page.getByRole('dialog', { name: 'Tắt hình màn hình Màn hình sảnh Tịnh Biên?' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(
        'Màn hình Màn hình sảnh Tịnh Biên tại Cửa khẩu Tịnh Biên sẽ tắt đen hoàn toàn cho tới khi có người bật lại hình.',
      );
      await dialog.getByRole('button', { name: 'Hủy', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await blackouts()).toEqual([]);
      await page.getByRole('button', { name: 'Tắt hình', exact: true }).click();
      await dialog.getByRole('button', { name: 'Tắt hình', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(async () => (await blackouts()).map((b) => b.targets.screens)).toEqual([[hall.id]]);

      // Lighting it again asks too, and names the screen: cancelled, the board stays black.
      await page.getByRole('button', { name: 'Bật lại hình', exact: true }).click();
      dialog = page.getByRole('dialog', { name: 'Bật lại hình màn hình Màn hình sảnh Tịnh Biên?' });
      expect(await dialog.textContent()).toContain('Màn hình Màn hình sảnh Tịnh Biên tại Cửa khẩu Tịnh Biên');
      await dialog.getByRole('button', { name: 'Hủy', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      expect((await blackouts()).map((b) => b.targets.screens)).toEqual([[hall.id]]);
      await page.getByRole('button', { name: 'Bật lại hình', exact: true }).click();
      await dialog.getByRole('button', { name: 'Bật lại hình', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(async () => (await blackouts()).length).toBe(0);
    } finally {
      await page.close();
    }
  });
});
