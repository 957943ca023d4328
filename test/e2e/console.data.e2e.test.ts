import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../console/src/forms/message.form.ts';
import type { DataSource, StoredDataValue } from '../../schemas/types.ts';
import { launchChromium } from '../support/browser.ts';
import { expectFits, open, pageReader, signIn } from '../support/console-page.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, Api, startTestServer, type TestServer } from '../support/server.ts';

// The console's live data page, driven as its people use it: an administrator registers the rate board's
// push source and sees its token once; the board's system pushes the dollar rate with it and the page
// writes it as a Vietnamese board does; an editor enters the riel rate by hand, a slipped decimal waits for
// a look, its enterer cannot let it through, an approver on a phone does, and it becomes the current value;
// a message with {{rates.USD.sell}} keeps its field options. Vietnamese with no English, at a phone's
// width, without serious accessibility faults, by keyboard.

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
// An editor who may also approve: what stops them approving their own value is the two-person rule.
const EDITOR = { username: 'bien-tap-tinh-bien', password: 'biên tập viên Tịnh Biên 2026' };
const APPROVER = { username: 'duyet-an-giang', password: 'người duyệt An Giang 2026' };
const SOURCE = 'Tỷ giá tại quầy Tịnh Biên';
const MESSAGE = 'Tỷ giá đô la Mỹ';
/** Text as read: Intl writes a no-break space before ₫ and %, a person reads a space. */
const asRead = (text: string | null) => text?.replace(/\s/g, ' ');

