import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalStatus, MessageInput } from '../../schemas/types.ts';
import type { Playlist } from '../../server/domain/entities.ts';
import { publisherOf } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import { solidPng, uploadBytes } from '../support/media.ts';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.ts';
import { seriousViolations } from '../support/axe.ts';

const EDITOR = { username: 'bien.tap.le.thanh', password: 'biên tập viên Lệ Thanh 2026' };
const ADMIN = { username: 'admin', password: ADMIN_PASSWORD };

async function signIn(page: Page, url: string, who: { username: string; password: string }) {
  await page.goto(`${url}/console/`);
  await page.getByLabel('Tên đăng nhập').fill(who.username);
  await page.getByLabel('Mật khẩu').fill(who.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
}

/** The accessible name of the focused element: its aria-label, else its text, else its field name. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    return el.getAttribute('aria-label') ?? (el.getAttribute('name') || el.textContent.trim() || '');
  });

/** The focused control's name, the item of the loop it belongs to, and that item's position. */
const focusedItem = async (page: Page) => ({
  name: await focusedName(page),
  ...(await page.evaluate(() => {
    const li = document.activeElement?.closest('li');
    return { item: li?.getAttribute('data-item'), at: li ? [...li.parentElement!.children].indexOf(li) : -1 };
  })),
});

/** Presses Tab until the focused element is named `name` (a bounded walk, as a keyboard user does). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}" (focus is on "${await focusedName(page)}")`);
}

/** Counts submit events of the playlist editor from now on (Enter in a field must never cause one). */
const watchSubmits = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { submits: number };
    w.submits = 0;
    document.getElementById('playlist-editor')?.addEventListener('submit', () => {
      w.submits += 1;
    });
  });
const submits = (page: Page) => page.evaluate(() => (window as unknown as { submits: number }).submits);

const offeredMessages = (page: Page) =>
  page
    .locator('#playlist-editor [data-library="messages"] [data-offer]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-offer')).sort());

const note = (page: Page) => page.locator('#playlist-editor [data-note]').textContent();

