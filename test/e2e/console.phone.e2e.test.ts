import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack } from '../../schemas/events.ts';
import type { DeviceTokenCreated, Heartbeat, MessageInput } from '../../schemas/types.ts';
import { Publisher } from '../support/approval.ts';
import { launchChromium } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import {
  connectPlayer,
  nextEvent,
  startTestServer,
  type PlayerSocket,
  type TestServer,
} from '../support/server.ts';
import { seriousViolations } from '../support/axe.ts';

/** A phone held upright: the width technicians and approvers will read the console at. */
const PHONE = { width: 390, height: 844 };
const TECHNICIAN = { username: 'ky.thuat.tinh.bien', password: 'kỹ thuật viên Tịnh Biên 2026' };
const APPROVER = { username: 'phe.duyet.an.giang', password: 'người phê duyệt An Giang 2026' };
const TET_TITLE = 'Cửa khẩu mở cửa từ 6 giờ sáng đến 22 giờ trong dịp Tết Nguyên Đán';
const FLOOD = 'Tạm dừng thông quan do mưa lũ';
const ADMIN = { username: 'quan.tri.an.giang', password: 'quản trị viên An Giang 2026' };

async function signIn(page: Page, url: string, who: { username: string; password: string }) {
  await page.goto(`${url}/console/`);
  await page.getByLabel('Tên đăng nhập').fill(who.username);
  await page.getByLabel('Mật khẩu').fill(who.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** The outermost elements that reach past the window's right edge outside any box of their own that scrolls. */
  culprits: string[];
}

/** How wide the document is against the window, and which elements make it wider (named for the failure message). */
function overflowOf(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const edge = root.clientWidth;
    const clips = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
    const name = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      (typeof el.className === 'string' && el.className
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : '') +
      ` "${el.textContent.trim().slice(0, 30)}"`;
    const sticking = new Set<Element>();
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= edge + 0.5) continue;
      let inScroller = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
        if (clips(up)) inScroller = true;
      if (inScroller) continue;
      sticking.add(el);
      if (el.parentElement && sticking.has(el.parentElement)) continue;
      culprits.push(`${name(el)} → ${Math.round(box.right)} px`);
    }
    return { scrollWidth: root.scrollWidth, clientWidth: edge, culprits: culprits.slice(0, 8) };
  });
}

/** The page fits the phone: nothing makes the document scroll sideways. */
async function expectFits(page: Page, what: string): Promise<void> {
  const found = await overflowOf(page);
  // Soft: one run names every page that does not fit, not only the first.
  expect
    .soft(found.scrollWidth, `${what} is wider than the phone: ${found.culprits.join('; ')}`)
    .toBeLessThanOrEqual(found.clientWidth);
}

/** "Đăng xuất" can be seen and tapped: inside the window, not pushed off its right edge. */
async function expectSignOutReachable(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Đăng xuất', exact: true });
  expect.soft(await button.isVisible()).toBe(true);
  const box = await button.boundingBox();
  expect(box).not.toBeNull();
  expect.soft(box!.x, 'Đăng xuất').toBeGreaterThanOrEqual(0);
  expect.soft(box!.x + box!.width, 'Đăng xuất').toBeLessThanOrEqual(PHONE.width);
  expect.soft(box!.y + box!.height, 'Đăng xuất').toBeLessThanOrEqual(PHONE.height);
}

/** Every control of the header (who, live state, API link, language, sign-out) is inside the window's width. */
async function expectHeaderFits(page: Page): Promise<void> {
  const edges = await page
    .locator('header nav > *')
    .evaluateAll((els) =>
      els.map((el) => [el.textContent.trim(), el.getBoundingClientRect().right] as const),
    );
  expect(edges.length).toBeGreaterThanOrEqual(4);
  for (const [text, right] of edges) expect.soft(right, `header: ${text}`).toBeLessThanOrEqual(PHONE.width);
}

