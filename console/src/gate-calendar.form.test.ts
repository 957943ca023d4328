import { describe, expect, it } from 'vitest';
import { holidaysOf } from '../../shared/holidays.ts';
import {
  addException,
  dropText,
  firstCalendar,
  groupProposals,
  holidayGroups,
  localDate,
  newException,
  notableDays,
  removeException,
  removeHoliday,
  removeHolidays,
  setWeekly,
  takeIn,
  takenDates,
  updateException,
  updateHolidays,
  withEffect,
  withLane,
  type GateCalendar,
} from './gate-calendar.form.ts';

const daily: GateCalendar = {
  weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '07:00', close: '22:00' }] },
};
const proposals2026 = groupProposals([...holidaysOf('VN', 2026), ...holidaysOf('KH', 2026)]);
const proposal = (key: string, country = 'VN') => {
  const found = proposals2026.find((p) => p.key === key && p.country === country);
  if (!found) throw new Error(`no ${country}/${key}`);
  return found;
};

describe('the calendar editor model', () => {
  it('changes only what is edited: untouched parts stay the very objects stored', () => {
    const stored: GateCalendar = {
      ...daily,
      exceptions: [{ date: '2026-03-02', effect: 'closed', reason: { vi: 'Sửa đường', km: 'ជួសជុលផ្លូវ' } }],
    };
    const next = addException(stored, newException('2026-03-03'));
    expect(next.weekly).toBe(stored.weekly);
    expect(next.exceptions?.[0]).toBe(stored.exceptions?.[0]);
    expect(next.exceptions?.[1]).toEqual({ date: '2026-03-03', effect: 'closed', reason: { vi: '' } });
    // Removing the last exception leaves the calendar as if it never had any.
    expect(removeException(removeException(next, 1), 0)).toStrictEqual(daily);
  });

  it('gives the goods lane its own table, a copy of the passengers’ one, and takes it away again', () => {
    const goods = setWeekly(daily, 'goods', daily.weekly.passengers);
    expect(goods.weekly.goods).toEqual(daily.weekly.passengers);
    expect(setWeekly(goods, 'goods', undefined)).toStrictEqual(daily);
  });

  it('special hours carry periods, a closure none; an exception for every lane has no lane', () => {
    const e = newException('2026-05-19');
    const hours = withEffect(e, 'hours');
    expect(hours.periods).toEqual([{ open: '08:00', close: '17:00' }]);
    expect(withEffect(hours, 'closed')).toStrictEqual(e);
    expect(withLane(withLane(e, 'goods'), '')).toStrictEqual(e);
    expect(updateException(addException(daily, e), 0, (x) => withLane(x, 'goods')).exceptions).toEqual([
      { ...e, lane: 'goods' },
    ]);
  });

  it('keeps the last language of a text', () => {
    expect(dropText({ vi: 'Lễ', km: 'បុណ្យ' }, 'km')).toEqual({ vi: 'Lễ' });
    expect(dropText({ vi: 'Lễ' }, 'vi')).toEqual({ vi: 'Lễ' });
  });

  it('groups a year’s proposals by holiday and takes each day in once, with its effect, in date order', () => {
    const tet = proposal('tet');
    expect(tet.dates).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(proposal('khmer-new-year', 'KH').dates).toEqual(['2026-04-14', '2026-04-15', '2026-04-16']);
    const withTet = takeIn(daily, tet, 'closed');
    const both = takeIn(withTet, proposal('khmer-new-year', 'KH'), 'hours');
    expect(both.holidays?.map((h) => [h.date, h.country, h.effect])).toEqual([
      ['2026-02-16', 'VN', 'closed'],
      ['2026-02-17', 'VN', 'closed'],
      ['2026-02-18', 'VN', 'closed'],
      ['2026-02-19', 'VN', 'closed'],
      ['2026-02-20', 'VN', 'closed'],
      ['2026-04-14', 'KH', 'hours'],
      ['2026-04-15', 'KH', 'hours'],
      ['2026-04-16', 'KH', 'hours'],
    ]);
    expect(both.holidays?.[5]).toMatchObject({
      key: 'khmer-new-year',
      periods: [{ open: '08:00', close: '17:00' }],
    });
    expect(both.holidays?.[0]?.name).toMatchObject({ vi: 'Tết Nguyên Đán' });
    // Taking it in again adds nothing; a day removed comes back.
    expect(takeIn(both, tet, 'open')).toBe(both);
    const lessOne = removeHoliday(both, 1);
    expect(takenDates(lessOne, tet)).toHaveLength(4);
    expect(takeIn(lessOne, tet, 'closed').holidays).toEqual(both.holidays);
  });

  it('shows a holiday’s days together while they do the same, and changes or removes them together', () => {
    const both = takeIn(takeIn(daily, proposal('tet'), 'closed'), proposal('khmer-new-year', 'KH'), 'closed');
    const groups = holidayGroups(both);
    expect(groups.map((g) => [g.id, g.effect, g.indices, g.dates.length])).toEqual([
      ['VN/tet', 'closed', [0, 1, 2, 3, 4], 5],
      ['KH/khmer-new-year', 'closed', [5, 6, 7], 3],
    ]);
    // The last day of Tết with special hours: a group of its own, the same holiday.
    const split = updateHolidays(both, [4], (h) => withEffect(h, 'hours'));
    expect(holidayGroups(split).map((g) => [g.id, g.effect, g.dates])).toEqual([
      ['VN/tet', 'closed', ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19']],
      ['VN/tet', 'hours', ['2026-02-20']],
      ['KH/khmer-new-year', 'closed', ['2026-04-14', '2026-04-15', '2026-04-16']],
    ]);
    expect(removeHolidays(both, groups[0]?.indices ?? []).holidays?.map((h) => h.key)).toEqual([
      'khmer-new-year',
      'khmer-new-year',
      'khmer-new-year',
    ]);
  });

  it('lists the days ahead that are closed or unusual, and why', () => {
    const calendar: GateCalendar = {
      weekly: {
        passengers: [{ days: [1, 2, 3, 4, 5, 6], open: '07:00', close: '22:00' }],
        goods: [{ days: [1, 2, 3, 4, 5], open: '07:00', close: '17:00' }],
      },
      exceptions: [
        {
          date: '2026-02-12',
          effect: 'hours',
          periods: [{ open: '07:00', close: '12:00' }],
          reason: { vi: 'Diễn tập' },
        },
      ],
      holidays: [
        { date: '2026-02-16', country: 'VN', key: 'tet', name: { vi: 'Tết Nguyên Đán' }, effect: 'closed' },
        { date: '2026-02-13', country: 'KH', name: { vi: 'Lễ khác' }, effect: 'open' },
      ],
    };
    // From Wednesday 11 February 2026, a week.
    const days = notableDays(calendar, '2026-02-11', 7);
    expect(
      days.map((d) => [
        d.date,
        d.passengers.day.by,
        d.passengers.day.periods.length,
        d.passengers.usual,
        d.goods?.day.periods.length,
      ]),
    ).toEqual([
      // An exception for every lane: both lanes alike, no goods line.
      ['2026-02-12', 'exception', 1, false, undefined],
      // Open as usual on a holiday: the goods lane keeps its own (shorter) hours.
      ['2026-02-13', 'holiday', 1, true, 1],
      // Saturday 14 and Sunday 15: closed to goods, or to both, by the weekly table only: not listed.
      ['2026-02-16', 'holiday', 0, false, undefined],
    ]);
    expect(days[0]?.passengers.day.reason).toEqual({ vi: 'Diễn tập' });
    expect(notableDays(firstCalendar, '2026-02-11', 60)).toEqual([]);
    // Goods closed one day: listed for that lane alone.
    const goodsOnly = addException(calendar, { ...newException('2026-02-17'), lane: 'goods' });
    const tuesday = notableDays(goodsOnly, '2026-02-17', 1)[0];
    expect([tuesday?.passengers.day.by, tuesday?.goods?.day.by, tuesday?.goods?.day.periods]).toEqual([
      'weekly',
      'exception',
      [],
    ]);
  });

  it('reads the local date at the gate', () => {
    // 17:30 UTC on 16 February is 00:30 on the 17th in Hồ Chí Minh City and 01:30 in Beijing.
    const at = Date.UTC(2026, 1, 16, 17, 30);
    expect(localDate(at, 'Asia/Ho_Chi_Minh')).toBe('2026-02-17');
    expect(localDate(at, 'UTC')).toBe('2026-02-16');
  });
});
