import { describe, expect, it } from 'vitest';
import type { CalendarHoliday } from '../schemas/types.ts';
import { calendarDay, gateStatusAt, nextChanges, type GateCalendar } from './gate.calendar.ts';
import { holidaysOf } from './holidays.ts';

const hcm = 'Asia/Ho_Chi_Minh';
const at = (iso: string) => Date.parse(iso);
const hours = 3_600_000;

// Passengers 07:00-22:00 every day; goods 07:00-17:00 on weekdays and a night market from Friday 20:00 to
// Saturday 02:00. 2026-03-03 is a Tuesday, 2026-03-06 a Friday.
const leThanh: GateCalendar = {
  weekly: {
    passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '07:00', close: '22:00' }],
    goods: [
      { days: [1, 2, 3, 4, 5], open: '07:00', close: '17:00' },
      { days: [5], open: '20:00', close: '02:00' },
    ],
  },
};
const repairs = { vi: 'Đóng cửa để sửa chữa', en: 'Closed for repairs' };
const tet = { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)' };
const with_ = (extra: Partial<GateCalendar>): GateCalendar => ({ ...leThanh, ...extra });

describe('gateStatusAt: the weekly table', () => {
  it('flips exactly at closing time and at opening time', () => {
    expect(gateStatusAt(leThanh, hcm, at('2026-03-03T21:59:59.999+07:00'))).toEqual({
      open: true,
      since: at('2026-03-03T07:00+07:00'),
      until: at('2026-03-03T22:00+07:00'),
    });
    expect(gateStatusAt(leThanh, hcm, at('2026-03-03T22:00+07:00'))).toEqual({
      open: false,
      since: at('2026-03-03T22:00+07:00'),
      until: at('2026-03-04T07:00+07:00'),
    });
    expect(gateStatusAt(leThanh, hcm, at('2026-03-04T06:59:59.999+07:00')).open).toBe(false);
    expect(gateStatusAt(leThanh, hcm, at('2026-03-04T07:00+07:00')).open).toBe(true);
  });

  it('reads the table on the wall clock of a gate on UTC+8', () => {
    // 14:30 UTC: 21:30 at Lệ Thanh, 22:30 on the Chinese side.
    const instant = at('2026-03-03T14:30Z');
    expect(gateStatusAt(leThanh, hcm, instant)).toMatchObject({ open: true, until: at('2026-03-03T15:00Z') });
    expect(gateStatusAt(leThanh, 'Asia/Shanghai', instant)).toEqual({
      open: false,
      since: at('2026-03-03T14:00Z'),
      until: at('2026-03-04T07:00+08:00'),
    });
  });

  it('keeps an overnight period open past midnight until its close', () => {
    const saturday1am = at('2026-03-07T01:00+07:00');
    expect(gateStatusAt(leThanh, hcm, saturday1am, 'goods')).toEqual({
      open: true,
      since: at('2026-03-06T20:00+07:00'),
      until: at('2026-03-07T02:00+07:00'),
    });
    // The passengers' lane closed at 22:00 and opens at 07:00.
    expect(gateStatusAt(leThanh, hcm, saturday1am)).toMatchObject({
      open: false,
      until: at('2026-03-07T07:00+07:00'),
    });
    // Between the goods lane's day and its night market.
    expect(gateStatusAt(leThanh, hcm, at('2026-03-06T18:00+07:00'), 'goods')).toEqual({
      open: false,
      since: at('2026-03-06T17:00+07:00'),
      until: at('2026-03-06T20:00+07:00'),
    });
  });

  it('opens a lane without its own table with the passengers hours', () => {
    const oneTable: GateCalendar = { weekly: { passengers: leThanh.weekly.passengers } };
    expect(gateStatusAt(oneTable, hcm, at('2026-03-07T20:00+07:00'), 'goods')).toMatchObject({
      open: true,
      until: at('2026-03-07T22:00+07:00'),
    });
  });

  it('places the hours on the wall clock across both DST changes of a European zone', () => {
    const paris: GateCalendar = {
      weekly: {
        passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '08:00', close: '20:00' }],
        goods: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '22:00', close: '06:00' }],
      },
    };
    // Clocks go forward at 02:00 on Sunday 29 March 2026: 08:00 is 07:00 UTC on Saturday, 06:00 on Sunday.
    expect(nextChanges(paris, 'Europe/Paris', at('2026-03-27T12:00Z'), 6)).toEqual([
      { at: at('2026-03-27T19:00Z'), open: false },
      { at: at('2026-03-28T07:00Z'), open: true },
      { at: at('2026-03-28T19:00Z'), open: false },
      { at: at('2026-03-29T06:00Z'), open: true },
      { at: at('2026-03-29T18:00Z'), open: false },
      { at: at('2026-03-30T06:00Z'), open: true },
    ]);
    // The night of the change lasts 7 hours; that of 25 October, when clocks go back, 9.
    const spring = gateStatusAt(paris, 'Europe/Paris', at('2026-03-29T01:30Z'), 'goods');
    expect(spring).toEqual({ open: true, since: at('2026-03-28T21:00Z'), until: at('2026-03-29T04:00Z') });
    const autumn = gateStatusAt(paris, 'Europe/Paris', at('2026-10-25T01:30Z'), 'goods');
    expect(autumn).toEqual({ open: true, since: at('2026-10-24T20:00Z'), until: at('2026-10-25T05:00Z') });
    expect((autumn.until ?? 0) - (autumn.since ?? 0)).toBe(9 * hours);
  });
});