/** Opens a page by its address, waits for its heading and what it draws after loading, then checks it fits. */
async function visit(page: Page, url: string, hash: string, ready: (page: Page) => Promise<void>) {
  await page.goto(`${url}/console/#${hash}`);
  await page.locator('main h2').first().waitFor();
  await ready(page);
  await expectFits(page, `#${hash}`);
  await expectSignOutReachable(page);
  await expectHeaderFits(page);
}

const heartbeat = (sentAt: number): Heartbeat =>
  factory.heartbeat({
    sentAt,
    uptimeSeconds: 93_725,
    playerVersion: '0.1.0-kiosk-build-2026-12-06',
    onScreen: { type: 'clock' },
    cache: { bytes: 734_003_200, assets: 42, missing: 1 },
    clock: { offsetMs: 12, trusted: false },
    display: { width: 1080, height: 1920, devicePixelRatio: 1, stageWidth: 1080, stageHeight: 1920 },
    errors: [
      {
        at: sentAt,
        message:
          'video decode failed: codec not supported (/var/lib/gatecast/cache/assets/9f2c1b7e5d4a3c2b1a0f9e8d7c6b5a4f.mp4)',
      },
    ],
  });

describe('console on a phone (Chromium, Vietnamese, 390×844)', () => {
  let server: TestServer;
  let browser: Browser;
  let device: PlayerSocket;
  const gate = factory.gate({
    name: 'Cửa khẩu Quốc tế Tịnh Biên',
    province: 'An Giang',
    borderCountry: 'KH',
    languages: ['vi', 'km', 'en'],
  });
  const board = factory.screen(gate.id!, {
    name: 'Bảng LED cổng nhập cảnh Tịnh Biên',
    width: 1920,
    height: 1080,
  });
  const kiosk = factory.screen(gate.id!, { name: 'Kiosk tra cứu sảnh xuất cảnh', kind: 'kiosk' });
  const hours: MessageInput = factory.message({ name: 'Giờ làm việc của cửa khẩu', gateId: gate.id! });
  const notice: MessageInput = factory.message({
    name: 'Thông báo thay đổi giờ làm việc dịp Tết Nguyên Đán',
    gateId: gate.id!,
    variants: {
      vi: { title: TET_TITLE },
      km: { title: 'ច្រកទ្វារបើកពីម៉ោង ៦ ព្រឹក ដល់ម៉ោង ១០ យប់' },
      en: { title: 'The gate is open from 6 am to 10 pm during the Lunar New Year' },
    },
  });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    const admin = server.api;
    expect((await admin.post('/api/v1/gates', gate)).status).toBe(201);
    expect((await admin.post('/api/v1/screens', board)).status).toBe(201);
    expect((await admin.post('/api/v1/screens', kiosk)).status).toBe(201);
    const scope = { provinces: ['An Giang'] };
    await admin.newUser(TECHNICIAN.username, ['technician'], scope, TECHNICIAN.password);
    await admin.newUser(APPROVER.username, ['approver'], scope, APPROVER.password);
    await admin.newUser(ADMIN.username, ['admin'], { global: true }, ADMIN.password);

    // On air: the working hours, always; waiting for review: the Tết notice.
    const publisher = new Publisher(server);
    await publisher.create('/api/v1/messages', hours);
    const playlist = factory.playlist([hours.id!], { gateId: gate.id!, name: 'Vòng thông tin Tịnh Biên' });
    await publisher.create('/api/v1/playlists', playlist);
    await publisher.create(
      '/api/v1/schedules',
      factory.schedule(playlist.id!, { gates: [gate.id!] }, { name: 'Cả ngày, mọi ngày' }),
    );
    expect((await admin.post('/api/v1/messages', notice)).status).toBe(201);
    expect((await admin.post(`/api/v1/messages/${notice.id}/submit`)).status).toBe(200);

    // The kiosk is connected and has said how it is, with a long error line.
    const token = await admin.post<DeviceTokenCreated>(`/api/v1/screens/${kiosk.id}/tokens`, {});
    device = connectPlayer(server.url, token.body.token);
    await nextEvent(device, 'config');
    const reply = (await device
      .timeout(5000)
      .emitWithAck('heartbeat', heartbeat(Date.now()))) as Ack<unknown>;
    expect(reply.ok).toBe(true);
    await server.app.monitor.check();

    // Overrides in force, so that the emergency page lists them: an emergency at the gate, the board blacked out.
    const emergency = await admin.post('/api/v1/emergencies', {
      variants: {
        vi: { title: FLOOD, body: 'Đề nghị hành khách chờ tại nhà chờ số 2.' },
        km: { title: 'ផ្អាកការឆ្លងដែនបណ្ដោះអាសន្ន' },
      },
      targets: { gates: [gate.id] },
      ttlMinutes: 120,
    });
    expect(emergency.status, JSON.stringify(emergency.body)).toBe(201);
    const blackout = await admin.post('/api/v1/blackouts', {
      targets: { screens: [board.id] },
      reason: 'Bảo trì nguồn điện bảng LED cổng nhập cảnh theo kế hoạch của đội kỹ thuật',
    });
    expect(blackout.status, JSON.stringify(blackout.body)).toBe(201);
  });
  afterAll(async () => {
    device.close();
    await browser.close();
    await server.stop();
  });

  it('a technician reads every page without sideways scrolling, and can always sign out', async () => {
    // The CSP forbids inline scripts, rightly; the test lifts it only to inject axe-core.
    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true, bypassCSP: true });
    try {
      await page.goto(`${server.url}/console/`);
      await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
      await expectFits(page, 'the sign-in page');
      await signIn(page, server.url, TECHNICIAN);
      // The tabs stay in their own row, which scrolls; the current one is in view.
      const tabs = page.locator('nav.tabs');
      const tabsBox = await tabs.boundingBox();
      expect(tabsBox!.width).toBeLessThanOrEqual(PHONE.width);

      await visit(page, server.url, 'dashboard', async (p) => {
        await expect
          .poll(() => p.locator(`tr[data-screen="${kiosk.id}"] .status`).textContent())
          .toMatch(/\S/);
      });
      // One card per screen: its status is read without scrolling sideways, under its name.
      const status = await page.locator(`tr[data-screen="${kiosk.id}"] .status`).boundingBox();
      const name = await page.getByRole('link', { name: kiosk.name }).boundingBox();
      expect(status!.x + status!.width).toBeLessThanOrEqual(PHONE.width);
      expect(status!.y).toBeGreaterThan(name!.y);
      // Each value says what it is (the column's name, drawn before it): the table's header row is hidden.
      const labels = await page
        .locator(`tr[data-screen="${kiosk.id}"] td`)
        .evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
      expect(labels.join(' ')).toContain('Nhịp gần nhất');
      // Drawn as cards, the tables pass axe-core as the desktop's do.
      expect(await seriousViolations(page), 'the dashboard on a phone').toEqual([]);
      for (const screen of [kiosk, board])
        await visit(page, server.url, `screen/${screen.id}`, async (p) => {
          await p.getByRole('heading', { name: `Màn hình ${screen.name}`, level: 2 }).waitFor();
          await p.locator('[data-availability="day"]').waitFor();
          if (screen !== kiosk) return;
          await expect.poll(() => p.locator('[data-fact="clock"]').textContent()).toContain('CHƯA tin cậy');
          // A command sent from the phone, listed under the buttons.
          await p.getByRole('button', { name: 'Nhận diện', exact: true }).click();
          await p.locator('tr[data-command-state]').first().waitFor();
        });
      await visit(page, server.url, 'fleet', (p) => p.getByText(board.name).first().waitFor());
      await visit(page, server.url, 'library', async () => {});
      await visit(page, server.url, 'messages', (p) => p.getByText(hours.name).first().waitFor());
      await visit(page, server.url, 'playlists', (p) =>
        p.getByText('Vòng thông tin Tịnh Biên').first().waitFor(),
      );
      await visit(page, server.url, 'schedules', (p) => p.getByText('Cả ngày, mọi ngày').first().waitFor());
      await visit(page, server.url, 'approvals', async () => {});
      await visit(page, server.url, 'emergency', (p) => p.getByText(FLOOD).first().waitFor());
      await visit(page, server.url, 'reports', async (p) => {
        await p.locator('table[data-report="availability"]').first().waitFor();
      });
      await visit(page, server.url, 'people', async () => {});

      // The current tab is scrolled into its row's view, not hidden past the edge.
      const current = page.locator('nav.tabs a[aria-current="page"]');
      const box = await current.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);

      // In English the header's words are other words, and still fit; the dashboard's tab comes back into view.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
      await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await expectFits(page, 'the dashboard in English');
      await expectHeaderFits(page);
      const dashboardTab = await page.getByRole('link', { name: 'Dashboard', exact: true }).boundingBox();
      expect(dashboardTab!.x).toBeGreaterThanOrEqual(0);
      expect(dashboardTab!.x + dashboardTab!.width).toBeLessThanOrEqual(PHONE.width);
    } finally {
      await page.close();
    }
  });

  it('an approver opens a change for review and reads it on the phone', async () => {
    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      await signIn(page, server.url, APPROVER);
      await visit(page, server.url, 'approvals', (p) =>
        p.getByRole('button', { name: `Xem xét ${notice.name}` }).waitFor(),
      );
      await page.getByRole('button', { name: `Xem xét ${notice.name}` }).click();
      await page.getByRole('heading', { name: `Xem xét ${notice.name}` }).waitFor();
      await page.getByText(TET_TITLE).first().waitFor();
      await expectFits(page, 'an open review');
      await expectSignOutReachable(page);
      // The decision buttons are within reach.
      const approve = page.getByRole('button', { name: 'Duyệt và phát', exact: true });
      await approve.scrollIntoViewIfNeeded();
      const box = await approve.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    } finally {
      await page.close();
    }
  });

  it('an administrator’s pages (emergencies, people, screens and gates) fit too', async () => {
    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      await signIn(page, server.url, ADMIN);
      await visit(page, server.url, 'emergency', (p) => p.getByText(FLOOD).first().waitFor());
      await visit(page, server.url, 'people', async () => {});
      await visit(page, server.url, 'fleet', (p) => p.getByText(board.name).first().waitFor());
      for (const [button, name] of [
        ['Thêm cổng', 'Thêm cổng'],
        [`Mã thiết bị của ${kiosk.name}`, `Mã thiết bị của màn hình ${kiosk.name}`],
      ] as const) {
        await page.getByRole('button', { name: button, exact: true }).click();
        const dialog = page.getByRole('dialog', { name });
        await dialog.waitFor();
        await page.waitForLoadState('networkidle');
        // The dialog is inside the window, and its content inside the dialog (a table may scroll in its box).
        const box = await dialog.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
        const [inner, outer] = await dialog.evaluate((d) => [d.scrollWidth, d.clientWidth]);
        expect.soft(inner, `${name}: its content is wider than the dialog`).toBeLessThanOrEqual(outer);
        await expectFits(page, name);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
      }
      await visit(page, server.url, 'messages', (p) => p.getByText(hours.name).first().waitFor());
      await page.getByRole('button', { name: `Mở ${hours.name}`, exact: true }).click();
      await page.locator('form.editor').first().waitFor();
      await expectFits(page, 'a message open in its editor');
      // The playlist's loop and the schedule's week, each open in its editor.
      for (const [hash, name] of [
        ['playlists', 'Vòng thông tin Tịnh Biên'],
        ['schedules', 'Cả ngày, mọi ngày'],
      ] as const) {
        await visit(page, server.url, hash, (p) => p.getByText(name).first().waitFor());
        await page.getByRole('button', { name: `Mở ${name}`, exact: true }).click();
        await page.locator('form.editor').first().waitFor();
        await expectFits(page, `#${hash} with ${name} open in its editor`);
      }
      await visit(page, server.url, `screen/${kiosk.id}`, (p) =>
        p.locator('[data-availability="day"]').waitFor(),
      );
    } finally {
      await page.close();
    }
  });
});
