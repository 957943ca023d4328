import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalStatus, MessageInput } from '../../schemas/types.ts';
import { publisherOf } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { seriousViolations } from '../support/axe.ts';

const EDITOR = { username: 'bien.tap.thong.diep', password: 'biên tập thông điệp Lệ Thanh 2026' };

async function signIn(page: Page, url: string) {
  await page.goto(`${url}/console/`);
  await page.getByLabel('Tên đăng nhập').fill(EDITOR.username);
  await page.getByLabel('Mật khẩu').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
  await page.getByRole('link', { name: 'Thông điệp' }).click();
  await page.getByRole('heading', { name: 'Thông điệp', level: 2 }).waitFor();
}

/** The focused element's field name, else its accessible label, else its text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    return el.getAttribute('name') || el.getAttribute('aria-label') || el.textContent.trim();
  });

/** Presses Tab until the focused element is named `name` (a bounded walk, as a keyboard user does). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}" (focus is on "${await focusedName(page)}")`);
}

const status = (page: Page) => page.locator('#message-editor [data-form-status]').textContent();

describe('an editor scoped to Lệ Thanh maintains its messages', () => {
  let server: TestServer;
  let browser: Browser;
  const leThanh = factory.gate({ id: 'le-thanh', languages: ['vi', 'km', 'jra'] });
  const boY = factory.gate({
    id: 'bo-y',
    name: 'Cửa khẩu Bờ Y',
    province: 'Kon Tum',
    borderCountry: 'LA',
    languages: ['vi', 'lo'],
  });
  const board = factory.screen(leThanh.id!, { name: 'Bảng LED Lệ Thanh', languages: ['vi', 'km', 'jra'] });
  let first: { id: string; name: string };
  const hours: MessageInput = {
    id: 'gio-mo-cua-le-thanh',
    name: 'Giờ mở cửa Lệ Thanh',
    gateId: leThanh.id!,
    level: 'priority',
    variants: {
      vi: {
        title: 'Giờ mở cửa',
        body: 'Cửa khẩu mở cửa từ 7:00 đến 22:00',
        ticker: 'Cửa khẩu Lệ Thanh mở cửa từ 7:00 đến 22:00 hằng ngày',
      },
      km: { title: 'ម៉ោងបើក', ticker: 'ច្រកទ្វារបើកពីម៉ោង ៧:០០ ដល់ ២២:០០' },
    },
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    for (const [path, body] of [
      ['/api/v1/gates', leThanh],
      ['/api/v1/gates', boY],
      ['/api/v1/screens', board],
      ['/api/v1/messages', hours],
      ['/api/v1/messages', { ...hours, id: 'gio-mo-cua-bo-y', name: 'Giờ mở cửa Bờ Y', gateId: boY.id! }],
    ] as const) {
      const made = await server.api.post(path, body);
      expect(made.status, JSON.stringify(made.body)).toBe(201);
    }
    // Enough of Lệ Thanh's own messages for two pages.
    for (let i = 1; i <= 22; i++) {
      const made = await server.api.post(
        '/api/v1/messages',
        factory.message({ name: `Thông báo số ${i}`, gateId: leThanh.id! }),
      );
      expect(made.status).toBe(201);
    }
    // A loop of Lệ Thanh plays "Thông báo số 1": that message cannot be deleted.
    const used = await server.api.get<{ items: { id: string; name: string }[] }>(
      '/api/v1/messages?limit=500',
    );
    first = used.body.items.find((m) => m.name === 'Thông báo số 1')!;
    const loop = await server.api.post(
      '/api/v1/playlists',
      factory.playlist([first.id], { name: 'Vòng Lệ Thanh', gateId: leThanh.id! }),
    );
    expect(loop.status, JSON.stringify(loop.body)).toBe(201);
    // Submitted once and sent back by an approver, with a reason the author must see.
    const base = `/api/v1/messages/${hours.id}`;
    expect((await server.api.post(`${base}/submit`, { acknowledgedMissing: ['jra'] })).status).toBe(200);
    const approver = await publisherOf(server).approver();
    const rejected = await approver.post(`${base}/reject`, { reason: 'Giờ đóng cửa mới là 21:30' });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    const made = await server.api.post('/api/v1/users', {
      username: EDITOR.username,
      password: EDITOR.password,
      displayName: 'Biên tập viên Lệ Thanh',
      roles: ['editor'],
      scope: { gates: [leThanh.id!] },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('finds the gate’s message by search, edits it keeping its ticker, saves a draft and resubmits it', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await signIn(page, server.url);
      const list = page.locator('[data-list="messages"]');
      await list.getByText('Trang 1/2').waitFor();
      // The rejection reaches the author in the list.
      await list
        .locator(`[data-row="${hours.id}"] [data-rejection]`)
        .getByText('Giờ đóng cửa mới là 21:30')
        .waitFor();

      // Without accents, as people type in a hurry.
      await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('gio mo cua');
      await expect.poll(() => list.locator('tbody tr').count()).toBe(1);
      await page.getByRole('button', { name: 'Mở Giờ mở cửa Lệ Thanh' }).click();

      const editor = page.locator('#message-editor');
      await editor.getByRole('heading', { name: 'Sửa Giờ mở cửa Lệ Thanh' }).waitFor();
      expect(await focusedName(page)).toBe('name');
      expect(await editor.locator('[data-rejection]').textContent()).toContain('Giờ đóng cửa mới là 21:30');
      // The tickers are shown, and the owner stays Lệ Thanh.
      expect(await editor.getByLabel('Dòng chữ chạy (vi)').inputValue()).toBe(hours.variants.vi!.ticker);
      expect(await editor.getByLabel('Dòng chữ chạy (km)').inputValue()).toBe(hours.variants.km!.ticker);
      expect(await editor.locator('select[name="owner-gate"]').inputValue()).toBe(leThanh.id);

      await editor.getByLabel('Nội dung (vi)').fill('Cửa khẩu mở cửa từ 7:00 đến 21:30');
      await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await expect.poll(() => status(page)).toContain('Đã lưu bản nháp');
      const saved = await server.api.get<MessageInput>(`/api/v1/messages/${hours.id}`);
      expect(saved.body.variants).toStrictEqual({
        vi: { ...hours.variants.vi, body: 'Cửa khẩu mở cửa từ 7:00 đến 21:30' },
        km: hours.variants.km,
      });
      expect(saved.body).toMatchObject({ gateId: leThanh.id, level: 'priority' });

      // Enter in "Thêm ngôn ngữ" adds the language and submits nothing.
      await editor.getByLabel('Thêm ngôn ngữ').fill('lo');
      await editor.getByLabel('Thêm ngôn ngữ').press('Enter');
      await editor.locator('fieldset[data-lang="lo"]').waitFor();
      // Focus moves to the new language's title on the next frame after it is drawn.
      await expect.poll(() => focusedName(page), { timeout: 5000 }).toBe('title-lo');
      const still = await server.api.get<ApprovalStatus>(`/api/v1/messages/${hours.id}/approval`);
      expect(still.body.state).toBe('draft');

      // Jrai is missing: submitting asks for an acknowledgement first, then sends it.
      await editor.getByRole('button', { name: 'Gửi phê duyệt' }).click();
      await expect.poll(() => status(page)).toContain('Chưa gửi được');
      expect(await focusedName(page)).toBe('ack-jra');
      await editor.locator('input[name="ack-jra"]').check();
      await editor.getByRole('button', { name: 'Gửi phê duyệt' }).click();
      await expect.poll(() => status(page)).toContain('Đã gửi phê duyệt');
      const submitted = await server.api.get<ApprovalStatus & { acknowledgedMissing?: string[] }>(
        `/api/v1/messages/${hours.id}/approval`,
      );
      expect(submitted.body.state).toBe('submitted');
      expect(submitted.body.acknowledgedMissing).toStrictEqual(['jra']);
      // The edited tickers were submitted as saved.
      const after = await server.api.get<MessageInput>(`/api/v1/messages/${hours.id}`);
      expect(after.body.variants.km).toStrictEqual(hours.variants.km);
    } finally {
      await page.close();
    }
  });

  it('shows a server refusal in Vietnamese beside the name field, and passes axe with the editor open', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    try {
      await signIn(page, server.url);
      await page.getByRole('button', { name: 'Thông điệp mới' }).click();
      const editor = page.locator('#message-editor');
      await editor.getByLabel('Tiêu đề (vi)').fill('Đường vào cửa khẩu đang sửa');
      await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
      const beside = editor.locator('[data-error-for="/name"]');
      await beside.waitFor();
      const text = (await beside.textContent()) ?? '';
      expect(text).not.toMatch(/must|characters|fewer|\/name/i);
      expect(text).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
      const name = editor.getByLabel('Tên thông điệp');
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      expect(await name.getAttribute('aria-describedby')).toBe(await beside.getAttribute('id'));
      expect(await focusedName(page)).toBe('name');

      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('creates and submits a message with the keyboard alone', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await signIn(page, server.url);
      await tabTo(page, 'Thông điệp mới');
      await page.keyboard.press('Enter');
      // The editor took focus to its first field.
      await expect.poll(() => focusedName(page)).toBe('name');
      await page.keyboard.type('Trạm kiểm dịch');
      await tabTo(page, 'title-vi');
      await page.keyboard.type('Khu kiểm dịch ở bên trái');
      await tabTo(page, 'title-km');
      await page.keyboard.type('តំបន់ត្រួតពិនិត្យនៅខាងឆ្វេង');
      await tabTo(page, 'ack-jra');
      await page.keyboard.press('Space');
      await tabTo(page, 'Gửi phê duyệt');
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page)).toContain('Đã gửi phê duyệt');
      const approvals = await server.api.get<{ items: { name: string; state: string }[] }>(
        '/api/v1/approvals?state=submitted',
      );
      expect(approvals.body.items.map((a) => a.name)).toContain('Trạm kiểm dịch');
    } finally {
      await page.close();
    }
  });

  it('duplicates a message as a new one, deletes the copy, and says why a message a loop plays is not deleted', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('dialog', (dialog) => {
      void dialog.accept();
    });
    try {
      await signIn(page, server.url);
      // Sorted by name; its header sorts the other way round (numbers in names as numbers).
      const nameHeader = page.locator('[data-list="messages"] thead th').first();
      expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
      await nameHeader.getByRole('button').click();
      await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('descending');
      const names = await page.locator('[data-list="messages"] tbody tr th').allTextContents();
      expect(names.indexOf('Thông báo số 9')).toBeGreaterThan(names.indexOf('Thông báo số 22'));
      expect(names.indexOf('Thông báo số 22')).toBeGreaterThanOrEqual(0);
      await nameHeader.getByRole('button').click();
      await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('ascending');
      const search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
      await search.fill('Thông báo số 2');
      await page.getByRole('button', { name: 'Nhân bản Thông báo số 2', exact: true }).click();
      const editor = page.locator('#message-editor');
      expect(await editor.getByLabel('Tên thông điệp').inputValue()).toBe('Thông báo số 2 (bản sao)');
      await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await expect.poll(() => status(page)).toContain('Đã lưu bản nháp');
      const all = await server.api.get<{ items: (MessageInput & { id: string })[] }>(
        '/api/v1/messages?limit=500',
      );
      const original = all.body.items.find((m) => m.name === 'Thông báo số 2')!;
      const copy = all.body.items.find((m) => m.name === 'Thông báo số 2 (bản sao)')!;
      expect(copy.id).not.toBe(original.id);
      expect(copy.variants).toStrictEqual(original.variants);
      expect(copy.gateId).toBe(leThanh.id);

      await search.fill('ban sao');
      await page.getByRole('button', { name: 'Xóa Thông báo số 2 (bản sao)' }).click();
      await page.locator('[data-list="messages"] [data-empty]').waitFor();
      expect((await server.api.get(`/api/v1/messages/${copy.id}`)).status).toBe(404);

      await search.fill('Thông báo số 1');
      await page.getByRole('button', { name: 'Xóa Thông báo số 1', exact: true }).click();
      const refusal = page.locator('[data-list-error]');
      await expect.poll(() => refusal.textContent()).toContain('Chưa xóa “Thông báo số 1”.');
      expect(await refusal.textContent()).toContain('đang được dùng');
      expect(await refusal.textContent()).not.toMatch(/in use|playlist|is used|\{/i);
      expect((await server.api.get(`/api/v1/messages/${first.id}`)).status).toBe(200);
    } finally {
      await page.close();
    }
  });
});
