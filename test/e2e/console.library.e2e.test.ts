import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaylistInput } from '../../schemas/types.ts';
import { launchChromium } from '../support/browser.ts';
import { solidPng } from '../support/media.ts';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';

async function signIn(page: Page, url: string) {
  await page.goto(`${url}/console/`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
}

const uploadState = (page: Page, name: string) =>
  page.locator(`[data-upload="${name}"]`).getAttribute('data-state');

describe('the media library in the console', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(page, server.url);
    await page.getByRole('link', { name: 'Thư viện' }).click();
    await page.getByRole('heading', { name: 'Thư viện ảnh và video', level: 2 }).waitFor();
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('uploads several files at once with progress, shows thumbnails, and refuses an SVG in Vietnamese', async () => {
    await page.getByLabel('Chọn ảnh hoặc video để tải lên').setInputFiles([
      { name: 'ban-do-cua-khau.png', mimeType: 'image/png', buffer: await solidPng(640, 360, '#1f5fa8') },
      { name: 'lich-lam-viec.png', mimeType: 'image/png', buffer: await solidPng(320, 240, '#c0392b') },
      {
        name: 'gioi-thieu.webm',
        mimeType: 'video/webm',
        buffer: await readFile(new URL('../fixtures/media/recorded-vp9.webm', import.meta.url)),
      },
      { name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SVG) },
    ]);
    for (const name of ['ban-do-cua-khau.png', 'lich-lam-viec.png', 'gioi-thieu.webm'])
      await expect.poll(() => uploadState(page, name), { timeout: 15_000 }).toBe('done');
    await expect.poll(() => uploadState(page, 'logo.svg')).toBe('failed');
    expect(await page.locator('[data-upload="logo.svg"] [role="status"]').textContent()).toContain(
      'Không nhận ảnh SVG',
    );
    expect(
      await page
        .getByRole('progressbar', { name: 'Tiến độ tải lên ban-do-cua-khau.png' })
        .getAttribute('value'),
    ).toBe('1');

    // Each uploaded file has a decoded thumbnail (the video's is its poster frame).
    for (const name of ['ban-do-cua-khau.png', 'lich-lam-viec.png', 'gioi-thieu.webm']) {
      const img = page.getByRole('img', { name: `Ảnh thu nhỏ của ${name}` });
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
        .toBeGreaterThan(0);
    }
    const listed = await server.api.get<{ total: number }>('/api/v1/assets');
    expect(listed.body.total).toBe(3);
  });

  it('takes files dropped onto the page', async () => {
    const png = (await solidPng(200, 100, '#27ae60')).toString('base64');
    const dataTransfer = await page.evaluateHandle((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'keo-tha.png', { type: 'image/png' }));
      return dt;
    }, png);
    await page.dispatchEvent('section.library', 'dragover', { dataTransfer });
    await page.dispatchEvent('section.library', 'drop', { dataTransfer });
    await expect.poll(() => uploadState(page, 'keo-tha.png'), { timeout: 15_000 }).toBe('done');
    await page.getByRole('img', { name: 'Ảnh thu nhỏ của keo-tha.png' }).waitFor();
  });

  it('tags files and filters by tag, type and name', async () => {
    const tagField = page.getByLabel('Thẻ của lich-lam-viec.png');
    await tagField.fill('mua-lu, tinh-bien');
    await tagField.press('Enter');
    await page
      .getByRole('combobox', { name: 'Thẻ' })
      .locator('option', { hasText: 'mua-lu' })
      .waitFor({ state: 'attached' });

    const names = () => page.locator('.asset-grid .asset strong').allTextContents();
    await page.getByRole('combobox', { name: 'Thẻ' }).selectOption('mua-lu');
    expect(await names()).toEqual(['lich-lam-viec.png']);
    await page.getByRole('combobox', { name: 'Thẻ' }).selectOption('');
    await page.getByLabel('Loại tệp').selectOption({ label: 'Video' });
    expect(await names()).toEqual(['gioi-thieu.webm']);
    await page.getByLabel('Loại tệp').selectOption('');
    await page.getByLabel('Tìm theo tên').fill('bản đồ');
    expect(await names()).toEqual([]);
    await page.getByLabel('Tìm theo tên').fill('ban-do');
    expect(await names()).toEqual(['ban-do-cua-khau.png']);
  });

  it('puts an image and a video from the library into a playlist', async () => {
    await page.getByRole('link', { name: 'Danh sách phát' }).click();
    await page.getByRole('button', { name: 'Danh sách phát mới' }).click();
    await page.getByLabel('Tên danh sách phát').fill('Vòng hình ảnh');
    await page.getByRole('button', { name: 'Thêm ban-do-cua-khau.png vào danh sách' }).click();
    await page.getByRole('button', { name: 'Thêm gioi-thieu.webm vào danh sách' }).click();
    await page.getByLabel('Thời lượng của ban-do-cua-khau.png (giây)').fill('8');
    await page.getByRole('button', { name: 'Gửi phê duyệt' }).click();
    await expect
      .poll(() => page.locator('.editor [role="status"]').textContent())
      .toContain('Đã gửi phê duyệt');

    const assets = await server.api.get<{ items: { id: string; name: string }[] }>('/api/v1/assets');
    const idOf = (name: string) => assets.body.items.find((a) => a.name === name)?.id;
    const lists = await server.api.get<{ items: PlaylistInput[] }>('/api/v1/playlists');
    const loop = lists.body.items.find((p) => p.name === 'Vòng hình ảnh');
    expect(loop?.items).toMatchObject([
      { type: 'image', assetId: idOf('ban-do-cua-khau.png'), duration: 8 },
      { type: 'video', assetId: idOf('gioi-thieu.webm') },
    ]);
  });
});
