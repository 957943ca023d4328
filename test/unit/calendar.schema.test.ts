// schemas/calendar.json as the server's validators compile it: what a gate calendar may hold, and that
// the holidays shared/holidays.ts computes can be stored in one as they come.
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../server/validation/schema.validator.ts';
import { holidayCountries, holidaysOf } from '../../shared/holidays.ts';

const isCalendar = validatorFor('calendar.json#/$defs/calendar');
const weekly = { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '07:00', close: '22:00' }] };
const repairs = { vi: 'Đóng cửa để sửa chữa', en: 'Closed for repairs' };

describe('calendar.json', () => {
  it('holds a weekly table per lane, closures, special hours and holidays', () => {
    const calendar = {
      weekly: { ...weekly, goods: [{ days: [5], open: '20:00', close: '02:00' }] },
      exceptions: [
        { date: '2026-03-04', effect: 'closed', reason: repairs },
        {
          date: '2026-03-05',
          lane: 'goods',
          effect: 'hours',
          periods: [{ open: '07:00', close: '11:00' }],
          reason: { en: 'Morning only' },
        },
      ],
      holidays: [
        { date: '2026-02-17', country: 'VN', key: 'tet', name: { vi: 'Tết Nguyên Đán' }, effect: 'closed' },
        {
          date: '2026-04-14',
          country: 'KH',
          name: { km: 'បុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ' },
          effect: 'hours',
          periods: [{ open: '08:00', close: '12:00' }],
        },
      ],
    };
    expect(isCalendar(calendar), JSON.stringify(isCalendar.errors)).toBe(true);
  });

  it('stores every computed holiday of 2026 as it comes', () => {
    const holidays = holidayCountries.flatMap((c) =>
      holidaysOf(c, 2026).map(({ date, country, key, name }) => ({
        date,
        country,
        key,
        name,
        effect: 'open',
      })),
    );
    expect(isCalendar({ weekly, holidays }), JSON.stringify(isCalendar.errors)).toBe(true);
  });

  const refused: [string, unknown, string][] = [
    ['no passengers table', { weekly: { goods: weekly.passengers } }, '/weekly'],
    [
      'a weekday 8',
      { weekly: { passengers: [{ days: [8], open: '07:00', close: '22:00' }] } },
      '/weekly/passengers/0/days/0',
    ],
    [
      'special hours without periods',
      { weekly, exceptions: [{ date: '2026-03-04', effect: 'hours', reason: repairs }] },
      '/exceptions/0',
    ],
    [
      'a closure with periods',
      {
        weekly,
        exceptions: [
          {
            date: '2026-03-04',
            effect: 'closed',
            periods: [{ open: '07:00', close: '09:00' }],
            reason: repairs,
          },
        ],
      },
      '/exceptions/0/periods',
    ],
    [
      'an exception without a reason',
      { weekly, exceptions: [{ date: '2026-03-04', effect: 'closed', reason: {} }] },
      '/exceptions/0/reason',
    ],
    [
      '30 February',
      { weekly, exceptions: [{ date: '2026-02-30', effect: 'closed', reason: repairs }] },
      '/exceptions/0/date',
    ],
    [
      'an unknown lane',
      { weekly, exceptions: [{ date: '2026-03-04', lane: 'bus', effect: 'closed', reason: repairs }] },
      '/exceptions/0/lane',
    ],
    [
      'a country we do not border',
      {
        weekly,
        holidays: [{ date: '2026-04-13', country: 'TH', name: { en: 'Songkran' }, effect: 'closed' }],
      },
      '/holidays/0/country',
    ],
    [
      'a name in no language',
      { weekly, holidays: [{ date: '2026-04-13', country: 'KH', name: { khmer: 'x' }, effect: 'closed' }] },
      '/holidays/0/name',
    ],
    ['a time zone of its own', { weekly, timeZone: 'Asia/Ho_Chi_Minh' }, ''],
  ];
  it.each(refused)('refuses %s', (_, calendar, path) => {
    expect(isCalendar(calendar)).toBe(false);
    expect(isCalendar.errors?.map((e) => e.instancePath)).toContain(path);
  });
});