describe('gateStatusAt: exceptions and holidays', () => {
  it('keeps a closure day shut from the evening before to the morning after, and says why', () => {
    const calendar = with_({ exceptions: [{ date: '2026-03-04', effect: 'closed', reason: repairs }] });
    expect(gateStatusAt(calendar, hcm, at('2026-03-04T10:00+07:00'))).toEqual({
      open: false,
      since: at('2026-03-03T22:00+07:00'),
      until: at('2026-03-05T07:00+07:00'),
      reason: repairs,
    });
    expect(gateStatusAt(calendar, hcm, at('2026-03-04T10:00+07:00'), 'goods').open).toBe(false);
    // The day before is an ordinary day: no reason, and it still closes at 22:00.
    expect(gateStatusAt(calendar, hcm, at('2026-03-03T21:00+07:00'))).toEqual({
      open: true,
      since: at('2026-03-03T07:00+07:00'),
      until: at('2026-03-03T22:00+07:00'),
    });
  });

  it("closes one lane only, and lets a lane's own exception beat one for every lane", () => {
    const goodsOnly = with_({
      exceptions: [{ date: '2026-03-04', lane: 'goods', effect: 'closed', reason: repairs }],
    });
    expect(gateStatusAt(goodsOnly, hcm, at('2026-03-04T10:00+07:00')).open).toBe(true);
    expect(gateStatusAt(goodsOnly, hcm, at('2026-03-04T10:00+07:00'), 'goods').open).toBe(false);

    const trucksMorning = { vi: 'Chỉ xe hàng buổi sáng', en: 'Goods in the morning only' };
    const both = with_({
      exceptions: [
        { date: '2026-03-04', effect: 'closed', reason: repairs },
        {
          date: '2026-03-04',
          lane: 'goods',
          effect: 'hours',
          periods: [{ open: '07:00', close: '11:00' }],
          reason: trucksMorning,
        },
      ],
    });
    expect(gateStatusAt(both, hcm, at('2026-03-04T10:00+07:00'), 'goods')).toEqual({
      open: true,
      since: at('2026-03-04T07:00+07:00'),
      until: at('2026-03-04T11:00+07:00'),
      reason: trucksMorning,
    });
    expect(gateStatusAt(both, hcm, at('2026-03-04T10:00+07:00')).open).toBe(false);
  });

  it('leaves the night that opened the evening before running when a date is closed', () => {
    const calendar = with_({
      exceptions: [{ date: '2026-03-07', effect: 'closed', reason: repairs }],
    });
    expect(gateStatusAt(calendar, hcm, at('2026-03-07T01:00+07:00'), 'goods')).toMatchObject({
      open: true,
      until: at('2026-03-07T02:00+07:00'),
    });
    expect(gateStatusAt(calendar, hcm, at('2026-03-07T08:00+07:00'), 'goods')).toMatchObject({
      open: false,
      since: at('2026-03-07T02:00+07:00'),
      // Sunday has no goods hours: Monday 07:00.
      until: at('2026-03-09T07:00+07:00'),
    });
  });

  it('keeps the special hours of a holiday', () => {
    const holiday: CalendarHoliday = {
      date: '2026-02-17',
      country: 'VN',
      key: 'tet',
      name: tet,
      effect: 'hours',
      periods: [{ open: '08:00', close: '12:00' }],
    };
    const calendar = with_({ holidays: [holiday] });
    expect(gateStatusAt(calendar, hcm, at('2026-02-17T07:30+07:00'))).toEqual({
      open: false,
      since: at('2026-02-16T22:00+07:00'),
      until: at('2026-02-17T08:00+07:00'),
      reason: tet,
    });
    expect(gateStatusAt(calendar, hcm, at('2026-02-17T11:59:59.999+07:00'))).toEqual({
      open: true,
      since: at('2026-02-17T08:00+07:00'),
      until: at('2026-02-17T12:00+07:00'),
      reason: tet,
    });
    expect(gateStatusAt(calendar, hcm, at('2026-02-17T12:00+07:00'))).toMatchObject({
      open: false,
      until: at('2026-02-18T07:00+07:00'),
    });
  });

  it('lets an exception beat a holiday, a holiday beat the table, and a closure beat special hours', () => {
    const closedForTet: CalendarHoliday = { date: '2026-02-17', country: 'VN', name: tet, effect: 'closed' };
    const reopened = { vi: 'Mở cửa buổi sáng', en: 'Open in the morning' };
    const calendar = with_({
      holidays: [closedForTet],
      exceptions: [
        {
          date: '2026-02-17',
          effect: 'hours',
          periods: [{ open: '09:00', close: '11:00' }],
          reason: reopened,
        },
      ],
    });
    expect(gateStatusAt(calendar, hcm, at('2026-02-17T10:00+07:00'))).toMatchObject({
      open: true,
      until: at('2026-02-17T11:00+07:00'),
      reason: reopened,
    });
    expect(
      gateStatusAt(with_({ holidays: [closedForTet] }), hcm, at('2026-02-17T10:00+07:00')),
    ).toMatchObject({
      open: false,
      reason: tet,
    });

    const khmerNewYear = { vi: 'Tết Chôl Chnăm Thmây', en: 'Khmer New Year', km: 'បុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ' };
    const twoCountries = with_({
      holidays: [
        { date: '2026-04-14', country: 'VN', name: { vi: 'Ngày thường' }, effect: 'open' },
        {
          date: '2026-04-14',
          country: 'KH',
          name: khmerNewYear,
          effect: 'hours',
          periods: [{ open: '08:00', close: '10:00' }],
        },
        {
          date: '2026-04-14',
          country: 'KH',
          name: khmerNewYear,
          effect: 'hours',
          periods: [{ open: '15:00', close: '17:00' }],
        },
      ],
    });
    expect(nextChanges(twoCountries, hcm, at('2026-04-14T00:00+07:00'), 4)).toEqual([
      { at: at('2026-04-14T08:00+07:00'), open: true },
      { at: at('2026-04-14T10:00+07:00'), open: false },
      { at: at('2026-04-14T15:00+07:00'), open: true },
      { at: at('2026-04-14T17:00+07:00'), open: false },
    ]);
    const closedToo = with_({
      holidays: [
        ...(twoCountries.holidays ?? []),
        { date: '2026-04-14', country: 'KH', name: khmerNewYear, effect: 'closed' },
      ],
    });
    expect(calendarDay(closedToo, '2026-04-14')).toEqual({
      date: '2026-04-14',
      by: 'holiday',
      periods: [],
      reason: khmerNewYear,
    });
  });

  it('keeps the weekly hours on a holiday the gate stays open, naming the holiday', () => {
    const calendar = with_({
      holidays: [{ date: '2026-02-17', country: 'VN', name: tet, effect: 'open' }],
    });
    expect(gateStatusAt(calendar, hcm, at('2026-02-17T10:00+07:00'))).toEqual({
      open: true,
      since: at('2026-02-17T07:00+07:00'),
      until: at('2026-02-17T22:00+07:00'),
      reason: tet,
    });
  });
});