describe('playlists in the console: a gate editor maintains its gate’s loop', () => {
  let server: TestServer;
  let browser: Browser;
  const leThanh = factory.gate({ name: 'Cửa khẩu Lệ Thanh', province: 'Gia Lai' });
  const tinhBien = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const board = factory.screen(leThanh.id!, { name: 'Bảng LED Lệ Thanh' });
  const msg = (name: string, over: Partial<MessageInput> = {}) => factory.message({ name, ...over });
  const welcome = msg('Lệ Thanh – Chào mừng', { gateId: leThanh.id! });
  const hours = msg('Lệ Thanh – Giờ làm việc', { gateId: leThanh.id! });
  const customs = msg('Lệ Thanh – Khai báo hải quan', { gateId: leThanh.id! });
  const national = msg('Toàn quốc – An toàn giao thông');
  const giaLai = msg('Gia Lai – Cảnh báo mưa lớn', { province: 'Gia Lai' });
  const otherGate = msg('Tịnh Biên – Chào mừng', { gateId: tinhBien.id! });
  const otherProvince = msg('An Giang – Cảnh báo lũ', { province: 'An Giang' });
  const offeredAtLeThanh = [welcome, hours, customs, national, giaLai].map((m) => m.id!).sort();
  let loop: Playlist;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    const publisher = publisherOf(server);
    for (const [path, body] of [
      ['/api/v1/gates', leThanh],
      ['/api/v1/gates', tinhBien],
      ['/api/v1/screens', board],
    ] as const)
      expect((await server.api.post(path, body)).status).toBe(201);
    for (const m of [welcome, hours, customs, national, giaLai, otherGate, otherProvince])
      await publisher.create('/api/v1/messages', m);
    const poster = await uploadBytes(server, 'Áp phích Lệ Thanh', await solidPng(64, 48, '#ff0000'));
    expect(poster.status).toBe(201);
    // Every kind of item and every optional field, so a field the editor dropped would show below.
    const created = await publisher.create<Playlist>('/api/v1/playlists', {
      name: 'Lệ Thanh – Vòng phát chính',
      gateId: leThanh.id,
      languages: ['vi', 'km'],
      layout: 'ticker',
      items: [
        {
          type: 'message',
          messageId: welcome.id,
          duration: 12,
          languages: 'side-by-side',
          validFrom: '2026-01-01T00:00:00+07:00',
          validUntil: '2036-12-31T23:59:59+07:00',
        },
        { type: 'image', assetId: poster.body.id, duration: 8, fit: 'cover', background: '#112233' },
        { type: 'message', messageId: hours.id, duration: 10 },
        { type: 'clock', duration: 5 },
        { type: 'message', messageId: customs.id, duration: 12, languages: 'rotate' },
      ],
    });
    loop = (await server.api.get<Playlist>(`/api/v1/playlists/${created.body.id}`)).body;
    // A schedule plays it, so deleting it is refused.
    const schedule = factory.schedule(loop.id, { gates: [leThanh.id!] });
    expect((await server.api.post('/api/v1/schedules', schedule)).status).toBe(201);
    const editor = await server.api.post('/api/v1/users', {
      username: EDITOR.username,
      password: EDITOR.password,
      displayName: 'Biên tập viên Lệ Thanh',
      roles: ['editor'],
      scope: { gates: [leThanh.id] },
    });
    expect(editor.status, JSON.stringify(editor.body)).toBe(201);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('finds the gate’s playlist, changes a duration, reorders by keyboard, saves a draft and resubmits, changing nothing else', async () => {
    // The CSP forbids inline scripts, rightly; the test lifts it only to inject axe-core.
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    try {
      await signIn(page, server.url, EDITOR);
      await page.getByRole('link', { name: 'Danh sách phát' }).click();
      await page.getByRole('heading', { name: 'Danh sách phát', level: 2 }).waitFor();
      await page.getByLabel('Tìm kiếm').fill('vong phat chinh');
      await page.getByRole('button', { name: `Mở ${loop.name}` }).click();
      await page.getByRole('heading', { name: `Sửa danh sách phát: ${loop.name}` }).waitFor();

      // The editor is in view and has the focus (moved there once it has drawn).
      const editorPlace = () =>
        page.evaluate(() => {
          const form = document.getElementById('playlist-editor');
          const top = Math.round(form?.getBoundingClientRect().top ?? -1);
          return { focused: !!form?.contains(document.activeElement), inView: top >= 0 && top < innerHeight };
        });
      await expect.poll(editorPlace).toEqual({ focused: true, inView: true });

      // Only what Lệ Thanh's screens may show is offered: its own, Gia Lai's and national messages.
      expect(await offeredMessages(page)).toEqual(offeredAtLeThanh);
      expect(await seriousViolations(page)).toEqual([]);

      // A duration changed; Enter in the field does not submit the playlist.
      await watchSubmits(page);
      const hoursDuration = page.getByLabel(`Thời lượng của ${hours.name} (giây)`);
      await hoursDuration.fill('15');
      await hoursDuration.press('Enter');
      expect(await submits(page)).toBe(0);

      // Moved up twice by keyboard: focus stays on the moved item (its other button once it is first).
      const up = page.getByRole('button', { name: `Đưa ${hours.name} lên` });
      await up.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => focusedItem(page))
        .toEqual({ name: `Đưa ${hours.name} lên`, item: hours.id, at: 1 });
      await page.keyboard.press('Space');
      await expect
        .poll(() => focusedItem(page))
        .toEqual({ name: `Đưa ${hours.name} xuống`, item: hours.id, at: 0 });

      await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await expect.poll(() => note(page)).toBe('Đã lưu bản nháp.');
      const [first, second, third, ...rest] = loop.items;
      const expected = {
        ...loop,
        items: [{ ...third, duration: 15 }, first, second, ...rest],
      };
      const saved = (await server.api.get<Playlist>(`/api/v1/playlists/${loop.id}`)).body;
      expect({ ...saved, updatedAt: loop.updatedAt }).toStrictEqual(expected);

      // A zero duration is refused, in Vietnamese, beside that item's field, which gets the focus.
      const welcomeDuration = page.getByLabel(`Thời lượng của ${welcome.name} (giây)`);
      await welcomeDuration.fill('0');
      await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
      const fieldError = page.locator('#playlist-editor [data-error-for="/items/1/duration"]');
      await fieldError.waitFor();
      expect(await fieldError.textContent()).toBe('Giá trị phải từ 1 trở lên.');
      expect(await welcomeDuration.getAttribute('aria-invalid')).toBe('true');
      expect(await focusedName(page)).toBe(`Thời lượng của ${welcome.name} (giây)`);
      expect((await server.api.get<Playlist>(`/api/v1/playlists/${loop.id}`)).body).toStrictEqual(saved);

      // Put back, and resubmitted: the draft is what was saved, now waiting for review.
      await welcomeDuration.fill('12');
      await page.getByRole('button', { name: 'Gửi phê duyệt' }).click();
      await expect.poll(() => note(page)).toBe('Đã gửi phê duyệt.');
      expect(await fieldError.count()).toBe(0);
      const resubmitted = (await server.api.get<Playlist>(`/api/v1/playlists/${loop.id}`)).body;
      expect({ ...resubmitted, updatedAt: loop.updatedAt }).toStrictEqual(expected);
      const approval = await server.api.get<ApprovalStatus>(`/api/v1/playlists/${loop.id}/approval`);
      expect(approval.body.state).toBe('submitted');
      await page
        .locator(`[data-list="playlists"] tr[data-row="${loop.id}"] [data-state="submitted"]`)
        .waitFor();

      // Rejected by a second person: the reason reaches the author live, in the list and in the editor.
      const approver = await publisherOf(server).approver();
      const reason = 'Thời lượng giờ làm việc quá dài';
      const rejected = await approver.post(`/api/v1/playlists/${loop.id}/reject`, { reason });
      expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
      for (const where of [`[data-list="playlists"] tr[data-row="${loop.id}"]`, '#playlist-editor'])
        await expect
          .poll(() => page.locator(`${where} [data-rejection]`).textContent())
          .toMatch(new RegExp(`^Bị từ chối bởi .+: ${reason}$`));

      // Deleting it is refused while a schedule plays it, and the list says why.
      await page.getByRole('button', { name: `Xóa ${loop.name}` }).click();
      await page.getByRole('button', { name: 'Xóa hẳn' }).click();
      await expect
        .poll(() => page.locator('[data-list-note]').textContent())
        .toBe('Chưa xóa “Lệ Thanh – Vòng phát chính”. Không xóa được: đang được dùng bởi lịch phát.');
      expect((await server.api.get(`/api/v1/playlists/${loop.id}`)).status).toBe(200);

      // Duplicated: a new draft with every field of the original but its name.
      await page.getByRole('button', { name: `Nhân bản ${loop.name}` }).click();
      await page.getByRole('heading', { name: `Bản sao của ${loop.name}` }).waitFor();
      expect(await page.getByLabel('Tên danh sách phát').inputValue()).toBe(`${loop.name} (bản sao)`);
      await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
      await expect.poll(() => note(page)).toBe('Đã lưu bản nháp.');
      const copyId = await page.locator('#playlist-editor').getAttribute('data-playlist');
      expect(copyId).toBeTruthy();
      expect(copyId).not.toBe(loop.id);
      const copy = (await server.api.get<Playlist>(`/api/v1/playlists/${copyId ?? ''}`)).body;
      const { id: _id, createdAt: _c, updatedAt: _u, ...copied } = copy;
      const { id: _i, createdAt: _cc, updatedAt: _uu, ...original } = resubmitted;
      expect(copied).toStrictEqual({ ...original, name: `${loop.name} (bản sao)` });
    } finally {
      await page.close();
    }
    // A long journey; the machine may be shared with other browsers.
  }, 120_000);

  it('creates a playlist with the keyboard alone, offering only what the chosen gate’s screens may show', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await signIn(page, server.url, ADMIN);
      await page.goto(`${server.url}/console/#playlists`);
      await page.getByRole('heading', { name: 'Danh sách phát', level: 2 }).waitFor();
      await tabTo(page, 'Danh sách phát mới');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Danh sách phát mới', level: 3 }).waitFor();
      await expect.poll(() => focusedName(page)).toBe('playlist-name');
      await page.keyboard.type('Lệ Thanh – Buổi tối');

      // Owner: a gate, Lệ Thanh (the admin sees every gate's messages; the editor offers Lệ Thanh's only).
      // The owner is a radio group (the same picker as the message editor's): arrows move the choice.
      await page.keyboard.press('Tab');
      expect(await focusedName(page)).toBe('playlist-editor-owner');
      const owner = page.locator('[name="playlist-editor-owner"]:checked');
      for (let i = 0; i < 3 && (await owner.inputValue()) !== 'gate'; i++)
        await page.keyboard.press('ArrowDown');
      expect(await owner.inputValue()).toBe('gate');
      await page.keyboard.press('Tab');
      expect(await focusedName(page)).toBe('owner-gate');
      const gate = page.locator('[name="owner-gate"]');
      for (let i = 0; i < 5 && (await gate.inputValue()) !== leThanh.id; i++)
        await page.keyboard.press('ArrowDown');
      expect(await gate.inputValue()).toBe(leThanh.id);
      expect(await offeredMessages(page)).toEqual(offeredAtLeThanh);

      await tabTo(page, `Thêm ${welcome.name} vào danh sách`);
      await page.keyboard.press('Enter');
      await watchSubmits(page);
      await tabTo(page, `Thời lượng của ${welcome.name} (giây)`);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('7');
      await page.keyboard.press('Enter');
      expect(await submits(page)).toBe(0);
      await tabTo(page, 'Gửi phê duyệt');
      await page.keyboard.press('Enter');
      await expect.poll(() => note(page)).toBe('Đã gửi phê duyệt.');

      const all = (await server.api.get<{ items: Playlist[] }>('/api/v1/playlists?limit=500')).body.items;
      const made = all.find((p) => p.name === 'Lệ Thanh – Buổi tối');
      expect(made?.gateId).toBe(leThanh.id);
      expect(made?.items).toMatchObject([{ type: 'message', messageId: welcome.id, duration: 7 }]);
      const state = await server.api.get<ApprovalStatus>(`/api/v1/playlists/${made?.id ?? ''}/approval`);
      expect(state.body.state).toBe('submitted');
    } finally {
      await page.close();
    }
  });
});
