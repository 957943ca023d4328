import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../schemas/events.ts';
import type { DeviceTokenCreated } from '../../schemas/types.ts';
import { launchChromium } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import {
  ADMIN_PASSWORD,
  connectPlayer,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';

// One status vocabulary: a screen never heard from is grey "Chưa kết nối lần nào" on the screens page, the
// dashboard and its own page alike (the screens page once said red "Mất kết nối"), and a screen that sends
// heartbeats is green "Đang hoạt động" on all three — and changes there live.
describe('a screen’s status says the same on every page', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let device: PlayerSocket;
  let now = Date.now();
  const gate = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang', languages: ['vi'] });
  const never = factory.screen(gate.id!, { name: 'Bảng LED mới lắp' });
  const heard = factory.screen(gate.id!, { name: 'Màn hình sảnh', kind: 'indoor' });

  const beat = async () => {
    const reply = (await device
      .timeout(5000)
      .emitWithAck('heartbeat', factory.heartbeat({ sentAt: now }))) as Ack<unknown>;
    expect(reply.ok).toBe(true);
  };
  /** The status badge of a screen's row: its colour class and its words. */
  const badgeOf = async (row: Locator) => {
    const badge = row.locator('[data-connectivity] .badge, .badge[data-connectivity]').first();
    await badge.waitFor();
    return { colour: await badge.getAttribute('class'), words: (await badge.innerText()).trim() };
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
      ['/api/v1/gates', gate],
      ['/api/v1/screens', never],
      ['/api/v1/screens', heard],
    ] as const)
      expect((await server.api.post(path, body)).status).toBe(201);
    const token = await server.api.post<DeviceTokenCreated>(`/api/v1/screens/${heard.id}/tokens`, {});
    device = connectPlayer(server.url, token.body.token);
    await nextEvent(device, 'config');
    await beat();
    await server.app.monitor.check();

    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${server.url}/console/`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
  });
  afterAll(async () => {
    device.close();
    await page.close();
    await browser.close();
    await server.stop();
  });

  const grey = { colour: expect.stringContaining('badge-muted') as unknown, words: '– Chưa kết nối lần nào' };
  const green = { colour: expect.stringContaining('badge-ok') as unknown, words: '● Đang hoạt động' };

  it('says grey "Chưa kết nối lần nào" and green "Đang hoạt động" on the screens page, the dashboard and the screen’s page', async () => {
    await page.goto(`${server.url}/console/#fleet`);
    const fleetRow = (id: string) => page.locator(`[data-list="screens"] tr[data-row="${id}"]`);
    await expect.poll(() => badgeOf(fleetRow(never.id!))).toEqual(grey);
    await expect.poll(() => badgeOf(fleetRow(heard.id!))).toEqual(green);
    // The gate counts its screens in the same words.
    expect(await page.locator(`[data-list="gates"] tr[data-row="${gate.id}"]`).innerText()).toContain(
      '1 đang hoạt động',
    );
    // The filter offers the five statuses by the same words, and keeps the never-connected one.
    const filter = page.locator('select[name="screens-filter-connection"]');
    expect(await filter.locator('option').allInnerTexts()).toEqual([
      'Tất cả',
      'Mất kết nối',
      'Chậm báo',
      'Chưa kết nối lần nào',
      'Tắt theo lịch',
      'Đang hoạt động',
    ]);
    await filter.selectOption('never');
    await expect.poll(() => page.locator('[data-list="screens"] tbody tr').count()).toBe(1);
    expect(await page.locator('[data-list="screens"] tbody tr').innerText()).toContain(never.name);

    await page.goto(`${server.url}/console/#dashboard`);
    const dashRow = (id: string) => page.locator(`tr[data-screen="${id}"]`);
    await expect.poll(() => badgeOf(dashRow(never.id!))).toEqual(grey);
    await expect.poll(() => badgeOf(dashRow(heard.id!))).toEqual(green);

    await page.goto(`${server.url}/console/#screen/${never.id}`);
    await expect.poll(() => badgeOf(page.locator('main'))).toEqual(grey);
  });

  it('turns a silent screen red "Mất kết nối" on the screens page live, as on the dashboard', async () => {
    await page.goto(`${server.url}/console/#fleet`);
    const row = page.locator(`[data-list="screens"] tr[data-row="${heard.id}"]`);
    await expect.poll(() => badgeOf(row)).toEqual(green);
    now += 200_000; // silent past OFFLINE_AFTER_SECONDS
    await server.app.monitor.check();
    await expect
      .poll(() => badgeOf(row))
      .toEqual({ colour: expect.stringContaining('badge-bad') as unknown, words: '○ Mất kết nối' });
    // The screen never heard from stays grey: it did not go dark, it was never lit.
    await expect
      .poll(() => badgeOf(page.locator(`[data-list="screens"] tr[data-row="${never.id}"]`)))
      .toEqual(grey);
  });
});
