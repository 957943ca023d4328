import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarHoliday, GateCalendar, GateCalendarRecord } from '../../schemas/types.ts';
import { gateFieldValue } from '../../shared/gate.fields.ts';
import { holidaysOf } from '../../shared/holidays.ts';
import { launchChromium } from '../support/browser.ts';
import { expectFits, open, pageReader, signIn } from '../support/console-page.ts';
import { factory } from '../support/factory.ts';
import { ADMIN_PASSWORD, startTestServer, type Api, type TestServer } from '../support/server.ts';

// The gate calendar page (Lịch cửa khẩu), driven as its people use it: an editor at An Giang gives Tịnh Biên,
// on the Cambodian border, its hours (7:00–22:00 every day), takes in Tết and the Khmer New Year of 2026 as
// closed days and adds a fire drill with special hours, saves the draft and finds it as saved when the page is
// opened again; the same person may approve content but not a draft of their own. An approver on a phone
// approves it in the middle of Tết, and the page says what the screens say: closed for Tết, open again on the
// 21st. Every view in Vietnamese with no English, at a phone's width, by keyboard, without serious
// accessibility faults. The browser's clock is fixed (page.clock), so what the page says of "now" is known.

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
/** Writes content and approves it too (a head of section): never a draft of their own. */
const EDITOR = { username: 'lich-an-giang', password: 'biên tập lịch An Giang 2026' };
const APPROVER = { username: 'duyet-lich-an-giang', password: 'người duyệt lịch An Giang 2026' };
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Tuesday 10 February 2026, 10:00 at the gate: a week before Tết. */
const BEFORE_TET = Date.parse('2026-02-10T10:00:00+07:00');
/** Thursday 19 February 2026, 10:00 at the gate: the fourth day of the Tết break. */
const IN_TET = Date.parse('2026-02-19T10:00:00+07:00');
const DRILL_VI = 'Diễn tập phòng cháy chữa cháy';
const DRILL_KM = 'សមយុទ្ធពន្លត់អគ្គិភ័យ';

/** The days of one computed holiday of 2026, as the page takes them in: closed all day. */
const closedDays = (country: 'VN' | 'KH', key: string): CalendarHoliday[] =>
  holidaysOf(country, 2026)
    .filter((h) => h.key === key)
    .map((h) => ({ date: h.date, country: h.country, key: h.key, name: { ...h.name }, effect: 'closed' }));

const expected: GateCalendar = {
  weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '07:00', close: '22:00' }] },
  exceptions: [
    {
      date: '2026-03-02',
      effect: 'hours',
      periods: [{ open: '07:00', close: '11:30' }],
      reason: { vi: DRILL_VI, km: DRILL_KM },
    },
  ],
  holidays: [...closedDays('VN', 'tet'), ...closedDays('KH', 'khmer-new-year')],
};

/** Opens the calendar page at the one gate in scope and waits for its editor. */
const openCalendar = (page: Page, url: string) =>
  open(page, url, 'calendar', 'Lịch cửa khẩu', '[data-editor="calendar"]');

