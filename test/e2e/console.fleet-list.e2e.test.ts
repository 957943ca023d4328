import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GateInput, ScreenInput } from '../../schemas/types.ts';
import { launchChromium } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import { solidPng, uploadBytes } from '../support/media.ts';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.ts';
import { seriousViolations } from '../support/axe.ts';

type Stored<T> = T & { id: string; createdAt: string; updatedAt: string };

// 26 border gates, as a national operator sees them: more than two pages of the gate list.
const places: [string, string, string][] = [
  ['Đắk Ruê', 'Đắk Lắk', 'KH'],
  ['Lệ Thanh', 'Gia Lai', 'KH'],
  ['Bờ Y', 'Kon Tum', 'LA'],
  ['Lao Bảo', 'Quảng Trị', 'LA'],
  ['Cầu Treo', 'Hà Tĩnh', 'LA'],
  ['Cha Lo', 'Quảng Bình', 'LA'],
  ['Nậm Cắn', 'Nghệ An', 'LA'],
  ['Na Mèo', 'Thanh Hóa', 'LA'],
  ['Tây Trang', 'Điện Biên', 'LA'],
  ['Hữu Nghị', 'Lạng Sơn', 'CN'],
  ['Móng Cái', 'Quảng Ninh', 'CN'],
  ['Lào Cai', 'Lào Cai', 'CN'],
  ['Thanh Thủy', 'Hà Giang', 'CN'],
  ['Tà Lùng', 'Cao Bằng', 'CN'],
  ['Mộc Bài', 'Tây Ninh', 'KH'],
  ['Xa Mát', 'Tây Ninh', 'KH'],
  ['Hoa Lư', 'Bình Phước', 'KH'],
  ['Tịnh Biên', 'An Giang', 'KH'],
  ['Vĩnh Xương', 'An Giang', 'KH'],
  ['Hà Tiên', 'Kiên Giang', 'KH'],
  ['Dinh Bà', 'Đồng Tháp', 'KH'],
  ['Bu Prăng', 'Đắk Nông', 'KH'],
  ['Nam Giang', 'Quảng Nam', 'LA'],
  ['La Lay', 'Quảng Trị', 'LA'],
  ['Chi Ma', 'Lạng Sơn', 'CN'],
  ['Lý Vạn', 'Cao Bằng', 'CN'],
];