describe('live data in the console', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: Api;
  let approver: Api;
  const tinhBien = factory.gate({
    name: 'Cửa khẩu Tịnh Biên',
    province: 'An Giang',
    languages: ['vi', 'km'],
  });
  let sourceId = '';
  let token = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    expect((await server.api.post('/api/v1/gates', tinhBien)).status).toBe(201);
    const scope = { provinces: ['An Giang'] };
    editor = await server.api.newUser(EDITOR.username, ['editor', 'approver'], scope, EDITOR.password);
    approver = await server.api.newUser(APPROVER.username, ['approver'], scope, APPROVER.password);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  const sourceRow = (page: Page) => page.locator(`[data-list="data-sources"] [data-row="${sourceId}"]`);

  it('an administrator registers a push source and sees its token once; the rates it pushes read as a Vietnamese board writes them', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
      await open(page, server.url, 'data', 'Dữ liệu trực tiếp');
      await page.getByRole('button', { name: 'Thêm nguồn dữ liệu', exact: true }).click();
      const form = page.locator('[data-editor="data-source"]');
      await form.locator('input[name="data-name"]').fill(SOURCE);
      expect(await form.getByRole('radio', { name: /^Nguồn tự gửi giá trị/ }).isChecked()).toBe(true);
      await form.getByRole('radio', { name: 'Các tỉnh và cổng được chọn' }).check();
      await form.getByRole('checkbox', { name: 'Cửa khẩu Tịnh Biên' }).check();
      // An age beyond 31 days is refused beside its field before anything is sent.
      await form.locator('input[name="data-max-age"]').fill('800');
      await form.getByRole('button', { name: 'Tạo nguồn', exact: true }).click();
      const age = form.locator('input[name="data-max-age"]');
      await expect.poll(() => age.getAttribute('aria-invalid')).toBe('true');
      expect(await form.textContent()).toContain('Từ 1 phút đến 31 ngày (744 giờ).');
      expect((await server.api.get<{ items: DataSource[] }>('/api/v1/data-sources')).body.items).toEqual([]);
      await age.fill('24');
      await form.locator('input[name="data-bound"]').fill('5');
      await form.getByRole('button', { name: 'Tạo nguồn', exact: true }).click();

      const dialog = page.getByRole('dialog', { name: `Mã truy cập của ${SOURCE}` });
      await dialog.waitFor();
      expect(await dialog.locator('[data-token-warning]').textContent()).toContain('chỉ hiển thị một lần');
      token = await dialog.locator('#data-token').inputValue();
      expect(token).toMatch(/^gcv_/);
      await dialog.getByRole('button', { name: 'Đóng', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await page.content()).not.toContain(token);

      const stored = (await server.api.get<{ items: DataSource[] }>('/api/v1/data-sources')).body.items;
      expect(stored).toMatchObject([
        {
          name: SOURCE,
          kind: 'push',
          scope: { gates: [tinhBien.id] },
          maxAgeSeconds: 86_400,
          boundPercent: 5,
        },
      ]);
      sourceId = stored[0]!.id;
      // No value yet: the source reads stale.
      await expect.poll(() => sourceRow(page).locator('[data-badge="stale"]').textContent()).toBe('Quá hạn');

      // The rate board's system pushes the dollar with the token.
      const board = new Api(server.url, token);
      const observedAt = Date.now() - 60_000;
      const pushed = await board.put<{ values: StoredDataValue[] }>('/api/v1/data/values', {
        values: [
          { path: 'rates.USD.sell', type: 'money', currency: 'VND', value: 26_370, observedAt },
          { path: 'rates.USD.buy', type: 'money', currency: 'VND', value: 25_980, observedAt },
        ],
      });
      expect(pushed.status, JSON.stringify(pushed.body)).toBe(200);

      // The same address is no navigation: the page is read again.
      await page.reload();
      await page.getByRole('heading', { name: 'Dữ liệu trực tiếp', level: 2 }).waitFor();
      await expect
        .poll(() => sourceRow(page).locator('[data-stale]').getAttribute('data-stale'))
        .toBe('false');
      await sourceRow(page)
        .getByRole('button', { name: `Mở ${SOURCE}`, exact: true })
        .click();
      const detail = page.locator(`[data-source="${sourceId}"]`);
      const sell = detail.locator('[data-current] tr[data-path="rates.USD.sell"] [data-value]');
      await expect.poll(async () => asRead(await sell.textContent())).toBe('26.370 ₫');
      expect(asRead(await detail.locator('tr[data-path="rates.USD.buy"] [data-value]').textContent())).toBe(
        '25.980 ₫',
      );
      expect(await detail.textContent()).toContain('Nguồn gửi');
    } finally {
      await page.close();
    }
  });

  it('an editor enters the riel rate; a slipped decimal waits; its enterer cannot let it through, an approver on a phone does', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    const phone = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      await signIn(page, server.url, EDITOR.username, EDITOR.password);
      await open(page, server.url, 'data', 'Dữ liệu trực tiếp');
      await sourceRow(page)
        .getByRole('button', { name: `Mở ${SOURCE}`, exact: true })
        .click();
      const detail = page.locator(`[data-source="${sourceId}"]`);
      const entry = detail.locator('#data-entry');
      await entry.locator('input[name="entry-path"]').fill('rates.KHR.sell');
      // The number is read the Vietnamese way and shown back as the boards will write it.
      await entry.locator('input[name="entry-value"]').fill('6,2');
      expect(asRead(await entry.locator('[data-entry-shown]').textContent())).toBe('Màn hình sẽ viết: 6,2 ₫');
      await entry.getByRole('button', { name: 'Nhập giá trị', exact: true }).click();
      await expect
        .poll(async () => asRead(await entry.locator('[data-entry-status]').textContent()))
        .toBe('Đã nhận: 6,2 ₫ là giá trị hiện tại.');
      const riel = detail.locator('[data-current] tr[data-path="rates.KHR.sell"] [data-value]');
      await expect.poll(async () => asRead(await riel.textContent())).toBe('6,2 ₫');

      // A point where Vietnamese writes a comma is refused beside the field, and nothing is sent.
      const value = entry.locator('input[name="entry-value"]');
      await value.fill('6.2');
      await entry.getByRole('button', { name: 'Nhập giá trị', exact: true }).click();
      await expect.poll(() => value.getAttribute('aria-invalid')).toBe('true');
      expect(await entry.locator('[data-error-for="/values/0/value"]').textContent()).toMatch(
        /^Không đọc được số này/,
      );

      // The slipped decimal, entered with Enter from the field: held, the current value stays.
      await value.fill('62');
      await value.press('Enter');
      await expect
        .poll(async () => asRead(await entry.locator('[data-entry-status]').textContent()))
        .toMatch(/^Giá trị 62 ₫ thay đổi quá ngưỡng của nguồn nên đang chờ một người khác duyệt/);
      expect(asRead(await riel.textContent())).toBe('6,2 ₫');
      const held = page.locator('[data-held-list] [data-path="rates.KHR.sell"]');
      await held.waitFor();
      expect(asRead(await held.locator('[data-before]').textContent())).toBe('6,2 ₫');
      expect(asRead(await held.locator('[data-after]').textContent())).toBe('62 ₫');
      expect(asRead(await held.locator('[data-percent]').textContent())).toBe('+900%');
      // Its enterer holds the approver role, and is told someone else must look; the server says so too.
      expect(await held.locator('[data-own-value]').textContent()).toBe(
        'Bạn đã nhập giá trị này nên không tự duyệt được: cần một người khác duyệt.',
      );
      expect(await held.getByRole('button').count()).toBe(0);
      const heldId = (await held.getAttribute('data-held'))!;
      const own = await editor.post<{ error: { reason: string } }>(`/api/v1/data-values/${heldId}/approve`);
      expect(own.status).toBe(403);
      expect(own.body.error.reason).toBe('same_person');

      // The approver on duty, on a phone, approves it: asked first, naming where it goes on screen.
      await signIn(phone, server.url, APPROVER.username, APPROVER.password);
      await open(phone, server.url, 'data', 'Dữ liệu trực tiếp');
      const card = phone.locator(`[data-held="${heldId}"]`);
      await card.waitFor();
      await expectFits(phone, '#data with a held value');
      const asked: string[] = [];
      phone.once('dialog', (d) => {
        asked.push(d.message());
        void d.accept();
      });
      await card.getByRole('button', { name: `Duyệt ${SOURCE} · rates.KHR.sell`, exact: true }).click();
      await expect
        .poll(async () => asRead(await phone.locator('[data-held-list] [role="status"]').textContent()))
        .toBe('Đã duyệt: 62 ₫ lên màn hình.');
      expect(asked[0]).toContain('Cửa khẩu Tịnh Biên');
      await phone.getByText('Không có giá trị nào chờ duyệt.').waitFor();

      const current = await approver.get<{ items: StoredDataValue[] }>(
        `/api/v1/data-sources/${sourceId}/values`,
      );
      expect(current.body.items.find((v) => v.path === 'rates.KHR.sell')).toMatchObject({
        value: 62,
        state: 'accepted',
        enteredBy: { name: EDITOR.username },
        decidedBy: { name: APPROVER.username },
      });
      // The source, opened on the phone: the riel is 62 ₫ now, and its history keeps both versions.
      await phone
        .locator(`[data-list="data-sources"] [data-row="${sourceId}"]`)
        .getByRole('button', { name: `Mở ${SOURCE}`, exact: true })
        .click();
      const opened = phone.locator(`[data-source="${sourceId}"]`);
      await expect
        .poll(async () =>
          asRead(await opened.locator('tr[data-path="rates.KHR.sell"] [data-value]').textContent()),
        )
        .toBe('62 ₫');
      await opened.getByRole('button', { name: 'Lịch sử rates.KHR.sell', exact: true }).click();
      const history = opened.locator('[data-history="rates.KHR.sell"]');
      await expect.poll(() => history.locator('tr[data-version]').count()).toBe(2);
      expect(await history.locator('tr[data-state="accepted"]').count()).toBe(2);
      await expectFits(phone, '#data with a source open');
    } finally {
      await page.close();
      await phone.close();
    }
  });

  it('a message with {{rates.USD.sell}} keeps the field options it was saved with', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await signIn(page, server.url, EDITOR.username, EDITOR.password);
      await open(page, server.url, 'messages', 'Thông điệp');
      await page.getByRole('button', { name: 'Thông điệp mới', exact: true }).click();
      const form = page.locator('#message-editor');
      await form.locator('input[name="name"]').fill(MESSAGE);
      // No field, no section.
      await form.locator('input[name="title-vi"]').fill('Tỷ giá hôm nay');
      expect(await form.locator('[data-check="fields"]').count()).toBe(0);
      await form.locator('input[name="title-vi"]').fill('Bán USD: {{rates.USD.sell}}');
      const fields = form.locator('[data-check="fields"]');
      await fields.getByRole('heading', { name: 'Trường dữ liệu' }).waitFor();
      expect(await fields.locator('[data-field-paths]').textContent()).toContain('rates.USD.sell');
      // A malformed field is named under its text, in Vietnamese.
      const body = form.locator('textarea[name="body-vi"]');
      await body.fill('Mua USD: {{rates.USD.buy|symbl}}');
      const problem = form.locator('[data-field-problems]');
      await expect.poll(() => problem.textContent()).toContain('Cách viết sau dấu | không hợp lệ:');
      expect(await body.getAttribute('aria-describedby')).toContain(
        (await problem.getAttribute('id')) ?? 'none',
      );
      await body.fill('Mua USD: {{rates.USD.buy}}');
      expect(await problem.count()).toBe(0);

      await fields.getByRole('radio', { name: /^Vẫn hiện, thêm dòng “cập nhật lúc …”/ }).check();
      await fields.locator('input[name="fields-max-age"]').fill('2');
      await fields.locator('select[name="fields-max-age-unit"]').selectOption('hours');
      await form.getByRole('button', { name: 'Lưu bản nháp', exact: true }).click();
      await form.getByText('Đã lưu bản nháp.').waitFor();

      const saved = (await editor.get<{ items: StoredMessage[] }>('/api/v1/messages')).body.items.find(
        (m) => m.name === MESSAGE,
      );
      expect(saved?.fieldOptions).toStrictEqual({ stale: 'as-of', maxAgeSeconds: 7_200 });
      await form.getByRole('button', { name: 'Đóng', exact: true }).click();

      // Reopened: the same options; saved untouched, exactly what is stored goes back.
      await page.getByRole('button', { name: `Mở ${MESSAGE}`, exact: true }).click();
      const again = page.locator('#message-editor [data-check="fields"]');
      await again.waitFor();
      expect(await again.getByRole('radio', { name: /^Vẫn hiện/ }).isChecked()).toBe(true);
      expect(await again.locator('input[name="fields-max-age"]').inputValue()).toBe('2');
      expect(await again.locator('select[name="fields-max-age-unit"]').inputValue()).toBe('hours');
      const sent = page.waitForRequest((r) => r.method() === 'PUT' && r.url().includes('/api/v1/messages/'));
      await page
        .locator('#message-editor')
        .getByRole('button', { name: 'Lưu bản nháp', exact: true })
        .click();
      const { id: _id, createdAt: _c, updatedAt: _u, ...own } = saved!;
      expect((await sent).postDataJSON()).toStrictEqual(own);
    } finally {
      await page.close();
    }
  });

  it('the data page is Vietnamese with no English, fits a phone, has no serious accessibility fault and works by keyboard', async () => {
    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true, bypassCSP: true });
    const { read, found, faults } = pageReader(page);
    try {
      await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
      // A held value, so that the list of them is read too.
      const held = await editor.post<{ values: StoredDataValue[] }>(
        `/api/v1/data-sources/${sourceId}/values`,
        {
          values: [{ path: 'rates.KHR.sell', type: 'money', currency: 'VND', value: 6.3 }],
        },
      );
      expect(held.body.values[0]?.state).toBe('held');
      await open(page, server.url, 'data', 'Dữ liệu trực tiếp');
      await page.locator('[data-held-list] [data-held]').waitFor();
      await read('#data');

      // Opened from the keyboard, the source takes the focus (its heading), and Tab goes on to its close button.
      await sourceRow(page)
        .getByRole('button', { name: `Mở ${SOURCE}`, exact: true })
        .focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('data-detail-heading');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Đóng nguồn');
      await page.locator(`[data-source="${sourceId}"] [data-current]`).waitFor();
      await page.getByRole('button', { name: 'Lịch sử rates.KHR.sell', exact: true }).click();
      await page.locator('[data-history="rates.KHR.sell"] tr[data-version]').first().waitFor();
      // A refusal beside its field, in Vietnamese.
      await page.locator('input[name="entry-value"]').fill('abc');
      await page.getByRole('button', { name: 'Nhập giá trị', exact: true }).click();
      await page.locator('[data-error-for="/values/0/value"]').waitFor();
      await read('#data, a source open');

      await page.getByRole('button', { name: 'Thêm nguồn dữ liệu', exact: true }).click();
      const form = page.locator('[data-editor="data-source"]');
      await form.getByRole('radio', { name: 'Gatecast tự đọc một địa chỉ theo định kỳ' }).check();
      await form.locator('select[name="data-adapter"]').selectOption('open-meteo-json');
      await read('#data, a new pull source');

      await open(page, server.url, 'messages', 'Thông điệp');
      await page.getByRole('button', { name: `Mở ${MESSAGE}`, exact: true }).click();
      await page.locator('#message-editor [data-check="fields"]').waitFor();
      await page
        .locator('#message-editor textarea[name="body-vi"]')
        .fill('Mua {{rates.USD.buy|symbl}} {{ }}');
      await page.locator('#message-editor [data-field-problems]').waitFor();
      await read('#messages, a message with fields');
    } finally {
      await page.close();
    }
    expect(found).toEqual([]);
    expect(faults).toEqual([]);
  });
});
