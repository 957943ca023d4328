import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../schemas/types.ts';
import { scheduleLoop } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { issuePlayerLink } from '../support/enrolment.ts';
import { factory } from '../support/factory.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** What the player says of itself to tests (player/src/status.ts). */
type Diag = Window & { __gatecast: { connected: boolean; version: string | null } };

// A public board shows content and nothing else: the diagnostics corner (connection, manifest) appears
// only when a technician asks — identify, the test pattern, or the technician key Ctrl+Alt+D.
describe('player diagnostics on request', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const gate = factory.gate();
  const screen = factory.screen(gate.id!, { width: 640, height: 320 });
  const message = factory.message({ variants: { vi: { title: 'Chào mừng quý khách' } } });

  const corner = () => page.locator('#stage .status');
  const connected = () =>
    page.evaluate(() => {
      const { connected, version } = (window as unknown as Diag).__gatecast;
      return connected && version !== null;
    });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    const { api } = server;
    expect((await api.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await api.post('/api/v1/screens', screen)).status).toBe(201);
    const playlist = factory.playlist([message.id!], {
      items: [{ type: 'message', messageId: message.id!, duration: 5 }],
    });
    await scheduleLoop(server, { messages: [message], playlist }, { screens: [screen.id!] });
    const link = await issuePlayerLink(api, screen.id!);
    page = await browser.newPage({ viewport: { width: 640, height: 320 }, deviceScaleFactor: 1 });
    await page.goto(server.url + link.playerUrl);
  });
  afterAll(async () => {
    await page.close();
    await browser.close();
    await server.stop();
  });

  it('shows nothing but content on the board while it connects and plays', async () => {
    // Looked at while the player connects, receives and applies its manifest: never shown.
    const seen: boolean[] = [];
    await expect
      .poll(
        async () => {
          seen.push(await corner().isVisible());
          return connected();
        },
        { timeout: 20_000, interval: 100 },
      )
      .toBe(true);
    await page.waitForSelector('[data-entry-type="message"]', { timeout: 20_000 });
    seen.push(await corner().isVisible());
    expect(seen.every((visible) => !visible)).toBe(true);
    expect(await page.locator('body').innerText()).not.toMatch(/online|offline|manifest|kết nối|bản phát/i);
  });

  it('shows the diagnostics after the technician key, and hides them when it is pressed again', async () => {
    await page.keyboard.press('Control+Alt+KeyD');
    await expect.poll(() => corner().isVisible()).toBe(true);
    const text = await corner().innerText();
    expect(text).toContain('Đã kết nối máy chủ');
    const version = await page.evaluate(() => (window as unknown as Diag).__gatecast.version);
    expect(text).toContain(`bản ${version?.slice(0, 8)}`);
    // A plain "d", or Ctrl+D alone, is not the key.
    await page.keyboard.press('KeyD');
    await page.keyboard.press('Control+KeyD');
    expect(await corner().isVisible()).toBe(true);
    await page.keyboard.press('Control+Alt+KeyD');
    await expect.poll(() => corner().isVisible()).toBe(false);
  });

  it('shows the diagnostics while the screen identifies itself, then hides them', async () => {
    const res = await server.api.post<Command>(`/api/v1/screens/${screen.id}/commands`, {
      type: 'identify',
      seconds: 3,
    });
    expect(res.body.state, JSON.stringify(res.body)).toBe('done');
    expect(await page.locator('[data-identify]').isVisible()).toBe(true);
    expect(await corner().isVisible()).toBe(true);
    await expect.poll(() => page.locator('[data-identify]').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => corner().isVisible()).toBe(false);
  });

  it('shows the diagnostics with the test pattern, then hides them with it', async () => {
    const res = await server.api.post<Command>(`/api/v1/screens/${screen.id}/commands`, {
      type: 'test-pattern',
      seconds: 3,
    });
    expect(res.body.state, JSON.stringify(res.body)).toBe('done');
    expect(await page.locator('.testpattern').isVisible()).toBe(true);
    expect(await corner().isVisible()).toBe(true);
    await expect.poll(() => page.locator('.testpattern').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => corner().isVisible()).toBe(false);
  });
});