describe('gateStatusAt and nextChanges: horizons', () => {
  const allDay: GateCalendar = {
    weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '00:00' }] },
  };

  it('reads a gate open round the clock as open with no change in sight', () => {
    expect(gateStatusAt(allDay, hcm, at('2026-03-03T12:00+07:00'))).toEqual({ open: true });
  });

  it('sees a closure 10 days ahead, and the reopening 40 days later', () => {
    const exceptions = Array.from({ length: 40 }, (_, i) => ({
      date: new Date(Date.UTC(2026, 2, 13 + i)).toISOString().slice(0, 10),
      effect: 'closed' as const,
      reason: repairs,
    }));
    const calendar: GateCalendar = { ...allDay, exceptions };
    expect(gateStatusAt(calendar, hcm, at('2026-03-03T12:00+07:00'))).toEqual({
      open: true,
      until: at('2026-03-13T00:00+07:00'),
    });
    // In the middle of the closure: neither its start nor its end is within 14 days.
    expect(gateStatusAt(calendar, hcm, at('2026-04-01T12:00+07:00'))).toEqual({
      open: false,
      reason: repairs,
    });
    expect(nextChanges(calendar, hcm, at('2026-03-03T12:00+07:00'), 5)).toEqual([
      { at: at('2026-03-13T00:00+07:00'), open: false },
      { at: at('2026-04-22T00:00+07:00'), open: true },
    ]);
  });

  it('lists the flips strictly after its start, as many as asked', () => {
    const closing = at('2026-03-03T22:00+07:00');
    expect(nextChanges(leThanh, hcm, closing, 3)).toEqual([
      { at: at('2026-03-04T07:00+07:00'), open: true },
      { at: at('2026-03-04T22:00+07:00'), open: false },
      { at: at('2026-03-05T07:00+07:00'), open: true },
    ]);
    expect(nextChanges(leThanh, hcm, closing, 0)).toEqual([]);
  });
});

