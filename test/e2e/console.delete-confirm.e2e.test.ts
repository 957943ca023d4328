import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Publisher } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.ts';

// Deleting content the public sees asks first, and says so: approved and on air, on how many screens at
// which gates. A draft's delete asks the plain question.
describe('delete confirmations name the screens approved content is on', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const tinhBien = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang', languages: ['vi'] });
  const xaMat = factory.gate({ name: 'Cửa khẩu Xa Mát', province: 'Tây Ninh', languages: ['vi'] });
  const screens = [
    factory.screen(tinhBien.id!, { name: 'Bảng LED Tịnh Biên' }),
    factory.screen(tinhBien.id!, { name: 'Màn hình sảnh Tịnh Biên', kind: 'indoor' }),
    factory.screen(xaMat.id!, { name: 'Bảng LED Xa Mát' }),
  ];
  const onAir = factory.message({ name: 'Giờ mở cửa', variants: { vi: { title: 'Mở cửa 7:00–17:00' } } });
  const draft = factory.message({ name: 'Bản nháp thời tiết', variants: { vi: { title: 'Trời mưa' } } });
  const playlist = factory.playlist([onAir.id!], { name: 'Vòng chính' });
  const schedule = factory.schedule(playlist.id!, { gates: [tinhBien.id!, xaMat.id!] }, { name: 'Cả ngày' });
  const prompts: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    for (const gate of [tinhBien, xaMat])
      expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    for (const s of screens) expect((await server.api.post('/api/v1/screens', s)).status).toBe(201);
    const publish = new Publisher(server);
    await publish.create('/api/v1/messages', onAir);
    await publish.create('/api/v1/playlists', playlist);
    await publish.create('/api/v1/schedules', schedule);
    expect((await server.api.post('/api/v1/messages', draft)).status).toBe(201);

    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('dialog', (dialog) => {
      prompts.push(dialog.message());
      void dialog.dismiss(); // declined: nothing is deleted
    });
    await page.goto(`${server.url}/console/`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.locator('nav.tabs').waitFor();
  });
  afterAll(async () => {
    await page.close();
    await browser.close();
    await server.stop();
  });

  const onAirSentence =
    'đã được duyệt và đang phát trên 3 màn hình tại Cửa khẩu Tịnh Biên (2 màn hình), Cửa khẩu Xa Mát (1 màn hình). Xóa sẽ gỡ nó khỏi các màn hình đó ngay.';

  it('asks before deleting an approved message, saying it is on 3 screens at two gates', async () => {
    await page.goto(`${server.url}/console/#messages`);
    await page.getByRole('heading', { name: 'Thông điệp', exact: true, level: 2 }).waitFor();
    prompts.length = 0;
    await page.getByRole('button', { name: `Xóa ${onAir.name}`, exact: true }).click();
    await expect.poll(() => prompts.length).toBe(1);
    expect(prompts[0]).toContain(onAirSentence);
    expect(prompts[0]).toContain(`Xóa thông điệp “${onAir.name}”?`);
    // Declined: still there.
    expect((await server.api.get(`/api/v1/messages/${onAir.id}`)).status).toBe(200);

    // A draft is on no screen: the plain question.
    prompts.length = 0;
    await page.getByRole('button', { name: `Xóa ${draft.name}`, exact: true }).click();
    await expect.poll(() => prompts.length).toBe(1);
    expect(prompts[0]).toBe(`Xóa thông điệp “${draft.name}”? Không thể hoàn tác.`);
  });

  it('says the same in the playlist’s and the schedule’s confirmation', async () => {
    for (const [hash, heading, name] of [
      ['playlists', 'Danh sách phát', playlist.name],
      ['schedules', 'Lịch phát', schedule.name],
    ] as const) {
      await page.goto(`${server.url}/console/#${hash}`);
      await page.getByRole('heading', { name: heading, exact: true, level: 2 }).waitFor();
      await page.getByRole('button', { name: `Xóa ${name}`, exact: true }).click();
      const confirmation = page.locator('.confirm[role="group"]');
      await expect.poll(() => confirmation.locator('[data-on-air]').textContent()).toContain(onAirSentence);
      // The warning describes the confirmation for a screen reader too.
      const described = await confirmation.getAttribute('aria-describedby');
      expect(await page.locator(`#${described}`).textContent()).toContain('3 màn hình');
    }
  });
});
