import { createRequire } from 'node:module';
import { generateSync } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, Api, startTestServer, type TestServer } from '../support/server.ts';
import { seriousViolations } from '../support/axe.ts';

// jsqr is CommonJS whose module.exports is the function itself, while its types declare a default export.
const jsQR = createRequire(import.meta.url)('jsqr') as typeof import('jsqr').default;

const password = 'người dùng biên giới 2026';

type Person = { id: string; username: string; scope: { gates?: string[]; provinces?: string[] } };

async function signIn(page: Page, url: string, username: string, secret = password) {
  await page.goto(`${url}/console/#people`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(secret);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function openPeople(page: Page) {
  await page.getByRole('link', { name: 'Người dùng', exact: true }).click();
  await page.getByRole('heading', { name: 'Người dùng và quyền truy cập', level: 2 }).waitFor();
}

/** Reads the QR code drawn on the page back, as a phone's camera would: from a screenshot of it. */
async function readQr(page: Page): Promise<string> {
  const png = await page.getByRole('img', { name: 'Mã QR để quét bằng ứng dụng xác thực' }).screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const found = jsQR(new Uint8ClampedArray(data), info.width, info.height);
  if (!found) throw new Error('no QR code could be read from the screenshot');
  return found.data;
}

describe('people and access in the console', () => {
  let server: TestServer;
  let browser: Browser;
  const tinhBien = factory.gate({ name: 'Cửa khẩu Tịnh Biên', province: 'An Giang' });
  const leThanh = factory.gate({ name: 'Cửa khẩu Lệ Thanh', province: 'Gia Lai' });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    for (const gate of [tinhBien, leThanh])
      expect((await server.api.post('/api/v1/gates', gate)).status).toBe(201);
    for (const [username, roles, scope] of [
      ['admin.angiang', ['admin'], { provinces: ['An Giang'] }],
      ['bientap.gialai', ['editor'], { provinces: ['Gia Lai'] }],
      ['duyet.angiang', ['approver'], { provinces: ['An Giang'] }],
    ] as const) {
      const made = await server.api.post('/api/v1/users', {
        username,
        displayName: `Cán bộ ${username}`,
        roles,
        scope,
        password,
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
    }
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  const people = async () => (await server.api.get<{ items: Person[] }>('/api/v1/users')).body.items;

  it('lets a province admin add someone at a gate of its province, and refuses a scope beyond its own', async () => {
    // bypassCSP: only so that axe-core can be injected; the console itself runs under its CSP.
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
    try {
      await signIn(page, server.url, 'admin.angiang');
      await openPeople(page);
      const list = page.getByRole('list', { name: 'Danh sách người dùng' });
      // Only its province's people: not the Gia Lai editor.
      await list.getByText('Cán bộ duyet.angiang').waitFor();
      await expect.poll(() => list.getByText('Cán bộ bientap.gialai').count()).toBe(0);

      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Thêm người dùng' }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
      await dialog
        .getByLabel('Tên đăng nhập (chữ thường, số, dấu chấm, gạch ngang)')
        .fill('bientap.tinhbien');
      await dialog.getByLabel('Họ và tên').fill('Nguyễn Thị Biên Tập');
      await dialog.getByRole('checkbox', { name: /^Biên tập viên/ }).check();
      await dialog.getByRole('checkbox', { name: /^Người xem/ }).uncheck();
      // Offered: its province and its gates only (Lệ Thanh is another province's).
      await expect.poll(() => dialog.getByRole('checkbox', { name: /Cửa khẩu Lệ Thanh/ }).count()).toBe(0);
      await expect.poll(() => dialog.getByRole('radio', { name: 'Toàn quốc (mọi cổng)' }).count()).toBe(0);
      await dialog.getByLabel('Mật khẩu (ít nhất 12 ký tự)').fill('mật khẩu mới của biên tập 1');
      // Its only gate comes chosen; with no gate or province the person would belong to nobody's province,
      // which is beyond its own scope.
      const gateBox = dialog.getByRole('checkbox', { name: /Cửa khẩu Tịnh Biên/ });
      expect(await gateBox.isChecked()).toBe(true);
      await gateBox.uncheck();
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog
        .getByText(
          'Không thể cấp phạm vi rộng hơn phạm vi của bạn: hãy chọn tỉnh hoặc cổng thuộc phạm vi của bạn.',
        )
        .waitFor();
      expect((await people()).map((p) => p.username)).not.toContain('bientap.tinhbien');

      await dialog.getByRole('checkbox', { name: /Cửa khẩu Tịnh Biên/ }).check();
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByRole('status').getByText('Đã thêm Nguyễn Thị Biên Tập.').waitFor();
      await list.getByText('Nguyễn Thị Biên Tập').waitFor();
      const made = (await people()).find((p) => p.username === 'bientap.tinhbien');
      expect(made?.scope).toMatchObject({ gates: [tinhBien.id], provinces: [] });

      // Straight at the API with its own session: a person of another province is out of reach.
      const session = new Api(server.url, undefined);
      expect((await session.login('admin.angiang', password)).status).toBe(200);
      const gialai = (await people()).find((p) => p.username === 'bientap.gialai')!;
      expect(
        (
          await session.put(`/api/v1/users/${gialai.id}`, {
            username: 'bientap.gialai',
            displayName: 'x',
            roles: ['editor'],
            scope: { provinces: ['An Giang'] },
          })
        ).status,
      ).toBe(404);
      expect((await people()).find((p) => p.id === gialai.id)?.scope).toMatchObject({
        provinces: ['Gia Lai'],
      });

      // Its recent activity is on its page: who created the account.
      await list.getByRole('button', { name: 'Sửa Nguyễn Thị Biên Tập' }).click();
      const person = page.getByRole('dialog', { name: 'Người dùng: Nguyễn Thị Biên Tập' });
      await person.getByRole('heading', { name: 'Hoạt động gần đây' }).waitFor();
      await person.getByText('admin.angiang: Tạo tài khoản').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('enrols a second factor from the QR code on a phone, then signs in with a code and with a recovery code', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await signIn(page, server.url, 'duyet.angiang');
      await openPeople(page);
      await page.getByText('Đang tắt: chỉ cần mật khẩu là đăng nhập được.', { exact: false }).waitFor();
      await page.getByLabel('Mật khẩu của bạn (để xác nhận)').fill(password);
      await page.getByRole('button', { name: 'Bắt đầu bật xác thực hai lớp' }).click();
      await page.getByRole('img', { name: 'Mã QR để quét bằng ứng dụng xác thực' }).waitFor();
      const uri = await readQr(page);
      expect(uri).toMatch(/^otpauth:\/\/totp\/Gatecast:duyet\.angiang\?/);
      const secret = new URL(uri).searchParams.get('secret')!;
      await page.getByLabel('Mã 6 chữ số trong ứng dụng').fill(generateSync({ secret }));
      await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
      await page.getByRole('heading', { name: 'Mã khôi phục của bạn' }).waitFor();
      const codes = await page.locator('.recovery-list code').allTextContents();
      expect(codes).toHaveLength(10);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        ),
      ).toBe(true);
      await page.getByRole('button', { name: 'Tôi đã cất giữ các mã' }).click();
      await page.getByText('Đang bật. Còn 10 mã khôi phục chưa dùng.').waitFor();

      // An API token of its own: the secret once, which works until revoked.
      await page.getByLabel('Tên mã (để nhận ra)').fill('kịch bản duyệt');
      await page.getByRole('button', { name: 'Tạo mã API' }).click();
      const tokenDialog = page.getByRole('dialog', { name: 'Mã API mới: kịch bản duyệt' });
      const token = await tokenDialog.getByLabel('Mã API', { exact: true }).inputValue();
      expect(token).toMatch(/^gca_/);
      expect((await new Api(server.url, token).get('/api/v1/gates')).status).toBe(200);
      await tokenDialog.getByRole('button', { name: 'Đóng' }).click();
      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: 'Thu hồi mã kịch bản duyệt' }).click();
      await expect.poll(async () => (await new Api(server.url, token).get('/api/v1/gates')).status).toBe(401);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        ),
      ).toBe(true);

      // Signing in again asks for the code from the app: its next one (the one that turned the factor on is
      // used up).
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await signIn(page, server.url, 'duyet.angiang');
      const next = generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
      await page.getByLabel('Mã xác thực 6 chữ số').fill(next);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('heading', { name: 'Người dùng và quyền truy cập', level: 2 }).waitFor();

      // A lost phone: a recovery code, once.
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await signIn(page, server.url, 'duyet.angiang');
      await page.getByRole('button', { name: 'Mất điện thoại? Dùng mã khôi phục' }).click();
      await page.getByLabel('Mã khôi phục').fill(codes[0]!);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByText('Đang bật. Còn 9 mã khôi phục chưa dùng.').waitFor();
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await signIn(page, server.url, 'duyet.angiang');
      await page.getByRole('button', { name: 'Mất điện thoại? Dùng mã khôi phục' }).click();
      await page.getByLabel('Mã khôi phục').fill(codes[0]!);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('alert').filter({ hasText: 'Mã không đúng hoặc đã được dùng rồi.' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Người dùng và quyền truy cập' }).count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('lets the national admin reset a password, turn off a lost second factor and disable someone', async () => {
    // Someone with a second factor whose phone is lost.
    const lost = await server.api.newUser('mat.dien.thoai', ['editor'], { provinces: ['Gia Lai'] }, password);
    const setup = await lost.post<{ secret: string }>('/api/v1/auth/totp', { password });
    expect(
      (await lost.post('/api/v1/auth/totp/confirm', { totp: generateSync({ secret: setup.body.secret }) }))
        .status,
    ).toBe(200);
    expect((await new Api(server.url, undefined).login('mat.dien.thoai', password)).status).toBe(401);

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    try {
      await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
      await openPeople(page);
      await page.getByRole('searchbox', { name: 'Tìm theo tên' }).fill('mat dien');
      const list = page.getByRole('list', { name: 'Danh sách người dùng' });
      await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
      await list.getByRole('button', { name: 'Sửa mat.dien.thoai' }).click();
      const dialog = page.getByRole('dialog', { name: 'Người dùng: mat.dien.thoai' });
      await dialog.getByText('Đang bật: người này đăng nhập bằng mật khẩu và mã', { exact: false }).waitFor();
      page.once('dialog', (d) => void d.accept());
      await dialog.getByRole('button', { name: 'Tắt xác thực hai lớp (mất điện thoại)' }).click();
      await dialog.getByText('Đang tắt: người này đăng nhập chỉ bằng mật khẩu.').waitFor();
      expect((await new Api(server.url, undefined).login('mat.dien.thoai', password)).status).toBe(200);

      const reset = 'mật khẩu được đặt lại 2026';
      await dialog.getByLabel('Đặt lại mật khẩu (để trống nếu không đổi)').fill(reset);
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page
        .getByRole('status')
        .getByText('Đã lưu. Các phiên đăng nhập của người này đã kết thúc.')
        .waitFor();
      expect((await new Api(server.url, undefined).login('mat.dien.thoai', password)).status).toBe(401);
      expect((await new Api(server.url, undefined).login('mat.dien.thoai', reset)).status).toBe(200);
      // Its old session ended with the reset.
      expect((await lost.get('/api/v1/auth/me')).status).toBe(401);

      await list.getByRole('button', { name: 'Sửa mat.dien.thoai' }).click();
      await dialog.getByRole('checkbox', { name: /^Vô hiệu hóa tài khoản/ }).check();
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await list.getByText('Đã vô hiệu hóa').waitFor();
      expect((await new Api(server.url, undefined).login('mat.dien.thoai', reset)).status).toBe(401);
    } finally {
      await page.close();
    }
  });
});
