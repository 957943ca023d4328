import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../console/src/i18n.ts';
import type { DataSource } from '../../schemas/types.ts';
import { launchChromium } from '../support/browser.ts';
import { open, pageReader, signIn } from '../support/console-page.ts';
import { factory } from '../support/factory.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// A lane system with no ready reader, registered through the console as its administrator does: a JSON
// source with two fields mapped by hand, read on a cron pattern. A pattern and a selector written wrong are
// refused beside their fields in Vietnamese and nothing is stored; the corrected source is saved, reads the
// lane system's document served on this machine, says its schedule, and opened again shows the same
// mapping and saves back unchanged; a failed read is told by its code. On a phone, by keyboard, Vietnamese
// with no English, without serious accessibility faults.

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const SOURCE = 'Làn chờ cửa khẩu Lệ Thanh';
const CRON = '*/15 6-22 * * *';
const asRead = (text: string | null) => text?.replace(/\s+/g, ' ').trim();
const vi = (key: keyof typeof messages) => messages[key].vi;

/** The lane system: its document, dated a minute ago, or a 404 once it is "down". */
class LaneSystem {
  private server: Server | undefined;
  down = false;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      if (this.down || req.url !== '/lanes.json') {
        res.writeHead(404).end();
        return;
      }
      const body = {
        updated: new Date(Date.now() - 60_000).toISOString(),
        lanes: [
          { id: 'goods', wait: '1,5', status: 'Đông' },
          { id: 'passengers', wait: 25, status: 'Thông thoáng' },
        ],
      };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/lanes.json`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.server)
        this.server.close(() => {
          resolve();
        });
      else resolve();
    });
  }
}

/** The name of the element that has the focus. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('name'));

describe('a data source with its own field mapping, in the console', () => {
  let server: TestServer;
  let browser: Browser;
  const lanes = new LaneSystem();
  const leThanh = factory.gate({ name: 'Cửa khẩu Lệ Thanh', province: 'Gia Lai' });
  let stored: DataSource | undefined;
  const sourceRow = (page: Page) =>
    page.locator(`[data-list="data-sources"] [data-row="${stored?.id ?? 'none'}"]`);

  beforeAll(async () => {
    await lanes.start();
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    expect((await server.api.post('/api/v1/gates', leThanh)).status).toBe(201);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
    await lanes.stop();
  });

  it('an administrator maps two fields of a lane system’s JSON on a cron pattern; mistakes are refused at their row; the source reads and reopens as saved', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await signIn(page, server.url);
      await open(page, server.url, 'data', 'Dữ liệu trực tiếp');
      await page.getByRole('button', { name: 'Thêm nguồn dữ liệu', exact: true }).click();
      const form = page.locator('[data-editor="data-source"]');
      await form.locator('input[name="data-name"]').fill(SOURCE);
      await form.getByRole('radio', { name: 'Gatecast tự đọc một địa chỉ theo định kỳ' }).check();
      await form.locator('select[name="data-adapter"]').selectOption({ label: 'JSON (tự khai báo trường)' });
      expect(await form.locator('[data-adapter-hint]').textContent()).toBe(vi('dataAdapterMappedHint'));
      await form.locator('input[name="data-url"]').fill(lanes.url);
      await form.getByRole('checkbox', { name: vi('srcFieldAllowPrivate') }).check();
      await form.getByRole('radio', { name: 'Theo lịch', exact: true }).check();
      expect(await form.locator('input[name="data-every"]').count()).toBe(0);
      // The hour 25 does not exist: the pattern is the slip.
      await form.locator('input[name="data-cron"]').fill('*/15 6-25 * * *');
      expect(asRead(await form.locator('[data-schedule] .hint').textContent())).toContain(
        `Ví dụ ${CRON} là mỗi 15 phút từ 6:00 đến 22:45.`,
      );
      await form.getByRole('radio', { name: 'Các tỉnh và cổng được chọn' }).check();
      await form.getByRole('checkbox', { name: 'Cửa khẩu Lệ Thanh' }).check();

      // The first field: the passengers' wait in minutes, its place written with a bracket left open.
      const rows = form.locator('[data-mapping-row]');
      expect(await rows.count()).toBe(1);
      await form.locator('input[name="data-field-path-0"]').fill('queue.passengers.minutes');
      await form.locator('select[name="data-field-unit-0"]').selectOption({ label: 'Phút' });
      await form.locator('input[name="data-field-select-0"]').fill('lanes[id=passengers/wait');
      // The second: the lane's state in words (a text field takes no unit and no decimal mark).
      await form.getByRole('button', { name: 'Thêm trường', exact: true }).click();
      await expect.poll(() => focused(page)).toBe('data-field-path-1');
      await form.locator('input[name="data-field-path-1"]').fill('queue.passengers.status');
      await form.locator('select[name="data-field-type-1"]').selectOption({ label: 'Chữ' });
      expect(await form.locator('[name="data-field-unit-1"], [name="data-field-decimal-1"]').count()).toBe(0);
      await form.locator('input[name="data-field-select-1"]').fill('lanes[id=passengers]/status');
      await form.locator('input[name="data-observed-select"]').fill('updated');

      const create = form.getByRole('button', { name: 'Tạo nguồn', exact: true });
      await create.click();
      const cron = form.locator('input[name="data-cron"]');
      await expect.poll(() => cron.getAttribute('aria-invalid')).toBe('true');
      expect(await form.locator('[data-error-for="/pull/cron"]').textContent()).toBe(
        vi('error_data_bad_cron'),
      );
      await expect.poll(() => focused(page)).toBe('data-cron');
      await cron.fill(CRON);
      await create.click();
      const select = form.locator('input[name="data-field-select-0"]');
      await expect.poll(() => select.getAttribute('aria-invalid')).toBe('true');
      // At its row, in Vietnamese, and the focus on it; the pattern, corrected, is no longer marked.
      const error = rows.nth(0).locator('[data-error-for="/pull/fields/0/select"]');
      expect(await error.textContent()).toBe(vi('error_data_bad_select'));
      expect(await select.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
      await expect.poll(() => focused(page)).toBe('data-field-select-0');
      expect(await cron.getAttribute('aria-invalid')).toBeNull();
      expect(await rows.nth(1).locator('.field-error').count()).toBe(0);
      expect((await server.api.get<{ items: DataSource[] }>('/api/v1/data-sources')).body.items).toEqual([]);

      await select.fill('lanes[id=passengers]/wait');
      await create.click();
      await form.getByText('Đã tạo nguồn dữ liệu.').waitFor();
      expect(await form.locator('[aria-invalid="true"]').count()).toBe(0);
      [stored] = (await server.api.get<{ items: DataSource[] }>('/api/v1/data-sources')).body.items;
      expect(stored?.pull).toStrictEqual({
        url: lanes.url,
        adapter: 'json',
        everyMinutes: 30,
        cron: CRON,
        timeoutSeconds: 10,
        allowPrivate: true,
        fields: [
          {
            path: 'queue.passengers.minutes',
            type: 'number',
            unit: 'minute',
            select: 'lanes[id=passengers]/wait',
          },
          { path: 'queue.passengers.status', type: 'text', select: 'lanes[id=passengers]/status' },
        ],
        observedAt: { select: 'updated', format: 'iso' },
      });
      await form.getByRole('button', { name: 'Đóng', exact: true }).click();

      // Opened: its schedule in words, its fields, and a read now gives both values.
      await sourceRow(page)
        .getByRole('button', { name: `Mở ${SOURCE}`, exact: true })
        .click();
      const detail = page.locator(`[data-source="${stored!.id}"]`);
      expect(asRead(await detail.locator('dd[data-schedule]').textContent())).toBe(
        `Theo lịch ${CRON} (giờ Việt Nam)`,
      );
      expect(await detail.locator('[data-mapped] li').allTextContents()).toEqual([
        'queue.passengers.minutes lấy tại lanes[id=passengers]/wait',
        'queue.passengers.status lấy tại lanes[id=passengers]/status',
      ]);
      await detail.getByRole('button', { name: 'Đọc ngay', exact: true }).click();
      await expect
        .poll(() => detail.locator('[data-reading] [role="status"]').textContent())
        .toBe('Đã đọc: 2 giá trị, 2 giá trị mới, 0 chờ duyệt.');
      const value = (path: string) => detail.locator(`[data-current] tr[data-path="${path}"] [data-value]`);
      await expect
        .poll(async () => asRead(await value('queue.passengers.minutes').textContent()))
        .toBe('25 phút');
      expect(await value('queue.passengers.status').textContent()).toBe('Thông thoáng');

      // Opened again in the editor: the same mapping, the same pattern; saved untouched, what is stored goes back.
      await sourceRow(page)
        .getByRole('button', { name: `Sửa nguồn ${SOURCE}`, exact: true })
        .click();
      const again = page.locator('[data-editor="data-source"]');
      await again.locator('input[name="data-field-path-1"]').waitFor();
      const valueOf = (name: string) => again.locator(`[name="${name}"]`).inputValue();
      expect(await valueOf('data-adapter')).toBe('json');
      expect(await again.getByRole('radio', { name: 'Theo lịch', exact: true }).isChecked()).toBe(true);
      expect(await valueOf('data-cron')).toBe(CRON);
      expect(await again.locator('[data-mapping-row]').count()).toBe(2);
      expect(
        await Promise.all(
          [
            'data-field-path-0',
            'data-field-type-0',
            'data-field-unit-0',
            'data-field-select-0',
            'data-field-decimal-0',
            'data-field-path-1',
            'data-field-type-1',
            'data-field-select-1',
            'data-observed-select',
            'data-observed-format',
          ].map(valueOf),
        ),
      ).toEqual([
        'queue.passengers.minutes',
        'number',
        'minute',
        'lanes[id=passengers]/wait',
        '.',
        'queue.passengers.status',
        'text',
        'lanes[id=passengers]/status',
        'updated',
        'iso',
      ]);
      const sent = page.waitForRequest(
        (r) => r.method() === 'PUT' && r.url().includes('/api/v1/data-sources/'),
      );
      await again.getByRole('button', { name: 'Lưu nguồn', exact: true }).click();
      const {
        id: _i,
        tokenHint: _t,
        createdBy: _b,
        createdAt: _c,
        updatedAt: _u,
        health: _h,
        ...input
      } = (await server.api.get<DataSource>(`/api/v1/data-sources/${stored!.id}`)).body;
      expect((await sent).postDataJSON()).toStrictEqual(input);
      await again.getByText('Đã lưu nguồn dữ liệu.').waitFor();

      // The lane system down: the read fails and says why in Vietnamese, from the error's code.
      lanes.down = true;
      await detail.getByRole('button', { name: 'Đọc ngay', exact: true }).click();
      await expect
        .poll(() => detail.locator('[data-reading] [role="status"]').textContent())
        .toBe('Đọc không thành công: Địa chỉ đọc trả lời mã lỗi 404.');
      const health = (await server.api.get<DataSource>(`/api/v1/data-sources/${stored!.id}`)).body.health;
      expect(health.lastErrorCode).toBe('data_fetch_failed');
      await expect
        .poll(() => sourceRow(page).locator('[data-last-error]').textContent())
        .toContain('Địa chỉ đọc trả lời mã lỗi 404.');
      lanes.down = false;
    } finally {
      await page.close();
    }
  });

  it('the mapping fits a phone, works by keyboard, has no English and no serious accessibility fault', async () => {
    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true, bypassCSP: true });
    const { read, found, faults } = pageReader(page);
    try {
      await signIn(page, server.url);
      await open(page, server.url, 'data', 'Dữ liệu trực tiếp');
      await sourceRow(page)
        .getByRole('button', { name: `Mở ${SOURCE}`, exact: true })
        .click();
      await page.locator(`[data-source="${stored!.id}"] [data-current]`).waitFor();
      await read('#data, the mapped source open');

      await sourceRow(page)
        .getByRole('button', { name: `Sửa nguồn ${SOURCE}`, exact: true })
        .click();
      const form = page.locator('[data-editor="data-source"]');
      await form.locator('[data-mapping-row]').nth(1).waitFor();
      await read('#data, the mapped source in its editor');

      // By keyboard: back to every few minutes and on to the schedule again with the arrows.
      await form.getByRole('radio', { name: 'Theo lịch', exact: true }).focus();
      await page.keyboard.press('ArrowUp');
      expect(await form.locator('input[name="data-every"]').inputValue()).toBe('30');
      await page.keyboard.press('ArrowDown');
      expect(await form.locator('input[name="data-cron"]').inputValue()).toBe(CRON);
      // A field added from the keyboard takes the focus; removed, the focus goes back to "Thêm trường".
      await form.getByRole('button', { name: 'Thêm trường', exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe('data-field-path-2');
      await page.keyboard.type('queue.goods.hours');
      await page.keyboard.press('Tab');
      await expect.poll(() => focused(page)).toBe('data-field-type-2');
      await form.getByRole('button', { name: 'Bỏ trường 3', exact: true }).focus();
      await page.keyboard.press('Enter');
      expect(await form.locator('[data-mapping-row]').count()).toBe(2);
      await expect.poll(() => focused(page)).toBe('data-field-add');

      // A place written wrong, refused at its row on the phone too.
      await form.locator('input[name="data-field-select-1"]').fill('lanes[id=passengers]//status');
      await form.getByRole('button', { name: 'Lưu nguồn', exact: true }).click();
      const error = form.locator('[data-error-for="/pull/fields/1/select"]');
      await error.waitFor();
      await expect.poll(() => focused(page)).toBe('data-field-select-1');
      await read('#data, a place refused at its row');
    } finally {
      await page.close();
    }
    expect(found).toEqual([]);
    expect(faults).toEqual([]);
  });
});