describe('the gate calendar in the console', () => {
  let server: TestServer;
  let browser: Browser;
  let editor: Api;
  const tinhBien = factory.gate({
    name: 'Cửa khẩu Tịnh Biên',
    province: 'An Giang',
    borderCountry: 'KH',
    borderRegion: 'Takéo',
    languages: ['vi', 'km', 'en', 'zh-Hans'],
    location: { lat: 10.6, lon: 104.95 },
  });
  const calendarPath = `/api/v1/gates/${tinhBien.id}/calendar`;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer('sqlite'), launchChromium()]);
    expect((await server.api.post('/api/v1/gates', tinhBien)).status).toBe(201);
    const scope = { provinces: ['An Giang'] };
    editor = await server.api.newUser(EDITOR.username, ['editor', 'approver'], scope, EDITOR.password);
    await server.api.newUser(APPROVER.username, ['approver'], scope, APPROVER.password);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('an editor sets the hours, takes in Tết and Khmer New Year, adds a drill, saves, and finds it as saved', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await page.clock.setFixedTime(BEFORE_TET);
      await signIn(page, server.url, EDITOR.username, EDITOR.password);
      await openCalendar(page, server.url);
      expect(await page.locator('select[name="calendar-gate"]').inputValue()).toBe(tinhBien.id);
      await page.locator('[data-no-approved]').waitFor();
      const form = page.locator('[data-editor="calendar"]');

      // Weekly: 7:00–22:00 on every day of the week.
      for (let day = 1; day <= 7; day++)
        await form.locator(`input[name="weekly-passengers-0-day-${day}"]`).check();
      await form.locator('input[name="weekly-passengers-0-open"]').fill('07:00');
      await form.locator('input[name="weekly-passengers-0-close"]').fill('22:00');

      // The holidays of 2026 of Vietnam and Cambodia, proposed: Tết and the Khmer New Year taken in as closed.
      expect(await form.locator('select[name="holiday-year"]').inputValue()).toBe('2026');
      await form.getByRole('button', { name: 'Lấy ngày lễ năm 2026', exact: true }).click();
      const tet = form.locator('[data-proposal="VN/tet"]');
      await tet.waitFor();
      expect(await tet.textContent()).toContain('Tết Nguyên Đán');
      expect(await tet.textContent()).toContain('16/02/2026 – 20/02/2026');
      const khmerNewYear = form.locator('[data-proposal="KH/khmer-new-year"]');
      expect(await khmerNewYear.textContent()).toContain('Tết Chôl Chnăm Thmây');
      expect(await khmerNewYear.textContent()).toContain('Campuchia (KH)');
      for (const proposal of [tet, khmerNewYear]) {
        await proposal.getByLabel(/^Hôm đó cửa khẩu/).selectOption({ label: 'đóng cửa cả ngày' });
        await proposal.getByRole('button', { name: /^Thêm vào lịch/ }).click();
        await proposal.locator('[data-taken]').waitFor();
      }
      // In the calendar, a holiday's days together: Tết's five, the Khmer New Year's three.
      const taken = form.locator('[data-holiday-group]');
      expect(await taken.evaluateAll((ls) => ls.map((l) => l.getAttribute('data-dates')))).toEqual([
        '2026-02-16 2026-02-17 2026-02-18 2026-02-19 2026-02-20',
        '2026-04-14 2026-04-15 2026-04-16',
      ]);
      expect(await taken.first().textContent()).toContain(
        'Tết Nguyên ĐánViệt Nam (VN) · 16/02/2026 – 20/02/2026 · 5 ngày',
      );

      // A fire drill on Monday 2 March: special hours 7:00–11:30, the reason in Vietnamese and Khmer.
      await form.getByRole('button', { name: 'Thêm ngày ngoại lệ', exact: true }).click();
      const drill = form.locator('[data-exception="0"]');
      await drill.locator('input[name="exception-0-date"]').fill('2026-03-02');
      await drill.getByLabel('Hôm đó cửa khẩu').selectOption({ label: 'mở theo giờ đặc biệt' });
      await drill.locator('input[name="exception-0-period-0-open"]').fill('07:00');
      await drill.locator('input[name="exception-0-period-0-close"]').fill('11:30');
      await drill.locator('input[name="exception-0-reason-vi"]').fill(DRILL_VI);
      await drill.locator('select[name="exception-0-reason-add"]').selectOption('km');
      await drill.getByRole('button', { name: 'Thêm bản dịch', exact: true }).click();
      const khmer = drill.locator('input[name="exception-0-reason-km"]');
      await khmer.fill(DRILL_KM);
      // Typed in the Khmer face the boards use.
      expect(await khmer.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Noto Sans Khmer"?,/);

      await form.getByRole('button', { name: 'Lưu bản nháp', exact: true }).click();
      await form.getByText('Đã lưu bản nháp. Màn hình vẫn dùng lịch đã duyệt', { exact: false }).waitFor();
      const saved = (await editor.get<GateCalendarRecord>(calendarPath)).body;
      expect(saved.draft?.calendar).toEqual(expected);
      expect(saved.approved).toBeUndefined();

      // The days ahead by the draft: each day of Tết closed, and why; the drill's morning.
      const days = page.locator('[data-notable-days]');
      expect(await days.locator('li[data-date="2026-02-16"]').textContent()).toContain(
        'Đóng cửa cả ngày (Tết Nguyên Đán)',
      );
      expect(
        await days
          .locator('li[data-closed="true"]')
          .evaluateAll((ls) => ls.map((l) => l.getAttribute('data-date'))),
      ).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
      expect(await days.locator('li[data-date="2026-03-02"]').textContent()).toContain(
        `Giờ đặc biệt 07:00–11:30 (${DRILL_VI})`,
      );

      // Opened again, the page shows exactly that.
      await page.reload();
      await openCalendar(page, server.url);
      expect(await page.locator('[data-version="draft"]').textContent()).toContain(EDITOR.username);
      expect(await form.locator('input[name="weekly-passengers-0-open"]').inputValue()).toBe('07:00');
      expect(await form.locator('input[name="weekly-passengers-0-close"]').inputValue()).toBe('22:00');
      expect(
        await taken.evaluateAll((ls) =>
          ls.map((l) => [l.getAttribute('data-dates'), l.getAttribute('data-effect')]),
        ),
      ).toEqual([
        ['2026-02-16 2026-02-17 2026-02-18 2026-02-19 2026-02-20', 'closed'],
        ['2026-04-14 2026-04-15 2026-04-16', 'closed'],
      ]);
      expect(await form.locator('select[name="holiday-group-0-effect"]').inputValue()).toBe('closed');
      expect(await form.locator('input[name="exception-0-date"]').inputValue()).toBe('2026-03-02');
      expect(await form.locator('select[name="exception-0-effect"]').inputValue()).toBe('hours');
      expect(await form.locator('input[name="exception-0-period-0-close"]').inputValue()).toBe('11:30');
      expect(await form.locator('input[name="exception-0-reason-vi"]').inputValue()).toBe(DRILL_VI);
      expect(await form.locator('input[name="exception-0-reason-km"]').inputValue()).toBe(DRILL_KM);

      // Saved again untouched: the request carries exactly what is stored.
      const sent = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith(calendarPath));
      await form.getByRole('button', { name: 'Lưu bản nháp', exact: true }).click();
      expect((await sent).postDataJSON()).toStrictEqual(saved.draft?.calendar);

      // The same person may approve content, but not the draft they saved: refused, in Vietnamese.
      await form.getByText('Bạn đã lưu bản nháp này: cần một người khác duyệt.').waitFor();
      await form.getByRole('button', { name: 'Duyệt lịch', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Duyệt lịch của Cửa khẩu Tịnh Biên?' });
      await dialog.getByRole('button', { name: 'Duyệt lịch', exact: true }).click();
      await expect
        .poll(() => form.locator('[data-calendar-error]').textContent())
        .toBe('Bạn là người sửa cuối cùng: cần một người khác phê duyệt.');
      expect((await editor.get<GateCalendarRecord>(calendarPath)).body.approved).toBeUndefined();

      // A reason left empty is refused beside its field, in Vietnamese, with the focus on it.
      await form.getByRole('button', { name: 'Thêm ngày ngoại lệ', exact: true }).click();
      await form.getByRole('button', { name: 'Lưu bản nháp', exact: true }).click();
      const empty = form.locator('input[name="exception-1-reason-vi"]');
      await expect.poll(() => empty.getAttribute('aria-invalid')).toBe('true');
      expect(await form.locator('[data-error-for="/exceptions/1/reason/vi"]').textContent()).toBe(
        'Cần ít nhất 1 ký tự.',
      );
      await expect.poll(() => empty.evaluate((el) => el === document.activeElement)).toBe(true);
      await form.getByRole('button', { name: 'Hoàn tác thay đổi', exact: true }).click();
      expect(await form.locator('[data-exception]').count()).toBe(1);
      expect((await editor.get<GateCalendarRecord>(calendarPath)).body.draft?.calendar).toEqual(expected);
    } finally {
      await page.close();
    }
  });

  it('an approver approves it on a phone in the middle of Tết; the page says what the screens say', async () => {
    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      await page.clock.setFixedTime(IN_TET);
      await signIn(page, server.url, APPROVER.username, APPROVER.password);
      await openCalendar(page, server.url);
      expect(await page.locator('[data-version="draft"]').textContent()).toContain(EDITOR.username);
      const form = page.locator('[data-editor="calendar"]');
      // An approver reads the draft but does not write it.
      expect(await form.getByRole('button', { name: 'Lưu bản nháp' }).count()).toBe(0);
      expect(await form.locator('input[name="exception-0-reason-vi"]').isDisabled()).toBe(true);
      await expectFits(page, '#calendar, a draft to approve');

      await form.getByRole('button', { name: 'Duyệt lịch', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Duyệt lịch của Cửa khẩu Tịnh Biên?' });
      expect(await dialog.textContent()).toContain('Màn hình tại Cửa khẩu Tịnh Biên dùng lịch này ngay');
      await dialog.getByRole('button', { name: 'Duyệt lịch', exact: true }).click();
      await form.getByText('Đã duyệt: màn hình tại Cửa khẩu Tịnh Biên dùng lịch này từ bây giờ.').waitFor();
      await page.locator('[data-version="approved"]').waitFor();
      expect(await page.locator('[data-version="approved"]').textContent()).toContain(APPROVER.username);
      expect(await page.locator('[data-version="draft"]').count()).toBe(0);

      // The status line, as the gate's players write it at this instant: closed for Tết, open again on the 21st.
      const status = page.locator('[data-status="passengers"] strong');
      const line = gateFieldValue('gate.status', {
        calendar: expected,
        timeZone: TIME_ZONE,
        lang: 'vi',
        now: IN_TET,
      })?.text;
      expect(line).toContain('Tết Nguyên Đán');
      expect(await status.textContent()).toBe(line);
      const next = page.locator('[data-changes] li').first();
      expect(await next.textContent()).toMatch(/^Mở cửa lúc 07:00, .*21\/02/);
      await expectFits(page, '#calendar, approved');

      const record = (await editor.get<GateCalendarRecord>(calendarPath)).body;
      expect(record.approved?.calendar).toEqual(expected);
      expect(record.draft).toBeUndefined();
      expect(record.messageId).toBeDefined();
    } finally {
      await page.close();
    }
  });

  it('the calendar page is Vietnamese with no English, fits a phone, works by keyboard and has no serious accessibility fault', async () => {
    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true, bypassCSP: true });
    const { read, found, faults } = pageReader(page);
    try {
      await page.clock.setFixedTime(IN_TET);
      await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
      await openCalendar(page, server.url);
      await read('#calendar');
      const form = page.locator('[data-editor="calendar"]');

      // From the keyboard: fetch the year's holidays, take one in, open a holiday to edit, add an exception.
      await form.getByRole('button', { name: 'Lấy ngày lễ năm 2026', exact: true }).focus();
      await page.keyboard.press('Enter');
      const nationalDay = form.locator('[data-proposal="VN/national-day"]');
      await nationalDay.waitFor();
      await nationalDay.getByLabel(/^Hôm đó cửa khẩu/).focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Thêm vào lịch/);
      await page.keyboard.press('Enter');
      await nationalDay.locator('[data-taken]').waitFor();
      await read('#calendar, the proposals of 2026');

      const first = form.locator('[data-holiday-group]').first();
      const edit = first.getByRole('button', { name: /^Sửa/ });
      await edit.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => edit.getAttribute('aria-expanded')).toBe('true');
      await first.locator('[data-holiday] input[type="date"]').first().waitFor();
      await read('#calendar, a holiday open');

      await form.getByRole('button', { name: 'Thêm ngày ngoại lệ', exact: true }).focus();
      await page.keyboard.press('Space');
      await form.locator('[data-exception="1"]').waitFor();
      await form.locator('input[name="weekly-goods"]').focus();
      await page.keyboard.press('Space');
      await form.locator('input[name="weekly-goods-0-open"]').waitFor();
      await read('#calendar, a new exception and goods hours of their own');
    } finally {
      await page.close();
    }
    expect(found).toEqual([]);
    expect(faults).toEqual([]);
  });
  it('a draft discarded leaves the approved calendar as it was', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await page.clock.setFixedTime(IN_TET);
      await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
      await openCalendar(page, server.url);
      const form = page.locator('[data-editor="calendar"]');
      expect(await page.locator('[data-version="draft"]').count()).toBe(0);
      expect(await form.getByRole('button', { name: 'Bỏ bản nháp' }).count()).toBe(0);
      await form.locator('select[name="holiday-group-1-effect"]').selectOption({ label: 'mở như thường lệ' });
      await form.getByRole('button', { name: 'Lưu bản nháp', exact: true }).click();
      await page.locator('[data-version="draft"]').waitFor();
      expect(
        (await editor.get<GateCalendarRecord>(calendarPath)).body.draft?.calendar.holidays?.[5]?.effect,
      ).toBe('open');

      page.once('dialog', (d) => {
        expect(d.message()).toBe('Bỏ bản nháp lịch của Cửa khẩu Tịnh Biên? Lịch đã duyệt vẫn giữ nguyên.');
        void d.accept();
      });
      await form.getByRole('button', { name: 'Bỏ bản nháp', exact: true }).click();
      await form.getByText('Đã bỏ bản nháp.', { exact: true }).waitFor();
      expect(await page.locator('[data-version="draft"]').count()).toBe(0);
      // The editor holds the approved calendar again.
      expect(await form.locator('select[name="holiday-group-1-effect"]').inputValue()).toBe('closed');
      const record = (await editor.get<GateCalendarRecord>(calendarPath)).body;
      expect(record.draft).toBeUndefined();
      expect(record.approved?.calendar).toEqual(expected);
    } finally {
      await page.close();
    }
  });
});