describe('the fleet and library lists at 26 gates, in Vietnamese at 1366×768', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const gates: GateInput[] = places.map(([place, province, borderCountry]) =>
    factory.gate({ name: `Cửa khẩu ${place}`, province, borderCountry }),
  );
  const gateNamed = (place: string) => gates.find((g) => g.name === `Cửa khẩu ${place}`)!;
  // The first eight gates have an LED board and a kiosk each: 16 screens, two pages of the screen list.
  const screens: ScreenInput[] = places.slice(0, 8).flatMap(([place], i) => [
    factory.screen(gates[i]!.id!, {
      name: `Bảng LED ${place}`,
      kind: 'led',
      width: 960,
      height: 480,
      offsetY: 40,
      groups: ['ngoai-troi'],
    }),
    factory.screen(gates[i]!.id!, {
      name: `Ki-ốt ${place}`,
      kind: 'kiosk',
      width: 1080,
      height: 1920,
      rotation: 90,
      layout: 'ticker',
      kioskIdleSeconds: 90,
      imageFormat: 'jpeg',
      languages: ['vi', 'km'],
      groups: ['trong-nha', 'cam-ung'],
    }),
  ]);
  const kioskDakRue = screens.find((s) => s.name === 'Ki-ốt Đắk Ruê')!;
  const ledLeThanh = screens.find((s) => s.name === 'Bảng LED Lệ Thanh')!;
  const assetIds = new Map<string, string>();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    for (const gate of gates) expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    for (const screen of screens) expect((await server.api.post('/api/v1/screens', screen)).status).toBe(201);
    // The kiosk has a player with a device token: its duplicate must not.
    const token = await server.api.post(`/api/v1/screens/${kioskDakRue.id}/tokens`, { label: 'ki-ot-cu' });
    expect(token.status).toBe(201);
    for (const [name, width, height] of [
      ['ban-do-dak-rue.png', 640, 360],
      ['logo-nho.png', 32, 32],
      ['anh-cu.png', 200, 100],
    ] as const) {
      const up = await uploadBytes(server, name, await solidPng(width, height, '#1f5fa8'));
      expect(up.status).toBe(201);
      assetIds.set(name, up.body.id);
    }
    const playlist = await server.api.post('/api/v1/playlists', {
      name: 'Vòng ảnh Đắk Ruê',
      items: [{ type: 'image', assetId: assetIds.get('ban-do-dak-rue.png'), duration: 8 }],
    });
    expect(playlist.status, JSON.stringify(playlist.body)).toBe(201);

    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    page.on('dialog', (d) => void d.accept()); // the confirmation before a delete
    await page.goto(`${server.url}/console/`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
  }, 120_000);
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  const gateList = () => page.locator('[data-list="gates"]');
  const screenList = () => page.locator('[data-list="screens"]');
  const gateNames = () => gateList().locator('tbody tr th').allTextContents();
  const screenNames = () => screenList().locator('tbody tr th').allTextContents();

  it('finds a gate by an accent-free search, and pages through every gate', async () => {
    await gateList().locator('tbody tr').first().waitFor();
    expect(await seriousViolations(page), 'fleet page').toEqual([]);

    // Ten gates a page, in Vietnamese order; paging forward reaches every gate once.
    expect(await gateList().locator('[data-page]').textContent()).toBe('Trang 1/3');
    const seen = [...(await gateNames())];
    expect(seen).toHaveLength(10);
    for (const page2 of ['Trang 2/3', 'Trang 3/3']) {
      await gateList().getByRole('button', { name: 'Trang sau' }).click();
      await expect.poll(() => gateList().locator('[data-page]').textContent()).toBe(page2);
      seen.push(...(await gateNames()));
    }
    expect([...seen].sort()).toEqual(gates.map((g) => g.name).sort());
    expect(seen).toEqual([...seen].sort(new Intl.Collator('vi').compare));

    // Without diacritics: "dak rue" finds Đắk Ruê (and not Bu Prăng in Đắk Nông), and its name is a heading.
    await gateList().getByRole('searchbox', { name: 'Tìm kiếm' }).fill('dak rue');
    await expect.poll(gateNames).toEqual(['Cửa khẩu Đắk Ruê']);
    await gateList().getByRole('heading', { name: 'Cửa khẩu Đắk Ruê', level: 3 }).waitFor();
    expect(await gateList().locator('tbody tr').textContent()).toContain('2 màn hình');
    // By province, too.
    await gateList().getByRole('searchbox', { name: 'Tìm kiếm' }).fill('');
    await gateList().getByRole('combobox', { name: 'Tỉnh' }).selectOption('Tây Ninh');
    await expect.poll(gateNames).toEqual(['Cửa khẩu Mộc Bài', 'Cửa khẩu Xa Mát']);
    await gateList().getByRole('combobox', { name: 'Tỉnh' }).selectOption('');
  });

  it('filters screens by kind and pages forward through them', async () => {
    const all = screens.map((s) => s.name).sort();
    const seen = [...(await screenNames())];
    expect(seen).toHaveLength(15);
    await screenList().getByRole('button', { name: 'Trang sau' }).click();
    await expect.poll(() => screenList().locator('[data-page]').textContent()).toBe('Trang 2/2');
    seen.push(...(await screenNames()));
    expect(seen.sort()).toEqual(all);

    await screenList().getByRole('combobox', { name: 'Loại' }).selectOption({ label: 'Ki-ốt cảm ứng' });
    await expect.poll(async () => (await screenNames()).length).toBe(8);
    const kinds = await screenList().locator('tbody tr [data-kind]').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Ki-ốt cảm ứng']));
    expect(await screenList().locator('[data-count]').getAttribute('data-count')).toBe('8');
    await screenList().getByRole('combobox', { name: 'Loại' }).selectOption('');
  });

  it('edits a screen of a gate chosen in the filter and shows the change', async () => {
    await screenList().getByRole('combobox', { name: 'Cổng' }).selectOption({ label: 'Cửa khẩu Lệ Thanh' });
    await expect.poll(screenNames).toEqual(['Bảng LED Lệ Thanh', 'Ki-ốt Lệ Thanh']);
    await page.getByRole('button', { name: 'Sửa màn hình Bảng LED Lệ Thanh', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa màn hình Bảng LED Lệ Thanh' });
    await dialog.getByLabel('Chiều rộng (điểm ảnh)').fill('1280');
    await dialog.getByLabel('Chiều cao (điểm ảnh)').fill('640');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await screenList()
      .getByRole('row', { name: /Bảng LED Lệ Thanh.*1280×640/ })
      .waitFor();
    const stored = await server.api.get<Stored<ScreenInput>>(`/api/v1/screens/${ledLeThanh.id}`);
    expect(stored.body).toMatchObject({ width: 1280, height: 640, offsetY: 40, groups: ['ngoai-troi'] });
    await screenList().getByRole('combobox', { name: 'Cổng' }).selectOption('');
  });

  it('duplicates a screen with every setting and a new name, never its device token', async () => {
    await screenList().getByRole('searchbox', { name: 'Tìm kiếm' }).fill('dak rue');
    await expect.poll(screenNames).toEqual(['Bảng LED Đắk Ruê', 'Ki-ốt Đắk Ruê']);
    await page.getByRole('button', { name: 'Nhân bản màn hình Ki-ốt Đắk Ruê', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhân bản màn hình Ki-ốt Đắk Ruê' });
    const name = dialog.getByLabel('Tên màn hình mới');
    expect(await name.inputValue()).toBe('Ki-ốt Đắk Ruê (bản sao)');
    expect(await seriousViolations(page), 'duplicate dialog').toEqual([]);
    await name.fill('Ki-ốt Đắk Ruê – sảnh B');
    await dialog.getByRole('button', { name: 'Tạo bản sao' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Đã tạo màn hình “Ki-ốt Đắk Ruê – sảnh B”.' }).waitFor();
    await expect.poll(screenNames).toEqual(['Bảng LED Đắk Ruê', 'Ki-ốt Đắk Ruê', 'Ki-ốt Đắk Ruê – sảnh B']);

    const listed = await server.api.get<{ items: Stored<ScreenInput>[] }>('/api/v1/screens');
    const copy = listed.body.items.find((s) => s.name === 'Ki-ốt Đắk Ruê – sảnh B')!;
    const original = listed.body.items.find((s) => s.id === kioskDakRue.id)!;
    const settings = ({ id: _i, name: _n, createdAt: _c, updatedAt: _u, ...rest }: Stored<ScreenInput>) =>
      rest;
    expect(copy.id).not.toBe(original.id);
    expect(settings(copy)).toEqual(settings(original));
    const tokensOf = async (id: string) =>
      (await server.api.get<{ items: unknown[] }>(`/api/v1/screens/${id}/tokens`)).body.items.length;
    expect(await tokensOf(original.id)).toBe(1);
    expect(await tokensOf(copy.id)).toBe(0);
  });

  it('refuses in Vietnamese to delete a gate that still has screens, and deletes a screen', async () => {
    const dakRue = gateNamed('Đắk Ruê');
    await gateList().getByRole('searchbox', { name: 'Tìm kiếm' }).fill('dak rue');
    await expect.poll(gateNames).toEqual(['Cửa khẩu Đắk Ruê']);
    await page.getByRole('button', { name: 'Xóa cổng Cửa khẩu Đắk Ruê', exact: true }).click();
    const refusal = page.locator('[data-fleet-refusal]');
    await expect.poll(() => refusal.textContent()).toMatch(/^Chưa xóa “Cửa khẩu Đắk Ruê”\. Không xóa được/);
    const text = (await refusal.textContent()) ?? '';
    // What still uses it, by name: the three screens at the gate; never the server's English or an id.
    expect(text).toContain('Không xóa được: đang được dùng bởi màn hình. Màn hình còn ở cổng này: ');
    for (const screen of ['Bảng LED Đắk Ruê', 'Ki-ốt Đắk Ruê', 'Ki-ốt Đắk Ruê – sảnh B'])
      expect(text).toContain(screen);
    expect(text).not.toMatch(/still used|screen-|gate-/);
    expect((await server.api.get(`/api/v1/gates/${dakRue.id}`)).status).toBe(200);

    // A screen no schedule targets is deleted; the list and the status line say so.
    const copyId = (
      await server.api.get<{ items: Stored<ScreenInput>[] }>('/api/v1/screens')
    ).body.items.find((s) => s.name === 'Ki-ốt Đắk Ruê – sảnh B')!.id;
    await page.getByRole('button', { name: 'Xóa màn hình Ki-ốt Đắk Ruê – sảnh B', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã xóa “Ki-ốt Đắk Ruê – sảnh B”.' }).waitFor();
    await expect.poll(screenNames).toEqual(['Bảng LED Đắk Ruê', 'Ki-ốt Đắk Ruê']);
    expect((await server.api.get(`/api/v1/screens/${copyId}`)).status).toBe(404);
    // The deleted row's button is gone: focus is left in the screen list's search box, not lost.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('screens-search');
  });

  it('sorts the library by size and refuses in Vietnamese to delete an item a playlist shows', async () => {
    await page.getByRole('link', { name: 'Thư viện' }).click();
    await page.getByRole('heading', { name: 'Thư viện ảnh và video', level: 2 }).waitFor();
    const names = () => page.locator('.asset-grid .asset strong').allTextContents();
    await expect.poll(names).toEqual(['anh-cu.png', 'ban-do-dak-rue.png', 'logo-nho.png']);
    expect(await seriousViolations(page), 'library page').toEqual([]);

    const assets = await server.api.get<{ items: { name: string; size: number }[] }>('/api/v1/assets');
    const bySize = [...assets.body.items].sort((a, b) => b.size - a.size).map((a) => a.name);
    await page.getByLabel('Sắp xếp').selectOption({ label: 'Dung lượng lớn trước' });
    await expect.poll(names).toEqual(bySize);

    await page.getByRole('button', { name: 'Xóa ban-do-dak-rue.png khỏi thư viện' }).click();
    const refusal = page.locator('[data-library-refusal]');
    await expect
      .poll(() => refusal.textContent())
      .toMatch(/^Chưa xóa “ban-do-dak-rue\.png”\. Không xóa được/);
    expect(await refusal.textContent()).toContain(
      'đang được dùng bởi danh sách phát. Danh sách phát đang dùng: Vòng ảnh Đắk Ruê.',
    );
    expect(await refusal.textContent()).not.toMatch(/still used|pl-/);
    expect((await server.api.get(`/api/v1/assets/${assetIds.get('ban-do-dak-rue.png')}`)).status).toBe(200);

    // An item nothing uses goes.
    await page.getByRole('button', { name: 'Xóa anh-cu.png khỏi thư viện' }).click();
    await expect.poll(names).toEqual(bySize.filter((n) => n !== 'anh-cu.png'));
    expect((await server.api.get(`/api/v1/assets/${assetIds.get('anh-cu.png')}`)).status).toBe(404);
  });
});
