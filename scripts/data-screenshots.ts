/**
 * The live data page (#data) and the message editor's data fields for docs/CONSOLE.md and docs/DATA.md:
 * the sources with their health and a value held for a look (docs/screenshots/data.png, 1366×1024; the others
 * 1366×768 and a 390×844 phone), a source open with
 * its current values, a path's history and the form to enter a value (data-open.png), the held value on an
 * approver's phone (data-held.png), a message with {{fields}} and its field options (message-fields.png), and
 * a board at Tịnh Biên showing the rates side by side with Khmer digits (board-rates.png) and a stale waiting
 * time with its "as of" line (board-as-of.png).
 * The rates and the weather are read from the test fixtures, served on this machine and dated now; the
 * demo gates (SEED_DEMO) on a throw-away data directory, Debian's Chromium (nothing downloads a browser).
 * Run: npm run build && node scripts/data-screenshots.ts
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoSession, screenshotsDir } from './screenshot-session.ts';

const password = 'ảnh chụp dữ liệu trực tiếp 2026';
const out = screenshotsDir;
const fixtures = new URL('../test/fixtures/data/', import.meta.url);

/** Now on Vietnam's clock (UTC+7 all year), as the fixtures' publishers write their times. */
function vietnamNow() {
  const local = new Date(Date.now() + 7 * 3_600_000);
  const day = (offset: number) => new Date(local.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const h = local.getUTCHours();
  return {
    // Vietcombank: month/day/year with a 12-hour clock.
    vcb: `${local.getUTCMonth() + 1}/${local.getUTCDate()}/${local.getUTCFullYear()} ${h % 12 || 12}:${String(local.getUTCMinutes()).padStart(2, '0')}:00 ${h < 12 ? 'AM' : 'PM'}`,
    // Open-Meteo: the current quarter hour, local.
    meteo: `${day(0)}T${String(h).padStart(2, '0')}:00`,
    days: [day(0), day(1), day(2)],
  };
}

/** The fixtures, dated now; anything else answers 404 (a source whose reading fails). */
async function feeds(): Promise<{ url: string; close: () => Promise<void> }> {
  const now = vietnamNow();
  const rates = (await readFile(new URL('vietcombank-exrates.xml', fixtures), 'utf8')).replace(
    /<DateTime>[^<]*<\/DateTime>/,
    `<DateTime>${now.vcb}</DateTime>`,
  );
  const weather = (await readFile(new URL('open-meteo-le-thanh.json', fixtures), 'utf8'))
    .replace('"2026-06-12T13:00"', JSON.stringify(now.meteo))
    .replace('["2026-06-12", "2026-06-13", "2026-06-14"]', JSON.stringify(now.days));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/rates.xml') res.writeHead(200, { 'content-type': 'application/xml' }).end(rates);
    else if (path === '/forecast') res.writeHead(200, { 'content-type': 'application/json' }).end(weather);
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) =>
        server.close(() => {
          done();
        }),
      ),
  };
}

/** A signed-in session of the API (cookie and CSRF token), as a person's browser holds it. */
async function session(base: string, username: string, secret: string) {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: secret }),
  });
  if (!login.ok) throw new Error(`sign-in ${username}: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
}

async function signIn(
  page: Page,
  url: string,
  hash: string,
  username: string,
  secret: string,
): Promise<void> {
  await page.goto(`${url}/console/#${hash}`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(secret);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  await page.evaluate(() => document.fonts.ready);
}