describe('a year at Tịnh Biên: weekly hours and both countries’ holidays of 2026, closed', () => {
  const holidays: CalendarHoliday[] = [...holidaysOf('VN', 2026), ...holidaysOf('KH', 2026)].map(
    ({ date, country, key, name }) => ({ date, country, key, name: { ...name }, effect: 'closed' }),
  );
  const tinhBien: GateCalendar = {
    weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '07:00', close: '22:00' }] },
    holidays,
  };
  const noon = (date: string) => at(`${date}T12:00+07:00`);

  it('is open on 343 days: 365 less 11 Vietnamese and 13 Cambodian days off, two of them shared', () => {
    let open = 0;
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      if (gateStatusAt(tinhBien, hcm, noon(new Date(t).toISOString().slice(0, 10))).open) open++;
    }
    expect(open).toBe(343);
    // Every open day opens once and closes once.
    const changes = nextChanges(tinhBien, hcm, at('2026-01-01T00:00+07:00'), 1000).filter(
      (c) => c.at < at('2027-01-01T00:00+07:00'),
    );
    expect(changes.filter((c) => c.open)).toHaveLength(343);
    expect(changes.filter((c) => !c.open)).toHaveLength(343);
  });

  it('is shut for the five days of Tết, from Sunday evening to Saturday morning', () => {
    expect(gateStatusAt(tinhBien, hcm, noon('2026-02-17'))).toEqual({
      open: false,
      since: at('2026-02-15T22:00+07:00'),
      until: at('2026-02-21T07:00+07:00'),
      reason: expect.objectContaining({ vi: 'Tết Nguyên Đán' }) as unknown,
    });
    expect(gateStatusAt(tinhBien, hcm, noon('2026-02-15')).open).toBe(true);
    expect(gateStatusAt(tinhBien, hcm, noon('2026-02-21')).open).toBe(true);
  });

  it('closes for Khmer New Year, Giỗ Tổ, 30 April and 1 May, and opens on the days between', () => {
    const khmer = gateStatusAt(tinhBien, hcm, noon('2026-04-15'));
    expect(khmer).toMatchObject({ open: false, until: at('2026-04-17T07:00+07:00') });
    expect(khmer.reason?.['km']).toBe('បុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ');
    expect(gateStatusAt(tinhBien, hcm, noon('2026-04-26')).open).toBe(false);
    expect(gateStatusAt(tinhBien, hcm, noon('2026-04-27'))).toEqual({
      open: true,
      since: at('2026-04-27T07:00+07:00'),
      until: at('2026-04-27T22:00+07:00'),
    });
    expect(gateStatusAt(tinhBien, hcm, noon('2026-04-30'))).toMatchObject({
      open: false,
      since: at('2026-04-29T22:00+07:00'),
      until: at('2026-05-02T07:00+07:00'),
    });
  });

  it('closes on both days of National Day and opens on an ordinary Friday', () => {
    expect(gateStatusAt(tinhBien, hcm, noon('2026-09-02'))).toMatchObject({
      open: false,
      until: at('2026-09-04T07:00+07:00'),
    });
    expect(gateStatusAt(tinhBien, hcm, noon('2026-09-04')).open).toBe(true);
  });
});

