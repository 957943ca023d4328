import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emergency, FleetScreen, GateHours, ScreenHeartbeat } from '../../schemas/types.ts';
import { scheduleLoop } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.ts';

const zone = 'Asia/Ho_Chi_Minh';
/** "HH:MM" at the gate, `hours` from now. */
const localIn = (hours: number) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(Date.now() + hours * 3_600_000);

/** The brightest channel value of any pixel of a PNG. */
async function brightest(png: Buffer): Promise<number> {
  const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return data.reduce((max, v) => Math.max(max, v), 0);
}

// A board outside its gate's hours shows the night template (the gate's name and time, dim) instead of the
// schedule, dimmed in software to the level set for the hour; monitoring calls it "scheduled off", in the
// API and on the console's dashboard; and the console's gate form edits the hours.
describe('operating hours on the board', () => {
  let server: TestServer;
  let browser: Browser;
  let board: Page;
  // Open for one hour starting three hours from now, every day: now is outside. Dimmed to 30 % all day.
  const hours: GateHours = {
    weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], open: localIn(3), close: localIn(4) }],
    outside: 'night',
    dimming: [{ from: '00:00', level: 0.3 }],
  };
  const gate = factory.gate({
    name: 'Cửa khẩu Na Mèo',
    province: 'Thanh Hóa',
    timeZone: zone,
    hours,
    emergencyPolicy: 'single-approver',
  });
  const screen = factory.screen(gate.id!, { name: 'Bảng LED Na Mèo', width: 640, height: 320 });
  const message = factory.message({
    variants: { vi: { title: 'Chào mừng quý khách', body: 'Cửa khẩu mở cửa' } },
  });
  const stage = () => board.locator('#stage');

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer('sqlite', { env: { HEARTBEAT_SECONDS: '5' } }),
      launchChromium(),
    ]);
    const { api } = server;
    expect((await api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await api.post('/api/v1/screens', screen)).status).toBe(201);
    const playlist = factory.playlist([message.id!], {
      items: [{ type: 'message', messageId: message.id!, duration: 5 }],
    });
    await scheduleLoop(server, { messages: [message], playlist }, { screens: [screen.id!] });
    const link = await issuePlayerLink(api, screen.id!);
    board = await browser.newPage({ viewport: { width: 640, height: 320 }, deviceScaleFactor: 1 });
    await board.goto(server.url + link.playerUrl);
  });
  afterAll(async () => {
    await board.close();
    await browser.close();
    await server.stop();
  });

  it('shows the night template at the set brightness instead of the schedule', async () => {
    await board.waitForSelector('#stage[data-hours="night"] .hours-night', { timeout: 20_000 });
    // The schedule plays underneath (its message is on the stage), covered.
    await board.waitForSelector('[data-entry-type="message"]', { state: 'attached', timeout: 20_000 });
    const night = board.locator('.hours-night');
    expect(await night.locator('.hours-gate').innerText()).toBe('Cửa khẩu Na Mèo');
    expect(await night.locator('.hours-time').innerText()).toMatch(/^\d\d:\d\d$/);
    expect(await stage().evaluate((el) => getComputedStyle(el).filter)).toBe('brightness(0.3)');

    // In pixels: the template's grey (#6b6b6b, 107) dimmed to 30 % is about 32; the white message (255,
    // or 76 dimmed) is not seen. Something is drawn: not black.
    const shot = await board.screenshot({ clip: { x: 0, y: 0, width: 640, height: 320 } });
    const max = await brightest(shot);
    expect(max).toBeGreaterThan(20);
    expect(max).toBeLessThanOrEqual(40);
    // Without the dimming, the same template is brighter: the filter is what keeps it low.
    await stage().evaluate((el) => {
      el.style.filter = '';
    });
    expect(
      await brightest(await board.screenshot({ clip: { x: 0, y: 0, width: 640, height: 320 } })),
    ).toBeGreaterThan(90);
  });

  it('shows an emergency above the night template, and the night template again once it is cleared', async () => {
    /** What is drawn at the centre of the stage: an emergency, the night template, or the schedule. */
    const centre = () =>
      board.evaluate(() => {
        const box = document.getElementById('stage')?.getBoundingClientRect();
        if (!box) return 'no stage';
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        if (hit?.closest('.override')) return 'emergency';
        if (hit?.closest('.hours-cover')) return 'night';
        return 'schedule';
      });
    expect(await centre()).toBe('night');
    const sent = await server.api.post<Emergency>('/api/v1/emergencies', {
      variants: { vi: { title: 'Cảnh báo lũ quét', body: 'Tạm dừng xuất nhập cảnh' } },
      targets: { screens: [screen.id] },
      ttlMinutes: 10,
    });
    expect(sent.status).toBe(201);
    await board.waitForSelector('.override[data-override="emergency"] .message');
    await expect.poll(centre).toBe('emergency');
    await server.api.post(`/api/v1/emergencies/${sent.body.id}/clear`);
    await expect.poll(centre, { timeout: 10_000 }).toBe('night');
  });

  it('is "scheduled off" in the fleet API, in its heartbeat and on the console’s dashboard', async () => {
    await expect
      .poll(
        async () =>
          (await server.api.get<{ items: FleetScreen[] }>('/api/v1/fleet')).body.items.find(
            (s) => s.screenId === screen.id,
          )?.connectivity,
        { timeout: 20_000 },
      )
      .toBe('scheduled-off');
    await expect
      .poll(
        async () =>
          (await server.api.get<ScreenHeartbeat | null>(`/api/v1/screens/${screen.id}/heartbeat`)).body
            ?.heartbeat.onScreen.type,
        { timeout: 20_000 },
      )
      .toBe('scheduled-off');

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    try {
      await page.goto(`${server.url}/console/`);
      await page.getByLabel('Tên đăng nhập').fill('admin');
      await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
      await page.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
      await page.goto(`${server.url}/console/#dashboard`);
      const badge = page.locator(`tr[data-screen="${screen.id}"] .badge[data-connectivity]`);
      await expect.poll(() => badge.innerText(), { timeout: 15_000 }).toBe('◌ Tắt theo lịch');
      expect(await badge.getAttribute('class')).toContain('badge-night');
      await expect
        .poll(() => page.locator('[data-count="scheduled-off"]').innerText())
        .toMatch(/Tắt theo lịch\s*1/);
    } finally {
      await page.close();
    }
  });

  it('edits the hours in the gate form; opening now puts the schedule back on the board at once', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    try {
      await page.goto(`${server.url}/console/`);
      await page.getByLabel('Tên đăng nhập').fill('admin');
      await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
      await page.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
      await page.getByRole('button', { name: `Sửa cổng ${gate.name}`, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Sửa cổng ${gate.name}` });
      await dialog.waitFor();
      const period = dialog.getByRole('group', { name: 'Khung giờ 1' });
      expect(await period.getByLabel('Giờ mở').inputValue()).toBe(hours.weekly[0]?.open);
      // Open round the clock (equal times), full brightness from 06:00, black outside hours.
      await period.getByLabel('Giờ mở').fill('00:00');
      await period.getByLabel('Giờ đóng').fill('00:00');
      await dialog.getByLabel('Ngoài giờ hoạt động, màn hình').selectOption('black');
      await dialog.getByRole('button', { name: 'Thêm mức độ sáng' }).click();
      await dialog.locator('input[name="dimming-1-from"]').fill('06:00');
      await dialog.locator('input[name="dimming-1-level"]').fill('100');
      await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
    } finally {
      await page.close();
    }
    const stored = await server.api.get<{ hours?: GateHours }>(`/api/v1/gates/${gate.id}`);
    expect(stored.body.hours).toEqual({
      weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '00:00' }],
      outside: 'black',
      dimming: [
        { from: '00:00', level: 0.3 },
        { from: '06:00', level: 1 },
      ],
    });
    // The board hears of it in its config: the cover goes, the message is seen.
    await board.waitForSelector('#stage[data-hours="content"]', { timeout: 20_000 });
    expect(await board.locator('.hours-cover').isHidden()).toBe(true);
    expect(await board.locator('[data-entry-type="message"]').isVisible()).toBe(true);
  });
});
