/**
 * Screenshots of the console's main pages at 1366×768 into docs/screenshots/, for the docs and README.
 * Starts a controller with the demo gates (SEED_DEMO) on a throw-away data directory, signs in as the
 * admin and captures each page with Debian's Chromium (playwright-core; nothing downloads a browser).
 * Run: npm run build && node scripts/console-screenshots.ts
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';

const password = 'ảnh chụp màn hình 2026';
const out = new URL('../docs/screenshots/', import.meta.url).pathname;
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

const dataDir = await mkdtemp(join(tmpdir(), 'gatecast-shots-'));
const app = await startApp(
  loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO: '1',
    ADMIN_PASSWORD: password,
  }),
  { jobs: false },
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars'],
});
try {
  await mkdir(out, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  await page.goto(`${app.url}/console/`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(password);
  await page.screenshot({ path: join(out, 'signin.png') });
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  for (const [hash, heading] of pages) {
    await page.goto(`${app.url}/console/#${hash}`);
    await page.getByRole('heading', { name: heading, exact: true, level: 2 }).waitFor();
    // Lists arrive after the heading; wait for the network to settle and web fonts to load.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    // The message editor is the page's point: open it with the demo's first message and show it.
    if (hash === 'messages') {
      await page.getByRole('button', { name: 'Sửa' }).first().click();
      await page.locator('form.editor').scrollIntoViewIfNeeded();
    }
    await page.screenshot({ path: join(out, `${hash}.png`) });
    console.log(`docs/screenshots/${hash}.png`);
  }
} finally {
  await browser.close();
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
}
