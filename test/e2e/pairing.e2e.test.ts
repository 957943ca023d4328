import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { Ack, PairingToServerEvents, ServerToPairingEvents } from '../../schemas/events.ts';
import type { PairingOffer, PairingStatus, ScreenStatus } from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, nextEvent, startTestServer, type TestServer } from '../support/server.ts';

describe('pairing a player in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('shows only a large pairing code on a tokenless start, then plays once an operator enters it', async () => {
    const { api } = server;
    const gate = factory.gate({ languages: ['vi'] });
    const screen = factory.screen(gate.id!, { kind: 'indoor', width: 1280, height: 720 });
    const message = factory.message({ variants: { vi: { title: 'Chào mừng quý khách' } } });
    const playlist = factory.playlist([message.id!]);
    expect((await api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await api.post('/api/v1/screens', screen)).status).toBe(201);
    // Content reaches the screen once a second principal approves it.
    const publish = new Publisher(server);
    await publish.create('/api/v1/messages', message);
    await publish.create('/api/v1/playlists', playlist);
    await publish.create('/api/v1/schedules', factory.schedule(playlist.id!, { screens: [screen.id!] }));

    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    try {
      await page.goto(`${server.url}/player/`);
      const codeElement = await page.waitForSelector('.pairing-code[data-code]');
      const code = (await codeElement.getAttribute('data-code')) ?? '';
      expect(code).toMatch(/^[A-Z0-9]{6}$/);
      expect(await codeElement.textContent()).toBe(`${code.slice(0, 3)} ${code.slice(3)}`);
      // Readable across a room: the glyphs are far taller than body text, and the code fills the screen.
      const box = await codeElement.boundingBox();
      expect(box!.height).toBeGreaterThan(150);
      expect(await page.locator('.pairing').boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
      // And nothing else: no gate, no content.
      expect(await page.$('[data-screen]')).toBeNull();
      expect(await page.$('[data-entry-type]')).toBeNull();

      const paired = await api.post(`/api/v1/screens/${screen.id}/pair`, {
        code: `${code.slice(0, 3)}-${code.slice(3)}`.toLowerCase(),
      });
      expect(paired.status).toBe(200);

      await page.waitForSelector(`[data-screen="${screen.id}"]`);
      const block = await page.waitForSelector('[data-entry-type="message"][data-lang="vi"]', {
        timeout: 15_000,
      });
      expect((await block.textContent())?.normalize('NFC')).toContain('Chào mừng quý khách');
      expect(await page.$('.pairing')).toBeNull();
      const stored = await page.evaluate(() => ({
        token: localStorage.getItem('gatecast.token'),
        pairing: localStorage.getItem('gatecast.pairing'),
      }));
      expect(stored.token).toMatch(/^gcd_/);
      expect(stored.pairing).toBeNull();
      await expect
        .poll(
          async () =>
            (await api.get<ScreenStatus>(`/api/v1/screens/${screen.id}/status`)).body.appliedVersion,
          {
            timeout: 10_000,
          },
        )
        .toMatch(/^[0-9a-f]{32}$/);

      // From now on it is a paired player: a reload plays at once and never shows a code again.
      await page.reload();
      await page.waitForSelector('[data-entry-type="message"]', { timeout: 15_000 });
      expect(await page.$('.pairing')).toBeNull();
    } finally {
      await page.close();
    }
  });

  it('lets an operator pair a waiting player from the screens page of the console, in Vietnamese', async () => {
    const gate = factory.gate({ name: 'Cửa khẩu Lệ Thanh' });
    const screen = factory.screen(gate.id!, { name: 'Bảng LED cổng phụ' });
    expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await server.api.post('/api/v1/screens', screen)).status).toBe(201);
    const player: Socket<ServerToPairingEvents, PairingToServerEvents> = connect(`${server.url}/pairing`, {
      transports: ['websocket'],
      forceNew: true,
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const offer = (await player.timeout(5000).emitWithAck('pairing:request', {})) as Ack<PairingOffer>;
      if (!offer.ok) throw new Error(offer.error.message);
      await page.goto(`${server.url}/console/`);
      // The console signs in with a password and keeps a session (cookie + CSRF token), in Vietnamese.
      await page.getByLabel('Tên đăng nhập').fill('admin');
      await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: `Ghép nối trình phát với ${screen.name}` }).click();
      const dialog = page.getByRole('dialog', { name: `Ghép nối trình phát: ${screen.name}` });
      const field = dialog.getByLabel('Mã ghép nối');
      await field.fill('AAAAAA' === offer.data.code ? 'CCCCCC' : 'AAAAAA');
      await dialog.getByRole('button', { name: 'Ghép nối' }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Mã không đúng');

      const told = nextEvent(player, 'pairing:paired');
      await field.fill(offer.data.code.toLowerCase());
      await dialog.getByRole('button', { name: 'Ghép nối' }).click();
      await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Đã ghép nối');
      await told;
      const status = (await player.timeout(5000).emitWithAck('pairing:claim', {
        claim: offer.data.claim,
      })) as Ack<PairingStatus>;
      expect(status.ok && status.data.status === 'paired' && status.data.screenId).toBe(screen.id);
    } finally {
      player.close();
      await page.close();
    }
  });
});
