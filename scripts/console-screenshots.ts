/**
 * Screenshots of the console's main pages at 1366×768 into docs/screenshots/, for the docs and README.
 * Starts a controller with the demo gates (SEED_DEMO) on a throw-away data directory, signs in as the
 * admin and captures each page with Debian's Chromium (playwright-core; nothing downloads a browser).
 * Run: npm run build && node scripts/console-screenshots.ts (SHOTS=emergency,fleet: only those pages)
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoSession, screenshotsDir } from './screenshot-session.ts';

const password = 'ảnh chụp màn hình 2026';
const out = screenshotsDir;
const pages: [hash: string, heading: string][] = [
  ['fleet', 'Cổng biên giới và màn hình'],
  ['dashboard', 'Giám sát màn hình'],
  ['reports', 'Báo cáo phát và khả dụng'],
  ['library', 'Thư viện ảnh và video'],
  ['messages', 'Thông điệp'],
  ['playlists', 'Danh sách phát'],
  ['schedules', 'Lịch phát'],
  ['approvals', 'Hàng chờ phê duyệt'],
  ['emergency', 'Thông báo khẩn cấp'],
];

/** Opens the first row of the page's list in its editor, and scrolls the editor into view. */
async function openFirst(page: Page): Promise<void> {
  await page.locator('tr[data-row] button[data-action="open"]').first().click();
  await page.locator('form.editor').first().scrollIntoViewIfNeeded();
}

const editors: Record<string, (page: Page) => Promise<void>> = {
  messages: openFirst,
  playlists: openFirst,
  schedules: async (page) => {
    await page.locator('.week-view').first().scrollIntoViewIfNeeded();
  },
  // The blackout form's confirmation: what goes black, on how many screens at which gate, by name.
  emergency: async (page) => {
    const form = page.getByRole('region', { name: 'Tắt hình màn hình', exact: true });
    await form.getByRole('checkbox', { name: 'Tịnh Biên', exact: true }).check();
    await form.getByLabel('Lý do', { exact: true }).fill('Kiểm tra an ninh');
    await form.getByRole('button', { name: 'Tắt hình…', exact: true }).click();
    await page.getByRole('dialog').waitFor();
  },
  approvals: async (page) => {
    await page
      .getByRole('button', { name: /^Xem xét / })
      .first()
      .click();
    await page.getByRole('heading', { name: /^Xem xét / }).waitFor();
  },
};

/**
 * A change waiting for review, so that the approval page shows a per-language diff: the demo's Tịnh Biên
 * opening hours with one word changed in Vietnamese and in Khmer, submitted with its missing languages
 * acknowledged (the admin may not approve its own change; the review is what is shown).
 */
async function proposeChange(page: Page, url: string): Promise<void> {
  const me = (await (await page.request.get(`${url}/api/v1/auth/me`)).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const list = (await (await page.request.get(`${url}/api/v1/messages?limit=500`)).json()) as {
    items: { id: string; variants: Record<string, { title?: string; body?: string }> }[];
  };
  const message = list.items.find((m) => m.variants.km?.title && m.variants.vi?.title);
  if (!message) throw new Error('the demo has no message in Vietnamese and Khmer');
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  } = message as typeof message & {
    createdAt: string;
    updatedAt: string;
  };
  const variants = structuredClone(message.variants);
  const vi = variants.vi ?? {};
  const km = variants.km ?? {};
  vi.title = `${vi.title ?? ''} (cập nhật)`;
  km.title = `${km.title ?? ''} ថ្មី`;
  const put = await page.request.put(`${url}/api/v1/messages/${message.id}`, {
    headers,
    data: { ...fields, variants },
  });
  if (!put.ok()) throw new Error(`PUT message: ${put.status()} ${await put.text()}`);
  let submit = await page.request.post(`${url}/api/v1/messages/${message.id}/submit`, { headers, data: {} });
  if (submit.status() === 400) {
    const refusal = (await submit.json()) as { error: { params?: { languages?: string[] } } };
    submit = await page.request.post(`${url}/api/v1/messages/${message.id}/submit`, {
      headers,
      data: { acknowledgedMissing: refusal.error.params?.languages ?? [] },
    });
  }
  if (!submit.ok()) throw new Error(`submit message: ${submit.status()} ${await submit.text()}`);
}

/**
 * Something on the emergency page: an emergency waiting for its second approver (the demo gates ask for
 * one), a screen blacked out, and a blackout of a gate already lifted.
 */
async function raiseOverrides(page: Page, url: string): Promise<void> {
  const me = (await (await page.request.get(`${url}/api/v1/auth/me`)).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const post = async (path: string, data: object = {}) => {
    const res = await page.request.post(`${url}${path}`, { headers, data });
    if (!res.ok()) throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as { id: string };
  };
  const gates = (await (await page.request.get(`${url}/api/v1/gates?limit=500`)).json()) as {
    items: { id: string; name: string }[];
  };
  const screens = (await (await page.request.get(`${url}/api/v1/screens?limit=500`)).json()) as {
    items: { id: string; gateId: string }[];
  };
  const tinhBien = gates.items.find((g) => g.name.includes('Tịnh Biên'));
  const naMeo = gates.items.find((g) => g.name.includes('Na Mèo'));
  const board = screens.items.find((s) => s.gateId === tinhBien?.id);
  if (!tinhBien || !naMeo || !board) throw new Error('the demo has no Tịnh Biên or Na Mèo gate');
  await post('/api/v1/emergencies', {
    variants: {
      vi: { title: 'Đường lên cửa khẩu sạt lở: tạm dừng thông quan' },
      lo: { title: 'ທາງຂຶ້ນດ່ານດິນເຈື່ອນ: ໂຈະການຜ່ານແດນຊົ່ວຄາວ' },
    },
    targets: { gates: [naMeo.id] },
    ttlMinutes: 120,
  });
  await post('/api/v1/blackouts', {
    targets: { screens: [board.id] },
    reason: 'Bảng LED chập điện, chờ kỹ thuật',
  });
  const drill = await post('/api/v1/blackouts', { targets: { gates: [tinhBien.id] }, reason: 'Diễn tập' });
  await post(`/api/v1/blackouts/${drill.id}/lift`);
}

const { app, browser, close } = await demoSession('shots', password);
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  await page.goto(`${app.url}/console/`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(password);
  await page.screenshot({ path: join(out, 'signin.png') });
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  await proposeChange(page, app.url);
  await raiseOverrides(page, app.url);
  const only = process.env.SHOTS?.split(',');
  for (const [hash, heading] of pages.filter(([hash]) => !only || only.includes(hash))) {
    await page.goto(`${app.url}/console/#${hash}`);
    await page.getByRole('heading', { name: heading, exact: true, level: 2 }).waitFor();
    // Lists arrive after the heading; wait for the network to settle and web fonts to load.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(out, `${hash}.png`) });
    console.log(`docs/screenshots/${hash}.png`);
    // An editor or a review is where each content page's work happens: show it open too.
    const open = editors[hash];
    if (!open) continue;
    await open(page);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(out, `${hash}-open.png`) });
    console.log(`docs/screenshots/${hash}-open.png`);
  }
} finally {
  await close();
}
