import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageInput } from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { fontsUsedFor, launchChromium } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import { startTestServer, type Api, type TestServer } from '../support/server.ts';
import { seriousViolations } from '../support/axe.ts';

const EDITOR = { username: 'bien.tap.le.thanh', password: 'biên tập viên Lệ Thanh 2026' };
const APPROVER = { username: 'duyet.gia.lai', password: 'người duyệt Gia Lai 2026' };

async function signIn(page: Page, url: string, who: { username: string; password: string }) {
  await page.goto(`${url}/console/`);
  await page.getByLabel('Tên đăng nhập').fill(who.username);
  await page.getByLabel('Mật khẩu').fill(who.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

// The opening hours, before and after the edit: "seven" becomes "six" in every language.
const before = {
  vi: { title: 'Cửa khẩu mở cửa lúc bảy giờ sáng' },
  km: { title: 'ច្រកទ្វារបើកនៅម៉ោងប្រាំពីរព្រឹក' },
  lo: { title: 'ດ່ານເປີດເວລາເຈັດໂມງເຊົ້າ' },
};
const after = {
  vi: { title: 'Cửa khẩu mở cửa lúc sáu giờ sáng' },
  km: { title: 'ច្រកទ្វារបើកនៅម៉ោងប្រាំមួយព្រឹក' },
  lo: { title: 'ດ່ານເປີດເວລາຫົກໂມງເຊົ້າ' },
};

describe('console: an approver reads a change and decides (Chromium, Vietnamese, 1366×768)', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: Api;
  /** Today's ISO weekday at the gate (the new morning slot leaves it out). */
  let today = 0;
  const gate = factory.gate({
    name: 'Cửa khẩu Lệ Thanh',
    province: 'Gia Lai',
    languages: ['vi', 'km', 'lo', 'en'],
  });
  const board = factory.screen(gate.id!, { name: 'Bảng LED cổng chính', width: 800, height: 500 });
  const hours: MessageInput = factory.message({ name: 'Giờ mở cửa', gateId: gate.id!, variants: before });
  const mornings = factory.schedule('', { gates: [gate.id!] }, { name: 'Buổi sáng', priority: 10 });
  const closure: MessageInput = factory.message({
    name: 'Tạm đóng cửa ngày lễ',
    gateId: gate.id!,
    variants: { vi: { title: 'Tạm đóng cửa' }, km: { title: 'បិទជាបណ្ដោះអាសន្ន' }, lo: { title: 'ປິດຊົ່ວຄາວ' } },
  });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    const admin = server.api;
    expect((await admin.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await admin.post('/api/v1/screens', board)).status).toBe(201);
    editor = await admin.newUser(EDITOR.username, ['editor'], { gates: [gate.id] }, EDITOR.password);
    await admin.newUser(APPROVER.username, ['approver'], { provinces: ['Gia Lai'] }, APPROVER.password);
    // What is on the board today: the opening hours, always, at Lệ Thanh.
    const publisher = new Publisher(server, editor);
    await publisher.create('/api/v1/messages', hours);
    const playlist = factory.playlist([hours.id!], { gateId: gate.id!, name: 'Vòng Lệ Thanh' });
    mornings.playlistId = playlist.id!;
    await publisher.create('/api/v1/playlists', playlist);
    await publisher.create('/api/v1/schedules', factory.schedule(playlist.id!, { gates: [gate.id!] }));

    // The playlist gains a clock; a morning slot is added on every day but today (so it starts later).
    const withClock = { ...playlist, items: [...playlist.items, { type: 'clock', duration: 15 }] };
    expect((await editor.put(`/api/v1/playlists/${playlist.id}`, withClock)).status).toBe(200);
    expect((await editor.post(`/api/v1/playlists/${playlist.id}/submit`)).status).toBe(200);
    const weekday = new Intl.DateTimeFormat('en-US', { timeZone: gate.timeZone, weekday: 'short' }).format();
    today = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekday) + 1;
    const recurrence = {
      type: 'weekly' as const,
      days: [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== today),
      start: '06:30',
      end: '08:30',
    };
    expect((await editor.post('/api/v1/schedules', { ...mornings, recurrence })).status).toBe(201);
    expect((await editor.post(`/api/v1/schedules/${mornings.id}/submit`)).status).toBe(200);

    // The editor changes the hours in every language; English is knowingly left out.
    expect((await editor.put(`/api/v1/messages/${hours.id}`, { ...hours, variants: after })).status).toBe(
      200,
    );
    const ack = { acknowledgedMissing: ['en'] };
    expect((await editor.post(`/api/v1/messages/${hours.id}/submit`, ack)).status).toBe(200);
    expect((await editor.post('/api/v1/messages', closure)).status).toBe(201);
    expect((await editor.post(`/api/v1/messages/${closure.id}/submit`, ack)).status).toBe(200);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('shows the per-language diff in the bundled fonts and both previews, approves, and rejects with a reason the author sees live', async () => {
    const authorPage = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    // The CSP forbids inline scripts, rightly; the test lifts it only to inject axe-core.
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    try {
      await signIn(authorPage, server.url, EDITOR);
      await authorPage.goto(`${server.url}/console/#messages`);
      await authorPage.getByText(closure.name).first().waitFor();

      await signIn(page, server.url, APPROVER);
      await page.goto(`${server.url}/console/#approvals`);
      await page.getByRole('button', { name: `Xem xét ${hours.name}` }).click();
      const review = page.locator('[data-review="message"]');
      await review.locator('.lang-diff[data-lang="km"]').waitFor();
      expect(await review.textContent()).not.toMatch(/\{|"variants"|msg-/);

      for (const [lang, removed, inserted] of [
        ['vi', 'bảy', 'sáu'],
        ['km', 'ពីរ', 'មួយ'],
        ['lo', 'ເຈັດ', 'ຫົກ'],
      ] as const) {
        const row = review.locator(`.lang-diff[data-lang="${lang}"] [data-field="title"]`);
        const old = row.locator('[data-side="before"]');
        const now = row.locator('[data-side="after"]');
        expect(await old.getAttribute('lang')).toBe(lang);
        expect(await now.getAttribute('lang')).toBe(lang);
        // Only the changed word is marked, on each side; the marks say so in words too.
        expect(await old.locator('del').allTextContents()).toEqual([expect.stringContaining(removed)]);
        expect(await now.locator('ins').allTextContents()).toEqual([expect.stringContaining(inserted)]);
        expect(await old.locator('del').textContent()).toContain('xóa:');
        expect(await now.locator('ins').textContent()).not.toContain(before[lang].title);
      }
      // Khmer and Lao are drawn by the bundled faces, with no system fallback drawing any glyph.
      for (const lang of ['km', 'lo']) {
        const fonts = await fontsUsedFor(
          page,
          `.lang-diff[data-lang="${lang}"] [data-field="title"] [data-side="after"]`,
        );
        const drawing = fonts.filter((f) => f.glyphCount > 0);
        expect(drawing.length, `${lang}: ${JSON.stringify(fonts)}`).toBeGreaterThan(0);
        expect(
          drawing.every((f) => f.isCustomFont),
          `${lang}: ${JSON.stringify(fonts)}`,
        ).toBe(true);
      }
      // English is missing, and the author said so when submitting.
      const missing = review.locator('[data-missing="en"]');
      expect(await missing.getAttribute('data-acknowledged')).toBe('true');
      expect(await missing.textContent()).toContain(`${EDITOR.username} đã xác nhận`);

      // The old and the new version, each drawn by the player at the board's exact size.
      for (const side of ['before', 'after']) {
        const frame = review.locator(`[data-preview="${side}"] iframe:not(.measure-frame)`);
        expect([await frame.getAttribute('width'), await frame.getAttribute('height')]).toEqual([
          '800',
          '500',
        ]);
        await review
          .locator(`[data-preview="${side}"] [data-preview-showing]:not([data-preview-showing=""])`)
          .waitFor();
      }

      expect(await seriousViolations(page)).toEqual([]);

      await review.getByRole('button', { name: 'Duyệt và phát' }).click();
      const outcome = page.locator('[data-outcome]');
      await outcome.filter({ hasText: 'Đã duyệt' }).waitFor();
      // The schedule that plays it is always on: the new text is on the board now.
      expect(await outcome.textContent()).toContain('Đang lên màn hình');
      // Focus follows the decision to what the page says about it.
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-outcome'))).toBe(true);

      // The second submission goes back, with a reason; a blank reason is refused beside the field.
      await page.getByRole('button', { name: `Xem xét ${closure.name}` }).click();
      await review.getByRole('button', { name: 'Từ chối' }).click();
      await review.getByText('Hãy ghi lý do từ chối').waitFor();
      const reason = 'Ghi rõ ngày đóng cửa và ngày mở lại';
      await review.getByLabel('Lý do từ chối (tác giả sẽ thấy)').fill(reason);
      await review.getByRole('button', { name: 'Từ chối' }).click();
      await outcome.filter({ hasText: 'Đã trả' }).waitFor();

      // The author's list shows the reason without a reload (pushed over /console).
      await authorPage.getByText(reason).first().waitFor();

      // A playlist reads as lines: the clock is marked added, the message kept.
      await page.getByRole('button', { name: 'Xem xét Vòng Lệ Thanh' }).click();
      const list = page.locator('[data-review="playlist"]');
      await list.locator('li[data-mark]').first().waitFor();
      expect(await list.locator('li[data-mark="added"]').allTextContents()).toEqual([
        expect.stringMatching(/Thêm mới.*Đồng hồ, 15 giây/),
      ]);
      expect(await list.locator('li[data-mark="kept"]').allTextContents()).toEqual([
        expect.stringContaining(`Thông điệp «${hours.name}», 10 giây`),
      ]);
      await list.getByRole('button', { name: 'Duyệt và phát' }).click();
      await outcome.filter({ hasText: 'Đã duyệt «Vòng Lệ Thanh»' }).waitFor();

      // A schedule reads as a sentence and a week; approved, it says when it first plays (not "now").
      await page.getByRole('button', { name: `Xem xét ${mornings.name}` }).click();
      const slot = page.locator('[data-review="schedule"]');
      await slot.locator('[data-sentence]').waitFor();
      expect(await slot.locator('[data-sentence]').textContent()).toMatch(
        /^Thứ .*, 06:30–08:30, Cửa khẩu Lệ Thanh, ưu tiên 10$/,
      );
      expect(await slot.locator('tr[data-day] [data-slots="after"]').allTextContents()).toHaveLength(7);
      expect(await slot.locator(`tr[data-day="${today}"] [data-slots="after"]`).textContent()).toContain('—');
      expect(await seriousViolations(page)).toEqual([]);
      await slot.getByRole('button', { name: 'Duyệt và phát' }).click();
      await outcome.filter({ hasText: `Đã duyệt «${mornings.name}»` }).waitFor();
      expect(await outcome.textContent()).toMatch(/Sẽ lên màn hình lúc 06:30 (thứ \S+|chủ nhật) \d+\/\d+\./i);
    } finally {
      await page.close();
      await authorPage.close();
    }
  });
});