// Hữu Nghị (Lạng Sơn) faces Youyiguan (Pingxiang, Guangxi): the same table of 7:00–22:00 and both countries'
// holidays of 2026, read on each side's own clock, both without daylight saving (UTC+7 and UTC+8). The days
// off are written down by hand from the two governments' rules (not from holidaysOf):
// Vietnam: 1 Jan; Tết 16–20 Feb (the last day of the year of the Snake and the first four of the Horse);
// Giỗ Tổ 26 Apr (10th of the 3rd lunar month); 30 Apr; 1 May; 2 Sep and 3 Sep (2 Sep is a Wednesday).
// China: 1 Jan; Spring Festival eve and three days, 16–19 Feb; Qingming 5 Apr; 1–2 May; Dragon Boat
// 19 Jun; Mid-Autumn 25 Sep; 1–3 Oct.
describe('a year on both sides of Hữu Nghị: UTC+7 and UTC+8, both countries’ holidays of 2026, closed', () => {
  const closedDays = new Set([
    '2026-01-01',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-04-05',
    '2026-04-26',
    '2026-04-30',
    '2026-05-01',
    '2026-05-02',
    '2026-06-19',
    '2026-09-02',
    '2026-09-03',
    '2026-09-25',
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
  ]);
  const huuNghi: GateCalendar = {
    weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '07:00', close: '22:00' }] },
    holidays: [...holidaysOf('VN', 2026), ...holidaysOf('CN', 2026)].map(({ date, country, key, name }) => ({
      date,
      country,
      key,
      name: { ...name },
      effect: 'closed',
    })),
  };
  const sides = [
    { zone: 'Asia/Ho_Chi_Minh', offset: '+07:00' },
    { zone: 'Asia/Shanghai', offset: '+08:00' },
  ];

  it.each(sides)(
    'on $zone: open 7:00–22:00 local on the 347 other days, shut all day on the 18',
    ({ zone, offset }) => {
      let open = 0;
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
        const date = new Date(t).toISOString().slice(0, 10);
        const local = (time: string) => at(`${date}T${time}${offset}`);
        const shut = closedDays.has(date);
        expect(gateStatusAt(huuNghi, zone, local('06:59:59')).open, `${date} 06:59:59`).toBe(false);
        expect(gateStatusAt(huuNghi, zone, local('07:00')).open, `${date} 07:00`).toBe(!shut);
        expect(gateStatusAt(huuNghi, zone, local('21:59:59')).open, `${date} 21:59:59`).toBe(!shut);
        expect(gateStatusAt(huuNghi, zone, local('22:00')).open, `${date} 22:00`).toBe(false);
        if (!shut) open++;
      }
      expect(open).toBe(347);
      // The flips of the year, on that side's clock: one opening and one closing a day it opens.
      const flips = nextChanges(huuNghi, zone, at(`2026-01-01T00:00${offset}`), 1000).filter(
        (c) => c.at < at(`2027-01-01T00:00${offset}`),
      );
      expect(flips.filter((c) => c.open)).toHaveLength(347);
      expect(flips.filter((c) => !c.open)).toHaveLength(347);
    },
  );
});
