import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScheduleInput } from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import { startTestServer, type Api, type TestServer } from '../support/server.ts';
import { seriousViolations } from '../support/axe.ts';

/** Presses Tab until the focused element matches `selector` (at most `max` times): no mouse involved. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

// Saves, submissions and live updates take their time on a loaded machine: wait for them, not for a clock.
const patient = { timeout: 15_000 };
const EDITOR = { username: 'bien-tap-le-thanh', password: 'biên tập Lệ Thanh 2026' };
type Stored = ScheduleInput & { id: string; updatedAt: string; createdAt: string };

describe('schedules in the console: an editor of one gate maintains its schedules and reads its week', () => {
  let server: TestServer;
  let browser: Browser;
  let editorApi: Api;
  const leThanh = factory.gate({ name: 'Cửa khẩu Lệ Thanh', province: 'Gia Lai' });
  const board = factory.screen(leThanh.id!, { name: 'Bảng LED cổng chính' });
  const kiosk = factory.screen(leThanh.id!, { name: 'Ki-ốt sảnh', kind: 'kiosk', width: 1080, height: 1920 });
  const tinhBien = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const tinhBienBoard = factory.screen(tinhBien.id!, { name: 'Bảng LED Tịnh Biên' });
  const message = factory.message({ name: 'Giờ mở cửa Lệ Thanh', gateId: leThanh.id! });
  const playlist = factory.playlist([message.id!], { name: 'Vòng buổi sáng Lệ Thanh', gateId: leThanh.id! });
  // The gate's weekday mornings, and a kiosk-only slot of the same priority inside them: a clash on the kiosk.
  const mornings = factory.schedule(
    playlist.id!,
    { gates: [leThanh.id!] },
    {
      name: 'Sáng các ngày làm việc',
      recurrence: { type: 'weekly', days: [1, 2, 3, 4, 5], start: '06:30', end: '08:30' },
      priority: 10,
    },
  );
  const kioskOnly = factory.schedule(
    playlist.id!,
    { screens: [kiosk.id!] },
    {
      name: 'Hướng dẫn ở ki-ốt',
      recurrence: { type: 'weekly', days: [1, 2, 3, 4, 5], start: '07:00', end: '08:00' },
      priority: 10,
    },
  );
  let elsewhere: Stored;

  const schedules = async () =>
    (await server.api.get<{ items: Stored[] }>('/api/v1/schedules?limit=500')).body.items;
  const scheduleNamed = async (name: string) => (await schedules()).find((s) => s.name === name);

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    for (const [path, body] of [
      ['/api/v1/gates', leThanh],
      ['/api/v1/screens', board],
      ['/api/v1/screens', kiosk],
      ['/api/v1/gates', tinhBien],
      ['/api/v1/screens', tinhBienBoard],
    ] as const)
      expect((await server.api.post(path, body)).status).toBe(201);
    editorApi = await server.api.newUser(
      EDITOR.username,
      ['editor'],
      { gates: [leThanh.id!] },
      EDITOR.password,
    );
    const publish = new Publisher(server, editorApi);
    await publish.create('/api/v1/messages', message);
    await publish.create('/api/v1/playlists', playlist);
    await publish.create('/api/v1/schedules', mornings);
    const made = await editorApi.post('/api/v1/schedules', kioskOnly);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    // Another gate's schedule, written nationally: the editor never sees it, and nothing they do changes it.
    const pl = await server.api.post<{ id: string }>(
      '/api/v1/playlists',
      factory.playlist([], {
        name: 'Đồng hồ Tịnh Biên',
        gateId: tinhBien.id!,
        items: [{ type: 'clock', duration: 5 }],
      }),
    );
    expect(pl.status, JSON.stringify(pl.body)).toBe(201);
    const other = await server.api.post<Stored>(
      '/api/v1/schedules',
      factory.schedule(pl.body.id, { gates: [tinhBien.id!] }, { name: 'Tịnh Biên cả ngày' }),
    );
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    elsewhere = other.body;
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('finds, edits and resubmits its gate’s schedule; refusals sit beside their fields; the week view explains a clash', async () => {
    // The console's CSP forbids inline scripts, rightly; the test lifts it only to inject axe-core.
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    try {
      await page.goto(`${server.url}/console/`);
      await page.getByLabel('Tên đăng nhập').fill(EDITOR.username);
      await page.getByLabel('Mật khẩu').fill(EDITOR.password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
      await page.getByRole('link', { name: 'Lịch phát' }).click();

      // The list reads as sentences; the other gate's schedule is not in it.
      const list = page.locator('[data-list="schedules"]');
      await list.getByText('Sáng các ngày làm việc').waitFor();
      expect(await list.locator('[data-sentence]').allTextContents()).toContain(
        'Thứ 2–6, 06:30–08:30, Cửa khẩu Lệ Thanh, ưu tiên 10',
      );
      expect(await list.textContent()).not.toContain('Tịnh Biên');
      // Search without accents, then open it.
      await page.getByLabel('Tìm kiếm').fill('sang cac ngay');
      await expect.poll(() => list.locator('tbody tr').count(), patient).toBe(1);
      const before = (await scheduleNamed('Sáng các ngày làm việc'))!;
      await page.getByRole('button', { name: 'Mở Sáng các ngày làm việc' }).click();
      await page.getByRole('heading', { name: 'Sửa lịch phát: Sáng các ngày làm việc' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('schedule-name');
      const editor = page.locator('#schedule-editor');
      await editor.getByLabel('Giờ kết thúc').fill('09:00');
      await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await expect
        .poll(() => editor.locator('[data-note]').textContent(), patient)
        .toContain('Đã lưu bản nháp');
      await editor.getByRole('button', { name: 'Lưu và gửi phê duyệt' }).click();
      await expect
        .poll(() => editor.locator('[data-note]').textContent(), patient)
        .toContain('Đã gửi phê duyệt');
      await expect
        .poll(
          () => list.locator(`[data-row="${before.id}"] [data-state]`).getAttribute('data-state'),
          patient,
        )
        .toBe('submitted');

      // Through the API: only the end time changed; the other schedules are as they were.
      const after = (await server.api.get<Stored>(`/api/v1/schedules/${before.id}`)).body;
      expect(after).toStrictEqual({
        ...before,
        recurrence: { ...before.recurrence, end: '09:00' },
        updatedAt: after.updatedAt,
      });
      expect(await scheduleNamed('Hướng dẫn ở ki-ốt')).toMatchObject(kioskOnly);
      expect((await server.api.get<Stored>(`/api/v1/schedules/${elsewhere.id}`)).body).toStrictEqual(
        elsewhere,
      );
      const count = (await schedules()).length;

      // No weekday ticked: refused beside the weekdays, in Vietnamese, and nothing is stored.
      await editor.getByRole('button', { name: 'Đóng' }).click();
      await page.getByRole('button', { name: 'Lịch phát mới' }).click();
      const fresh = page.locator('#schedule-editor');
      await fresh.getByLabel('Tên lịch phát').fill('Chiều tối');
      await fresh.getByLabel('Danh sách phát').selectOption({ label: 'Vòng buổi sáng Lệ Thanh' });
      for (const day of ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu'])
        await fresh.getByRole('checkbox', { name: day, exact: true }).uncheck();
      await fresh.getByRole('button', { name: 'Lưu bản nháp' }).click();
      const daysError = fresh.locator('[data-error-for="/recurrence/days"]');
      await daysError.waitFor();
      expect(await daysError.textContent()).toBe('Hãy chọn ít nhất một ngày trong tuần.');
      expect(
        await fresh.getByRole('checkbox', { name: 'Thứ Hai', exact: true }).getAttribute('aria-invalid'),
      ).toBe('true');
      expect((await schedules()).length).toBe(count);

      // 09:00 → 06:00 without "Qua đêm": refused beside that box; with it, stored as typed.
      await fresh.getByRole('checkbox', { name: 'Thứ Sáu', exact: true }).check();
      await fresh.getByLabel('Giờ bắt đầu').fill('21:00');
      await fresh.getByLabel('Giờ kết thúc').fill('06:00');
      await fresh.getByRole('button', { name: 'Lưu bản nháp' }).click();
      const overnightError = fresh.locator('[data-error-for="/recurrence/overnight"]');
      await overnightError.waitFor();
      expect(await overnightError.textContent()).toContain('Qua đêm');
      expect(await daysError.count()).toBe(0);
      expect((await schedules()).length).toBe(count);
      await fresh.getByRole('checkbox', { name: 'Qua đêm' }).check();
      expect(await fresh.locator('[data-cron]').textContent()).toBe('0 21 * * 5');
      await fresh.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await expect
        .poll(() => fresh.locator('[data-note]').textContent(), patient)
        .toContain('Đã lưu bản nháp');
      expect((await scheduleNamed('Chiều tối'))?.recurrence).toStrictEqual({
        type: 'weekly',
        days: [5],
        start: '21:00',
        end: '06:00',
        overnight: true,
      });
      await fresh.getByRole('button', { name: 'Đóng' }).click();

      // The kiosk's week: the kiosk-only schedule clashes with the gate's mornings, and the page says why.
      await page
        .getByLabel('Xem tuần của')
        .selectOption({ label: 'Màn hình Ki-ốt sảnh (Cửa khẩu Lệ Thanh)' });
      const clash = page.locator('.week-view [data-conflict]');
      await clash.first().waitFor();
      const explained = (await clash.allTextContents()).join('\n');
      expect(explained).toContain('Sáng các ngày làm việc');
      expect(explained).toContain('Hướng dẫn ở ki-ốt');
      expect(explained).toContain('cùng mức ưu tiên 10');
      expect(explained).toContain('xen kẽ');
      expect(explained).toContain('Thứ Hai 07:00–08:00');
      // Both are drawn on the time grid, side by side, and marked.
      const events = page.locator('.week-view [data-slot][data-clash]');
      await events.first().waitFor();
      // The calendar draws its events after the page's own state: poll rather than read once.
      await expect.poll(() => page.locator(`.week-view [data-slot="${kioskOnly.id}"]`).count()).toBe(5);
      // The board's week has no clash: the kiosk-only schedule does not reach it.
      await page
        .getByLabel('Xem tuần của')
        .selectOption({ label: 'Màn hình Bảng LED cổng chính (Cửa khẩu Lệ Thanh)' });
      await page.locator('.week-view [data-no-conflicts]').waitFor();
      await expect.poll(() => page.locator(`.week-view [data-slot="${kioskOnly.id}"]`).count()).toBe(0);

      // Duplicate: the copy keeps everything but its name and is a new draft; the original is untouched.
      await page.getByLabel('Tìm kiếm').fill('');
      await page.getByRole('button', { name: 'Nhân bản Hướng dẫn ở ki-ốt' }).click();
      const copy = page.locator('#schedule-editor');
      await copy.getByRole('heading', { name: 'Bản sao của Hướng dẫn ở ki-ốt' }).waitFor();
      await copy.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await expect
        .poll(() => copy.locator('[data-note]').textContent(), patient)
        .toContain('Đã lưu bản nháp');
      const { id: _id, name: _name, ...rest } = kioskOnly;
      const copied = await scheduleNamed('Bản sao của Hướng dẫn ở ki-ốt');
      expect(copied).toMatchObject(rest);
      expect(copied?.id).not.toBe(kioskOnly.id);
      expect(await scheduleNamed('Hướng dẫn ở ki-ốt')).toMatchObject(kioskOnly);
      await copy.getByRole('button', { name: 'Đóng' }).click();

      // No serious or critical accessibility violation, with the editor open and the week drawn.
      await page.getByRole('button', { name: 'Lịch phát mới' }).click();
      await page.locator('#schedule-editor').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('drags a weekly slot in the week view: after a confirmation it is saved as a draft with the new time', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await page.goto(`${server.url}/console/#schedules`);
      await page.getByLabel('Tên đăng nhập').fill(EDITOR.username);
      await page.getByLabel('Mật khẩu').fill(EDITOR.password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page
        .getByLabel('Xem tuần của')
        .selectOption({ label: 'Màn hình Ki-ốt sảnh (Cửa khẩu Lệ Thanh)' });
      const slot = page.locator(`.week-view [data-slot="${kioskOnly.id}"]`).first();
      // The calendar draws after the page's state and again when its data settles, replacing the slot's
      // element: scroll to it, then wait until two readings of its box agree before using its place.
      await expect
        .poll(() =>
          slot.scrollIntoViewIfNeeded({ timeout: 1_000 }).then(
            () => true,
            () => false,
          ),
        )
        .toBe(true);
      let last = '';
      await expect
        .poll(async () => {
          const now = JSON.stringify(await slot.boundingBox({ timeout: 1_000 }).catch(() => null));
          const same = now !== 'null' && now === last;
          last = now;
          return same;
        })
        .toBe(true);
      // The 07:00–08:00 slot is one hour tall: moving it down by its own height moves it an hour later.
      const box = (await slot.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 8);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, box.y + 8 + box.height / 2, { steps: 5 });
      await page.mouse.move(box.x + box.width / 2, box.y + 8 + box.height, { steps: 5 });
      await page.mouse.up();
      const question = page.getByRole('dialog');
      await question.waitFor();
      expect(await question.textContent()).toContain(
        'Đổi khung giờ của “Hướng dẫn ở ki-ốt” thành Thứ 2–6, 08:00–09:00?',
      );
      // Nothing is saved before the person agrees.
      expect((await scheduleNamed('Hướng dẫn ở ki-ốt'))?.recurrence).toMatchObject({
        start: '07:00',
        end: '08:00',
      });
      await question.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await expect
        .poll(() => page.locator('[data-week-note]').textContent(), patient)
        .toContain('Hãy gửi phê duyệt lại');
      const moved = await scheduleNamed('Hướng dẫn ở ki-ốt');
      expect(moved).toMatchObject({
        ...kioskOnly,
        recurrence: { type: 'weekly', days: [1, 2, 3, 4, 5], start: '08:00', end: '09:00' },
      });
    } finally {
      await page.close();
    }
  });

  it('creates a schedule with the keyboard alone; Enter in a field never submits it', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await page.goto(`${server.url}/console/#schedules`);
      await page.waitForFunction(() => document.activeElement?.id === 'username');
      await page.keyboard.type(EDITOR.username);
      await page.keyboard.press('Tab');
      await page.keyboard.type(EDITOR.password);
      await page.keyboard.press('Enter');
      await page.locator('[data-list="schedules"]').waitFor();
      await tabTo(page, '[data-action="new-schedule"]');
      await page.keyboard.press('Enter');
      // Focus lands in the opened form's first field.
      await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'schedule-name');
      await page.keyboard.type('Tối cuối tuần');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown'); // the playlist
      // Saturday and Sunday instead of the weekdays, with Space.
      for (const day of [1, 2, 3, 4, 5, 6, 7]) {
        await tabTo(page, `input[name="weekday"][value="${day}"]`);
        await page.keyboard.press('Space');
      }
      await tabTo(page, '#schedule-editor button[type="submit"]');
      expect(await scheduleNamed('Tối cuối tuần')).toBeUndefined();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('#schedule-editor [data-note]').textContent(), patient)
        .toContain('Đã gửi phê duyệt');
      const made = await scheduleNamed('Tối cuối tuần');
      expect(made).toMatchObject({
        playlistId: playlist.id,
        targets: { gates: [leThanh.id] },
        recurrence: { type: 'weekly', days: [6, 7], start: '06:00', end: '09:00', overnight: false },
        priority: 10,
      });
      const state = await editorApi.get<{ state: string }>(`/api/v1/schedules/${made!.id}/approval`);
      expect(state.body.state).toBe('submitted');
    } finally {
      await page.close();
    }
  });
});
