/**
 * The gate calendar page (#calendar) for docs/CONSOLE.md: Tịnh Biên's calendar approved, with a new draft
 * waiting, seen during Tết (docs/screenshots/calendar.png), and the holidays of 2026 of Vietnam and Cambodia
 * proposed beside those taken in (docs/screenshots/calendar-holidays.png), at 1366×1150. The demo gates
 * (SEED_DEMO) on a throw-away data directory, an approver of An Giang to approve the first calendar; the
 * controller's clock set to each step (saved on 11 February 2026, approved on the 12th, a new draft on the 18th)
 * and the browser's fixed at 10:00 on the 19th at the gate; Debian's Chromium.
 * Run: npm run build && node scripts/calendar-screenshots.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type APIRequestContext, type BrowserContext, type Page } from 'playwright-core';
import type { CalendarHoliday, GateCalendar } from '../schemas/types.ts';
import { startApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { holidaysOf } from '../shared/holidays.ts';
import { screenshotsDir } from './screenshot-session.ts';

const password = 'ảnh chụp lịch cửa khẩu 2026';
const gateId = 'tinh-bien';
const approver = { username: 'tran.van.hung', displayName: 'Trần Văn Hùng' };
/** When things happen, at the gate (UTC+7): the controller's clock is set to each in turn. */
const when = {
  saved: Date.parse('2026-02-11T15:20:00+07:00'),
  approved: Date.parse('2026-02-12T08:45:00+07:00'),
  redrafted: Date.parse('2026-02-18T16:05:00+07:00'),
  /** Thursday 19 February 2026, 10:00: the Tết break, when the page is looked at. */
  seen: Date.parse('2026-02-19T10:00:00+07:00'),
};

const holidays = (country: 'VN' | 'KH', key: string, effect: CalendarHoliday['effect']): CalendarHoliday[] =>
  holidaysOf(country, 2026)
    .filter((h) => h.key === key)
    .map((h) => ({ date: h.date, country: h.country, key: h.key, name: { ...h.name }, effect }));

const approved: GateCalendar = {
  weekly: {
    passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '07:00', close: '22:00' }],
    goods: [{ days: [1, 2, 3, 4, 5, 6], open: '07:00', close: '17:00' }],
  },
  exceptions: [
    {
      date: '2026-03-02',
      effect: 'hours',
      periods: [{ open: '07:00', close: '11:30' }],
      reason: { vi: 'Diễn tập phòng cháy chữa cháy', km: 'សមយុទ្ធពន្លត់អគ្គិភ័យ' },
    },
  ],
  holidays: [
    ...holidays('VN', 'tet', 'closed'),
    ...holidays('VN', 'hung-kings', 'open'),
    ...holidays('KH', 'khmer-new-year', 'closed'),
  ],
};
/** The next change an editor proposes: the goods lane closed one day for the weighbridge's upkeep. */
const draft: GateCalendar = {
  ...approved,
  exceptions: [
    ...(approved.exceptions ?? []),
    {
      date: '2026-03-20',
      lane: 'goods',
      effect: 'closed',
      reason: { vi: 'Bảo trì trạm cân xe tải', km: 'ថែទាំស្ថានីយ៍ថ្លឹងឡាន' },
    },
  ],
};

/**
 * Signs `username` in from `context` at the controller's present time: the session cookie is stored by hand,
 * since the browser, on the real date, would drop one that expires on the controller's (earlier) one.
 */
async function signIn(
  context: BrowserContext,
  url: string,
  username: string,
): Promise<Record<string, string>> {
  const login = await context.request.post(`${url}/api/v1/auth/login`, { data: { username, password } });
  if (!login.ok()) throw new Error(`login ${username}: ${login.status()} ${await login.text()}`);
  const cookies = login.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie');
  await context.clearCookies();
  for (const { value } of cookies) {
    const [pair = ''] = value.split(';');
    const at = pair.indexOf('=');
    await context.addCookies([
      { name: pair.slice(0, at), value: pair.slice(at + 1), url, expires: Date.now() / 1000 + 3600 },
    ]);
  }
  const me = (await login.json()) as { csrfToken: string };
  return { 'x-csrf-token': me.csrfToken };
}

async function call(
  request: APIRequestContext,
  method: 'put' | 'post',
  url: string,
  headers: Record<string, string>,
  data: unknown,
): Promise<void> {
  const reply = await request[method](url, { headers, data });
  if (!reply.ok()) throw new Error(`${method.toUpperCase()} ${url}: ${reply.status()} ${await reply.text()}`);
}

async function ready(page: Page): Promise<void> {
  await page.locator('[data-editor="calendar"]').waitFor();
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
}

// The demo gates on a throw-away data directory, on a controller whose clock the script sets.
let present = when.saved;
const dataDir = await mkdtemp(join(tmpdir(), 'gatecast-calendar-shots-'));
const app = await startApp(
  loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO: '1',
    ADMIN_PASSWORD: password,
  }),
  { jobs: false, clock: { now: () => present } },
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars'],
});
try {
  const url = app.url;
  const base = `${url}/api/v1/gates/${gateId}/calendar`;
  const admin = await browser.newContext({ viewport: { width: 1366, height: 1150 }, locale: 'vi-VN' });
  let headers = await signIn(admin, url, 'admin');
  await call(admin.request, 'post', `${url}/api/v1/users`, headers, {
    ...approver,
    roles: ['approver'],
    scope: { provinces: ['An Giang'] },
    password,
  });
  await call(admin.request, 'put', base, headers, approved);

  present = when.approved;
  const other = await browser.newContext();
  await call(other.request, 'post', `${base}/approve`, await signIn(other, url, approver.username), {});
  await other.close();

  present = when.redrafted;
  headers = await signIn(admin, url, 'admin');
  await call(admin.request, 'put', base, headers, draft);

  present = when.seen;
  await signIn(admin, url, 'admin');
  const page = await admin.newPage();
  await page.clock.setFixedTime(when.seen);
  await page.goto(`${url}/console/#calendar`);
  await page.locator('select[name="calendar-gate"]').selectOption(gateId);
  await ready(page);
  await page.locator('[data-version="draft"]').waitFor();
  await page.screenshot({ path: join(screenshotsDir, 'calendar.png') });

  const holidaysSection = page.locator('[data-section="holidays"]');
  await holidaysSection.getByRole('button', { name: 'Lấy ngày lễ năm 2026', exact: true }).click();
  await holidaysSection.locator('[data-proposals]').waitFor();
  await page.evaluate(() => document.fonts.ready);
  await holidaysSection.screenshot({ path: join(screenshotsDir, 'calendar-holidays.png') });
  console.log(`wrote ${join(screenshotsDir, 'calendar.png')} and calendar-holidays.png`);
} finally {
  await browser.close();
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
}
