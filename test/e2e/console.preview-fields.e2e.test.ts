import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSourceWithToken } from '../../schemas/types.ts';
import { launchChromium } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.ts';

// An operator writing a message with a field sees in the preview what the chosen screen's board would
// show now: the lane system's waiting time in Vietnamese, and in Khmer with the gate's Khmer digits; a
// field no source gives yet is shown as written, so the operator sees which one it is.

describe('fields in the message preview', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    const gate = factory.gate({ name: 'Cửa khẩu Lệ Thanh', languages: ['vi', 'km'], digits: 'native' });
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    const board = factory.screen(gate.id!, { name: 'Bảng LED 800', kind: 'led', width: 800, height: 500 });
    expect((await server.api.post('/api/v1/screens', board)).status).toBe(201);
    const made = await server.api.post<DataSourceWithToken>('/api/v1/data-sources', {
      name: 'Hệ thống làn Lệ Thanh',
      kind: 'push',
      scope: { gates: [gate.id] },
      maxAgeSeconds: 1800,
    });
    expect(made.status).toBe(201);
    const pushed = await fetch(`${server.url}/api/v1/data/values`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${made.body.token}` },
      body: JSON.stringify({
        values: [{ path: 'queue.passengers.minutes', type: 'number', unit: 'minute', value: 25 }],
      }),
    });
    expect(pushed.status).toBe(200);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.url}/console/`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it("fills a field with the screen's value now, in each language and the gate's digits", async () => {
    await page.getByRole('link', { name: 'Thông điệp' }).click();
    await page.getByRole('button', { name: 'Thông điệp mới' }).click();
    await page.getByLabel('Tên thông điệp').fill('Thời gian chờ');
    await page.getByLabel('Nội dung (vi)').fill('Thời gian chờ: {{queue.passengers.minutes}}');
    await page.getByLabel('Nội dung (km)').fill('រង់ចាំ: {{queue.passengers.minutes}}');
    const frame = page.frameLocator('iframe[title^="Xem trước trên"]');
    const body = (lang: string) => frame.locator(`.message:not(.preparing)[lang="${lang}"] .message-body`);
    await body('vi').filter({ hasText: 'Thời gian chờ: 25 phút' }).waitFor({ timeout: 20_000 });
    await body('km').filter({ hasText: 'រង់ចាំ: ២៥ នាទី' }).waitFor({ timeout: 20_000 });

    // A field no source gives: the text as written, not an empty stage.
    await page.getByLabel('Nội dung (vi)').fill('Bán USD: {{rates.USD.sell}}');
    await body('vi').filter({ hasText: 'Bán USD: {{rates.USD.sell}}' }).waitFor({ timeout: 20_000 });
  });
});
