/**
 * The people-and-access page (#people) for docs/CONSOLE.md: the list of people and a person open at
 * 1366×768 (docs/screenshots/people*.png), and a phone (390×844) turning on a second factor from its QR code
 * (docs/screenshots/phone-people-totp.png). The demo gates (SEED_DEMO) and three people on a throw-away data
 * directory, Debian's Chromium (nothing downloads a browser).
 * Run: npm run build && node scripts/people-screenshots.ts
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoSession, screenshotsDir } from './screenshot-session.ts';

const password = 'ảnh chụp người dùng 2026';
const out = screenshotsDir;
const people = [
  ['nguyen.thi.lan', 'Nguyễn Thị Lan', ['editor'], { gates: ['tinh-bien'] }],
  ['tran.van.hung', 'Trần Văn Hùng', ['approver'], { provinces: ['Gia Lai'] }],
  ['lo.van.pha', 'Lò Văn Pha', ['technician', 'viewer'], { provinces: ['Thanh Hóa'] }],
] as const;

async function signIn(page: Page, url: string, username: string, secret: string): Promise<void> {
  await page.goto(`${url}/console/#people`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(secret);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Người dùng và quyền truy cập', level: 2 }).waitFor();
  await page.evaluate(() => document.fonts.ready);
}

const { app, browser, close } = await demoSession('people-shots', password);
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  await signIn(page, app.url, 'admin', password);
  const me = (await (await page.request.get(`${app.url}/api/v1/auth/me`)).json()) as { csrfToken: string };
  for (const [username, displayName, roles, scope] of people) {
    const made = await page.request.post(`${app.url}/api/v1/users`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { username, displayName, roles, scope, password },
    });
    if (!made.ok()) throw new Error(`POST user: ${made.status()} ${await made.text()}`);
  }
  await page.reload();
  await page.getByText('Nguyễn Thị Lan').waitFor();
  await page.screenshot({ path: join(out, 'people.png') });
  await page.getByRole('button', { name: 'Sửa Nguyễn Thị Lan' }).click();
  await page.getByRole('heading', { name: 'Hoạt động gần đây' }).waitFor();
  await page.getByText('admin: Tạo tài khoản').waitFor();
  // Past the form: the person's second factor, tokens and recent activity.
  await page.getByRole('heading', { name: 'Xác thực hai lớp của người này' }).evaluate((h) => {
    h.scrollIntoView({ block: 'start' });
  });
  await page.screenshot({ path: join(out, 'people-open.png') });
  await page.close();

  const phone = await browser.newPage({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
  });
  await signIn(phone, app.url, 'tran.van.hung', password);
  await phone.getByLabel('Mật khẩu của bạn (để xác nhận)').fill(password);
  await phone.getByRole('button', { name: 'Bắt đầu bật xác thực hai lớp' }).click();
  const qr = phone.getByRole('img', { name: 'Mã QR để quét bằng ứng dụng xác thực' });
  await qr.waitFor();
  await phone.getByRole('heading', { name: 'Xác thực hai lớp' }).scrollIntoViewIfNeeded();
  await phone.screenshot({ path: join(out, 'phone-people-totp.png') });
  await phone.close();
} finally {
  await close();
}
