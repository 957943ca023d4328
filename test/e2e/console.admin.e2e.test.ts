import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceToken, GateInput, ScreenInput } from '../../schemas/types.ts';
import { launchChromium } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import {
  ADMIN_PASSWORD,
  connectPlayer,
  nextEvent,
  startTestServer,
  type TestServer,
} from '../support/server.ts';

const SCOPED = { username: 'thanh.hoa', password: 'cán bộ Thanh Hóa 2026' };

async function signIn(page: Page, url: string, username: string, password: string) {
  await page.goto(`${url}/console/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
}

type Stored<T> = T & { id: string };

describe('gates, screens and device tokens in the console', () => {
  let server: TestServer;
  let browser: Browser;
  const naMeo = factory.gate({ name: 'Cửa khẩu Na Mèo', province: 'Thanh Hóa', borderCountry: 'LA' });
  const tinhBien = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const kiosk = factory.screen(tinhBien.id!, {
    name: 'Ki-ốt Tịnh Biên',
    kind: 'kiosk',
    width: 1080,
    height: 1920,
  });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    for (const [path, body] of [
      ['/api/v1/gates', naMeo],
      ['/api/v1/gates', tinhBien],
      ['/api/v1/screens', kiosk],
    ] as const)
      expect((await server.api.post(path, body)).status).toBe(201);
    const user = await server.api.post('/api/v1/users', {
      username: SCOPED.username,
      password: SCOPED.password,
      displayName: 'Cán bộ Thanh Hóa',
      roles: ['editor', 'technician'],
      scope: { provinces: ['Thanh Hóa'] },
    });
    expect(user.status, JSON.stringify(user.body)).toBe(201);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('adds and edits a gate and a screen with its LED region, languages and groups', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Thêm cổng' }).click();
      const gateForm = page.getByRole('dialog', { name: 'Thêm cổng' });
      await gateForm.getByLabel('Tên cổng').fill('Cửa khẩu Lệ Thanh');
      await gateForm.getByLabel('Tỉnh', { exact: true }).fill('Gia Lai');
      await gateForm.getByLabel('Nước giáp biên (mã 2 chữ: KH, LA, CN)').fill('KH');
      await gateForm.getByLabel('Tỉnh/vùng bên kia biên giới').fill('Ratanakiri');
      await gateForm.getByLabel('Vĩ độ').fill('13.92');
      await gateForm.getByLabel('Kinh độ').fill('107.53');
      await gateForm.getByLabel(/^Ngôn ngữ/).fill('vi, km, en, jra, bdq');
      await gateForm.getByRole('button', { name: 'Lưu' }).click();
      await page.getByRole('heading', { name: 'Cửa khẩu Lệ Thanh', level: 3 }).waitFor();

      const gates = await server.api.get<{ items: Stored<GateInput>[] }>('/api/v1/gates');
      const leThanh = gates.body.items.find((g) => g.name === 'Cửa khẩu Lệ Thanh');
      expect(leThanh).toMatchObject({
        province: 'Gia Lai',
        borderCountry: 'KH',
        borderRegion: 'Ratanakiri',
        timeZone: 'Asia/Ho_Chi_Minh',
        location: { lat: 13.92, lon: 107.53 },
        languages: ['vi', 'km', 'en', 'jra', 'bdq'],
      });

      // Half of a quiet-hours pair is refused in the form; both halves are saved with the policy.
      await page.getByRole('button', { name: 'Sửa cổng Cửa khẩu Lệ Thanh' }).click();
      const editForm = page.getByRole('dialog', { name: 'Sửa cổng Cửa khẩu Lệ Thanh' });
      await editForm
        .getByLabel('Quy tắc thông báo khẩn cấp')
        .selectOption({ label: 'Một người duyệt là đủ' });
      // Values in Khmer written with Khmer digits on this gate's screens.
      expect(await editForm.getByLabel('Chữ số tiếng Khmer và tiếng Lào').inputValue()).toBe('latn');
      await editForm
        .getByLabel('Chữ số tiếng Khmer và tiếng Lào')
        .selectOption({ label: 'Chữ số Khmer/Lào (០–៩, ໐–໙)' });
      await editForm.getByLabel('Từ').fill('22:00');
      await editForm.getByRole('button', { name: 'Lưu' }).click();
      await editForm.getByText('Giờ yên lặng cần cả giờ bắt đầu và giờ kết thúc.').waitFor();
      await editForm.getByLabel('Đến').fill('05:30');
      await editForm.getByRole('button', { name: 'Lưu' }).click();
      await editForm.waitFor({ state: 'detached' });
      const edited = await server.api.get<Stored<GateInput>>(`/api/v1/gates/${leThanh!.id}`);
      expect(edited.body).toMatchObject({
        emergencyPolicy: 'single-approver',
        digits: 'native',
        quietHours: { start: '22:00', end: '05:30' },
        languages: ['vi', 'km', 'en', 'jra', 'bdq'],
      });

      // A 1000×625 LED board fed from offset 0,120 of the player's HDMI output.
      await page.getByRole('button', { name: 'Thêm màn hình cho Cửa khẩu Lệ Thanh' }).click();
      const screenForm = page.getByRole('dialog', { name: 'Thêm màn hình cho Cửa khẩu Lệ Thanh' });
      await screenForm.getByLabel('Tên màn hình').fill('Bảng LED Lệ Thanh');
      await screenForm.getByLabel('Loại').selectOption({ label: 'Bảng LED' });
      await screenForm.getByLabel('Chiều rộng (điểm ảnh)').fill('1000');
      await screenForm.getByLabel('Chiều cao (điểm ảnh)').fill('625');
      await screenForm.getByLabel('Vị trí X (điểm ảnh)').fill('0');
      await screenForm.getByLabel('Vị trí Y (điểm ảnh)').fill('120');
      await screenForm.getByLabel(/^Ngôn ngữ riêng/).fill('vi, jra, km');
      await screenForm.getByLabel(/^Nhóm/).fill('ngoai-troi, led');
      await screenForm.getByRole('button', { name: 'Lưu' }).click();
      const row = page.getByRole('row', { name: /Bảng LED Lệ Thanh/ });
      await row.waitFor();
      expect(await row.textContent()).toContain('1000×625');

      const screens = await server.api.get<{ items: Stored<ScreenInput>[] }>('/api/v1/screens');
      const led = screens.body.items.find((s) => s.name === 'Bảng LED Lệ Thanh');
      expect(led).toMatchObject({
        gateId: leThanh!.id,
        kind: 'led',
        width: 1000,
        height: 625,
        offsetX: 0,
        offsetY: 120,
        languages: ['vi', 'jra', 'km'],
        groups: ['ngoai-troi', 'led'],
      });

      await page.getByRole('button', { name: 'Sửa màn hình Bảng LED Lệ Thanh' }).click();
      const screenEdit = page.getByRole('dialog', { name: 'Sửa màn hình Bảng LED Lệ Thanh' });
      expect(await screenEdit.getByLabel('Vị trí Y (điểm ảnh)').inputValue()).toBe('120');
      await screenEdit.getByLabel('Chiều rộng (điểm ảnh)').fill('800');
      await screenEdit.getByLabel('Chiều cao (điểm ảnh)').fill('500');
      await screenEdit.getByRole('button', { name: 'Lưu' }).click();
      await page.getByRole('row', { name: /800×500/ }).waitFor();
      const after = await server.api.get<Stored<ScreenInput>>(`/api/v1/screens/${led!.id}`);
      expect(after.body).toMatchObject({
        width: 800,
        height: 500,
        offsetY: 120,
        groups: ['ngoai-troi', 'led'],
      });
    } finally {
      await page.close();
    }
  });

  it('lists a screen’s device tokens and revokes one, which then no longer opens the player', async () => {
    const path = `/api/v1/screens/${kiosk.id}/tokens`;
    const first = await server.api.post<{ id: string; token: string }>(path, { label: 'máy-cũ' });
    const second = await server.api.post<{ id: string }>(path, { label: 'máy-mới' });
    expect([first.status, second.status]).toEqual([201, 201]);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('dialog', (d) => void d.accept());
    try {
      await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Mã thiết bị của Ki-ốt Tịnh Biên' }).click();
      const dialog = page.getByRole('dialog', { name: 'Mã thiết bị của màn hình Ki-ốt Tịnh Biên' });
      await dialog.getByRole('row', { name: /máy-cũ/ }).waitFor();
      await dialog.getByRole('button', { name: 'Thu hồi mã máy-cũ' }).click();
      await dialog.locator(`[data-token="${first.body.id}"][data-revoked="true"]`).waitFor();
      expect(await dialog.getByRole('row', { name: /máy-cũ/ }).textContent()).toContain('Đã thu hồi lúc');
      expect(await dialog.getByRole('button', { name: 'Thu hồi mã máy-mới' }).count()).toBe(1);

      const listed = await server.api.get<{ items: DeviceToken[] }>(path);
      const byLabel = new Map(listed.body.items.map((t) => [t.label, t]));
      expect(byLabel.get('máy-cũ')?.revokedAt).not.toBeNull();
      expect(byLabel.get('máy-mới')?.revokedAt).toBeNull();
      const revokedPlayer = connectPlayer(server.url, first.body.token);
      try {
        await nextEvent(revokedPlayer, 'connect_error');
        expect(revokedPlayer.connected).toBe(false);
      } finally {
        revokedPlayer.close();
      }
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      // Focus returns to the button that opened the dialog.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        'Mã thiết bị của Ki-ốt Tịnh Biên',
      );
    } finally {
      await page.close();
    }
  });

  it('shows a province-scoped user only the gates of their province', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await signIn(page, server.url, SCOPED.username, SCOPED.password);
      await page.getByRole('heading', { name: 'Cửa khẩu Na Mèo', level: 3 }).waitFor();
      expect(await page.getByRole('heading', { name: 'Cửa khẩu Tịnh Biên' }).count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Cửa khẩu Lệ Thanh' }).count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
