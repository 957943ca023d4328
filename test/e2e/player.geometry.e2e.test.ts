import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScreenGeometryState } from '../../schemas/types.ts';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.ts';

/** The test pattern's colours (player/src/testpattern.ts), as RGB: any other pixel is smoothing. */
const palette = new Set([
  '255,255,255',
  '255,255,0',
  '0,255,255',
  '0,255,0',
  '255,0,255',
  '255,0,0',
  '0,0,255',
  '0,0,0',
  '128,128,128',
]);

// Changing a live LED board's region: the board shows the test pattern at the proposed region before
// anything is stored; confirm applies it, "go back" returns the board at once, restore brings back the
// region the last change replaced. The pattern itself is crisp: every pixel one of its exact colours.
describe('an LED board’s region, changed from the console with a preview on the board', () => {
  let server: TestServer;
  let browser: Browser;
  let board: Page;
  let consolePage: Page;
  const gate = factory.gate({
    name: 'Cửa khẩu Tịnh Biên',
    province: 'An Giang',
    emergencyPolicy: 'single-approver',
  });
  const screen = factory.screen(gate.id!, {
    name: 'Bảng LED cổng chính',
    width: 576,
    height: 192,
    offsetX: 0,
    offsetY: 0,
  });

  /** The stage's region as the player draws it (player/src/stage.ts), and whether it is visible. */
  const stage = () =>
    board.evaluate(() => {
      const el = document.getElementById('stage');
      const r = el?.getBoundingClientRect();
      return {
        geometry: el?.dataset['geometry'],
        rect: r && [r.x, r.y, r.width, r.height].join(','),
        visible: el ? getComputedStyle(el).visibility === 'visible' : false,
      };
    });
  /** The preview layer's rectangle in the output, or null when none shows. */
  const previewRect = () =>
    board.evaluate(() => {
      const el = document.querySelector('.geometry-preview');
      const r = el?.getBoundingClientRect();
      return r ? [r.x, r.y, r.width, r.height].join(',') : null;
    });

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer('sqlite', { env: { HEARTBEAT_SECONDS: '5', HEARTBEAT_FLUSH_MS: '50' } }),
      launchChromium(),
    ]);
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await server.api.post('/api/v1/screens', screen)).status).toBe(201);
    const link = await issuePlayerLink(server.api, screen.id!);
    board = await browser.newPage({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 });
    await board.goto(server.url + link.playerUrl);
    await board.waitForSelector('#stage[data-geometry="576x192+0+0"]', { timeout: 20_000 });
    // Live once it has reported: its region then changes only through a preview.
    const geometryUrl = `/api/v1/screens/${screen.id}/geometry`;
    for (let tries = 0; ; tries++) {
      if ((await server.api.get<ScreenGeometryState>(geometryUrl)).body.needsPreview) break;
      if (tries > 80) throw new Error('the board never reported');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    consolePage = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await consolePage.goto(`${server.url}/console/`);
    await consolePage.getByLabel('Tên đăng nhập').fill('admin');
    await consolePage.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await consolePage.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await consolePage.getByRole('heading', { name: 'Cổng biên giới và màn hình', level: 2 }).waitFor();
  }, 60_000);
  afterAll(async () => {
    await board.close();
    await consolePage.close();
    await browser.close();
    await server.stop();
  });

  it('shows a live board’s region read-only in the screen form, with the way to change it', async () => {
    await consolePage.getByRole('button', { name: `Sửa màn hình ${screen.name}` }).click();
    const locked = consolePage.locator('dialog[open] [data-geometry-locked]');
    await locked.waitFor();
    expect(await locked.innerText()).toContain('576×192 @ 0,0');
    expect(await consolePage.locator('dialog[open] input[name="screen-x"]').count()).toBe(0);
    expect(await consolePage.locator('dialog[open] input[name="screen-width"]').count()).toBe(0);
    await consolePage.locator('#geometry-locked-link').click();
    await consolePage.getByRole('heading', { name: `Màn hình ${screen.name}`, exact: false }).waitFor();
    await consolePage.getByRole('heading', { name: 'Vùng hiển thị trên bảng LED' }).waitFor();
  });

  it('previews the new region on the board (nothing stored), and applies it once confirmed', async () => {
    await consolePage.getByRole('button', { name: 'Đổi vùng hiển thị…' }).click();
    const dialog = consolePage.locator('dialog[open]');
    await dialog.locator('input[name="geometry-x"]').fill('1344');
    await dialog.getByRole('button', { name: 'Xem trước trên bảng' }).click();
    await dialog.locator('[data-geometry-ask]').waitFor();
    expect(await dialog.locator('[data-geometry-ask]').innerText()).toContain('576×192 @ 1344,0');

    // The board: the pattern at exactly the new rectangle, the stage (still at the stored one) hidden.
    await expect.poll(previewRect).toBe('1344,0,576,192');
    expect(await stage()).toMatchObject({ geometry: '576x192+0+0', visible: false });
    // While hidden, the board reports the test pattern, not the item under it (no play is counted).
    expect(await board.locator('#stage > [data-testpattern]').count()).toBe(1);
    expect((await server.api.get<{ offsetX: number }>(`/api/v1/screens/${screen.id}`)).body.offsetX).toBe(0);

    // Crisp: every pixel of the pattern's canvas, and of the output where the diagonals run, is one of
    // its exact colours (a smoothed diagonal leaves greys and tints).
    const canvasColours = await board.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.geometry-preview canvas');
      const data = canvas?.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<string>();
      for (let i = 0; data && i < data.length; i += 4) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      return [...seen];
    });
    expect(canvasColours.filter((c) => !palette.has(c))).toEqual([]);
    expect(canvasColours).toContain('255,255,255');
    const shot = await board.screenshot({ clip: { x: 1344, y: 0, width: 120, height: 192 } });
    const { data, info } = await sharp(shot).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const onScreen = new Set<string>();
    for (let i = 0; i < info.width * info.height * 3; i += 3)
      onScreen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    expect([...onScreen].filter((c) => !palette.has(c))).toEqual([]);

    await dialog.getByRole('button', { name: 'Đúng, áp dụng vùng này' }).click();
    await expect.poll(async () => (await stage()).geometry).toBe('576x192+1344+0');
    expect(await stage()).toMatchObject({ rect: '1344,0,576,192', visible: true });
    expect(await previewRect()).toBeNull();
    expect(await board.locator('#stage > [data-testpattern]').count()).toBe(0);
    await consolePage.getByText('Đã áp dụng vùng 576×192 @ 1344,0.').waitFor();
    await consolePage.getByRole('button', { name: 'Khôi phục vùng trước (576×192 @ 0,0)' }).waitFor();
  });

  it('takes the board back at once when the person looking at it says no', async () => {
    await consolePage.getByRole('button', { name: 'Đổi vùng hiển thị…' }).click();
    const dialog = consolePage.locator('dialog[open]');
    await dialog.locator('input[name="geometry-width"]').fill('500');
    await dialog.locator('input[name="geometry-x"]').fill('0');
    await dialog.getByRole('button', { name: 'Xem trước trên bảng' }).click();
    await dialog.locator('[data-geometry-ask]').waitFor();
    await expect.poll(previewRect).toBe('0,0,500,192');

    await dialog.getByRole('button', { name: 'Không, quay lại vùng cũ' }).click();
    // At once: not after the preview's 60 seconds.
    await expect.poll(previewRect, { timeout: 3000 }).toBeNull();
    expect(await stage()).toMatchObject({ geometry: '576x192+1344+0', visible: true });
    await consolePage.getByText('Đã hủy: bảng quay lại vùng 576×192 @ 1344,0.').waitFor();
  });

  it('gives the board to an emergency at once, even in the middle of a preview', async () => {
    const base = `/api/v1/screens/${screen.id}/geometry`;
    const preview = await server.api.post<{ id: string }>(`${base}/preview`, {
      width: 500,
      height: 192,
      offsetX: 0,
      offsetY: 0,
      seconds: 300,
    });
    expect(preview.status, JSON.stringify(preview.body)).toBe(201);
    await expect.poll(previewRect).toBe('0,0,500,192');
    const sent = await server.api.post<{ id: string }>('/api/v1/emergencies', {
      variants: { vi: { title: 'Cửa khẩu tạm đóng do lũ' } },
      targets: { screens: [screen.id] },
      ttlMinutes: 10,
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    // Not after the preview's five minutes: the pattern leaves and the emergency is on the stored region.
    await board.waitForSelector('.override[data-override="emergency"] .message', { timeout: 5_000 });
    expect(await previewRect()).toBeNull();
    expect(await stage()).toMatchObject({ geometry: '576x192+1344+0', visible: true });
    expect((await server.api.post(`/api/v1/emergencies/${sent.body.id}/clear`)).status).toBe(200);
    await board.waitForSelector('.override', { state: 'hidden' });
    // The controller still holds the preview open: going back closes it.
    const cancelled = await server.api.post(`${base}/cancel`, { previewId: preview.body.id });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
  });

  it('restores the previous region in one confirmed action', async () => {
    await consolePage.getByRole('button', { name: 'Khôi phục vùng trước (576×192 @ 0,0)' }).click();
    const dialog = consolePage.locator('dialog[open]');
    expect(await dialog.innerText()).toContain('576×192 @ 1344,0');
    await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await expect.poll(async () => (await stage()).geometry).toBe('576x192+0+0');
    expect(await stage()).toMatchObject({ rect: '0,0,576,192', visible: true });
    await consolePage.getByText('Đã khôi phục vùng 576×192 @ 0,0.').waitFor();
    const rows = consolePage.locator('[data-geometry] table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
  });
});