const { app, browser, close } = await demoSession('data-shots', password);
const served = await feeds();
try {
  const admin = await session(app.url, 'admin', password);
  for (const [username, displayName, roles, scope] of [
    ['nguyen.thi.lan', 'Nguyễn Thị Lan', ['editor'], { gates: ['tinh-bien'] }],
    ['tran.van.hung', 'Trần Văn Hùng', ['approver'], { provinces: ['An Giang', 'Gia Lai'] }],
  ] as const)
    await admin('POST', '/api/v1/users', { username, displayName, roles, scope, password });

  type Made = { source: { id: string }; token: string };
  const pull = (url: string, adapter: string, everyMinutes: number) => ({
    url,
    adapter,
    everyMinutes,
    timeoutSeconds: 10,
    allowPrivate: true,
  });
  const rates = await admin<Made>('POST', '/api/v1/data-sources', {
    name: 'Tỷ giá Vietcombank',
    kind: 'pull',
    scope: { global: true },
    pull: pull(`${served.url}/rates.xml`, 'vietcombank-xml', 30),
    maxAgeSeconds: 86_400,
    boundPercent: 2,
  });
  const weather = await admin<Made>('POST', '/api/v1/data-sources', {
    name: 'Thời tiết Lệ Thanh',
    kind: 'pull',
    scope: { gates: ['le-thanh'] },
    pull: pull(`${served.url}/forecast?current=temperature_2m`, 'open-meteo-json', 60),
    maxAgeSeconds: 6 * 3600,
  });
  const spare = await admin<Made>('POST', '/api/v1/data-sources', {
    name: 'Tỷ giá ngân hàng dự phòng',
    kind: 'pull',
    scope: { provinces: ['Thanh Hóa'] },
    pull: pull(`${served.url}/khong-co.xml`, 'vietcombank-xml', 60),
    maxAgeSeconds: 86_400,
  });
  for (const made of [rates, weather, spare])
    await admin('POST', `/api/v1/data-sources/${made.source.id}/poll`);

  // The lanes' system at Tịnh Biên: its last waiting time is two hours old, past its half hour.
  const lanes = await admin<Made>('POST', '/api/v1/data-sources', {
    name: 'Làn chờ Tịnh Biên',
    kind: 'push',
    scope: { gates: ['tinh-bien'] },
    maxAgeSeconds: 1800,
  });
  const pushed = await fetch(`${app.url}/api/v1/data/values`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${lanes.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      values: [
        {
          path: 'queue.passengers.minutes',
          type: 'number',
          unit: 'minute',
          value: 25,
          observedAt: Date.now() - 2 * 3_600_000,
        },
      ],
    }),
  });
  if (!pushed.ok) throw new Error(`PUT values: ${pushed.status} ${await pushed.text()}`);

  // The riel, entered by hand at Tịnh Biên; a slipped decimal waits for a look.
  const manual = await admin<Made>('POST', '/api/v1/data-sources', {
    name: 'Tỷ giá nhập tay Tịnh Biên',
    kind: 'push',
    scope: { gates: ['tinh-bien'] },
    maxAgeSeconds: 86_400,
    boundPercent: 5,
  });
  const editor = await session(app.url, 'nguyen.thi.lan', password);
  const riel = (value: number, observedAt: number) => ({
    values: [{ path: 'rates.KHR.sell', type: 'money', currency: 'VND', value, observedAt }],
  });
  await editor('POST', `/api/v1/data-sources/${manual.source.id}/values`, riel(6.2, Date.now() - 3_600_000));
  await editor('POST', `/api/v1/data-sources/${manual.source.id}/values`, {
    values: [{ path: 'rates.LAK.sell', type: 'money', currency: 'VND', value: 1.19 }],
  });
  await editor('POST', `/api/v1/data-sources/${manual.source.id}/values`, riel(62, Date.now() - 60_000));

  // Taller than the other pages' shots: the held value and the whole list of sources at once.
  const page = await browser.newPage({ viewport: { width: 1366, height: 1024 }, locale: 'vi-VN' });
  await signIn(page, app.url, 'data', 'admin', password);
  await page.getByRole('heading', { name: 'Dữ liệu trực tiếp', level: 2 }).waitFor();
  await page.locator('[data-held-list] [data-held]').waitFor();
  await page.screenshot({ path: join(out, 'data.png') });

  await page.getByRole('button', { name: 'Mở Tỷ giá nhập tay Tịnh Biên', exact: true }).click();
  await page.getByRole('button', { name: 'Lịch sử rates.KHR.sell', exact: true }).click();
  await page.locator('[data-history="rates.KHR.sell"] tr[data-version]').first().waitFor();
  await page.locator('input[name="entry-path"]').fill('rates.KHR.sell');
  await page.locator('input[name="entry-value"]').fill('6,25');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.locator('#data-detail-heading').evaluate((h) => {
    h.scrollIntoView({ block: 'start' });
  });
  await page.screenshot({ path: join(out, 'data-open.png') });
  await page.close();

  const phone = await browser.newPage({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
  });
  await signIn(phone, app.url, 'data', 'tran.van.hung', password);
  await phone.locator('[data-held-list] [data-held]').waitFor();
  await phone.locator('#data-held-heading').evaluate((h) => {
    h.scrollIntoView({ block: 'start' });
  });
  await phone.screenshot({ path: join(out, 'data-held.png') });
  await phone.close();

  const writer = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  await signIn(writer, app.url, 'messages', 'nguyen.thi.lan', password);
  await writer.getByRole('button', { name: 'Thông điệp mới', exact: true }).click();
  const form = writer.locator('#message-editor');
  await form.locator('input[name="name"]').fill('Tỷ giá tại cửa khẩu');
  await form.locator('input[name="title-vi"]').fill('Tỷ giá hôm nay');
  await form
    .locator('textarea[name="body-vi"]')
    .fill('Bán USD: {{rates.USD.sell}}\nMua USD: {{rates.USD.buy}}\nRiel: {{rates.KHR.sell|2}}');
  await form.locator('input[name="ticker-vi"]').fill('Cập nhật {{rates.USD.sell|time}');
  const fields = form.locator('[data-check="fields"]');
  await fields.getByRole('radio', { name: /^Vẫn hiện/ }).check();
  await fields.locator('input[name="fields-max-age"]').fill('6');
  await form.locator('[data-field-problems]').waitFor();
  await form.locator('textarea[name="body-vi"]').evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
  });
  await writer.evaluate(() => {
    window.scrollBy(0, -80);
  });
  await writer.screenshot({ path: join(out, 'message-fields.png') });
  await writer.close();

  // The board: at Tịnh Biên (Khmer digits), the bank's rates side by side in every language of the gate, and
  // the lanes' waiting time, two hours old, shown with its time (stale "as-of").
  const approver = await session(app.url, 'tran.van.hung', password);
  const gate = await admin<Record<string, unknown>>('GET', '/api/v1/gates/tinh-bien');
  const { id: _id, createdAt: _c, updatedAt: _u, ...gateInput } = gate;
  await admin('PUT', '/api/v1/gates/tinh-bien', { ...gateInput, digits: 'native' });
  await admin('POST', '/api/v1/screens', {
    id: 'tinh-bien-rates',
    gateId: 'tinh-bien',
    name: 'Bảng tỷ giá – sảnh Tịnh Biên',
    kind: 'led',
    width: 1280,
    height: 400,
    languages: ['vi', 'km', 'en'],
  });
  const publish = async (noun: string, body: { id: string } & Record<string, unknown>) => {
    await admin('POST', `/api/v1/${noun}`, body);
    // The gate's fourth language, Chinese, is not on this board: said knowingly.
    await admin(
      'POST',
      `/api/v1/${noun}/${body.id}/submit`,
      noun === 'messages' ? { acknowledgedMissing: ['zh-Hans'] } : {},
    );
    await approver('POST', `/api/v1/${noun}/${body.id}/approve`, {});
  };
  await publish('messages', {
    id: 'tinh-bien-rates',
    name: 'Tỷ giá tại cửa khẩu',
    gateId: 'tinh-bien',
    fieldOptions: { stale: 'hide', maxAgeSeconds: 86_400 },
    variants: {
      vi: { title: 'Tỷ giá', body: 'Bán USD {{rates.USD.sell}}\nBán CNY {{rates.CNY.sell}}' },
      km: { title: 'អត្រាប្តូរប្រាក់', body: 'លក់ USD {{rates.USD.sell}}\nលក់ CNY {{rates.CNY.sell}}' },
      en: {
        title: 'Exchange rates',
        body: 'USD sells at {{rates.USD.sell}}\nCNY sells at {{rates.CNY.sell}}',
      },
    },
  });
  await publish('messages', {
    id: 'tinh-bien-queue',
    name: 'Thời gian chờ làm thủ tục',
    gateId: 'tinh-bien',
    fieldOptions: { stale: 'as-of', maxAgeSeconds: 1800 },
    variants: {
      vi: { title: 'Thời gian chờ', body: 'Làn hành khách: {{queue.passengers.minutes}}' },
      km: { title: 'ពេលវេលារង់ចាំ', body: 'អ្នកដំណើរ: {{queue.passengers.minutes}}' },
      en: { title: 'Waiting time', body: 'Passengers: {{queue.passengers.minutes}}' },
    },
  });
  await publish('playlists', {
    id: 'tinh-bien-live',
    name: 'Tịnh Biên – thông tin trực tiếp',
    gateId: 'tinh-bien',
    items: [
      { type: 'message', messageId: 'tinh-bien-rates', duration: 8, languages: 'side-by-side' },
      { type: 'message', messageId: 'tinh-bien-queue', duration: 8, languages: 'side-by-side' },
    ],
  });
  await publish('schedules', {
    id: 'tinh-bien-live-always',
    name: 'Luôn luôn',
    playlistId: 'tinh-bien-live',
    targets: { screens: ['tinh-bien-rates'] },
    recurrence: { type: 'always' },
    priority: 100, // above the gate's own schedules (the demo's morning rush is 10)
  });
  const link = await admin<{ playerUrl: string }>('POST', '/api/v1/screens/tinh-bien-rates/enrolments', {});
  const board = await browser.newPage({ viewport: { width: 1280, height: 400 }, deviceScaleFactor: 1 });
  await board.goto(app.url + link.playerUrl);
  for (const [id, file] of [
    ['tinh-bien-rates', 'board-rates.png'],
    ['tinh-bien-queue', 'board-as-of.png'],
  ] as const) {
    await board.locator(`.entry:not(.preparing)[data-message-id="${id}"]`).waitFor({ timeout: 30_000 });
    await board.evaluate(() => document.fonts.ready);
    await board.screenshot({ path: join(out, file) });
  }
  await board.close();
} finally {
  await served.close();
  await close();
}
