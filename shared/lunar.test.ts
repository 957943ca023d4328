import { describe, expect, it } from 'vitest';
import {
  dateOfLunar,
  lunarDateOf,
  msOfJde,
  newMoonJde,
  solarTermDate,
  sunLongitude,
  type LunarMeridian,
} from './lunar.ts';

const china: LunarMeridian = 8;
const vietnam: LunarMeridian = 7;
const firstDay = (year: number, meridian: LunarMeridian) =>
  dateOfLunar({ year, month: 1, leap: false, day: 1 }, meridian);

describe('the astronomy', () => {
  it('places the new moon of February 1977 as Meeus does (example 49.a)', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2_443_192.65118, 5);
  });

  it("gives the sun's apparent longitude of 13 October 1992 as Meeus does (example 25.a)", () => {
    expect(sunLongitude(msOfJde(2_448_908.5))).toBeCloseTo(199.90895, 3);
  });
});

describe('lunar new year', () => {
  // First day of the lunar year as published (Hong Kong Observatory tables; Vietnamese calendars).
  const published: [number, string][] = [
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    // The new moon is at 23:56 Beijing time: ICU (Node 24, Chromium 156) says 7 February.
    [2027, '2027-02-06'],
  ];
  it.each(published)('%i falls on %s in China and in Vietnam', (year, date) => {
    expect(firstDay(year, china)).toBe(date);
    expect(firstDay(year, vietnam)).toBe(date);
  });

  // Years in which Vietnam's UTC+7 calendar starts the year on another day than China's.
  const apart: [number, string, string][] = [
    [1968, '1968-01-29', '1968-01-30'],
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
  ];
  it.each(apart)('%i: Tết on %s, the Spring Festival on %s', (year, tet, spring) => {
    expect(firstDay(year, vietnam)).toBe(tet);
    expect(firstDay(year, china)).toBe(spring);
  });
});

describe('lunarDateOf and dateOfLunar', () => {
  it('finds the leap second month of 2023', () => {
    expect(lunarDateOf('2023-03-21', china)).toEqual({ year: 2023, month: 2, leap: false, day: 30 });
    expect(lunarDateOf('2023-03-22', china)).toEqual({ year: 2023, month: 2, leap: true, day: 1 });
    expect(lunarDateOf('2023-04-20', china)).toEqual({ year: 2023, month: 3, leap: false, day: 1 });
    expect(dateOfLunar({ year: 2023, month: 2, leap: true, day: 1 }, china)).toBe('2023-03-22');
  });

  it('counts the twelfth month of the old year into January and February', () => {
    expect(lunarDateOf('2026-02-16', vietnam)).toEqual({ year: 2025, month: 12, leap: false, day: 29 });
    expect(lunarDateOf('2026-01-01', vietnam)).toMatchObject({ year: 2025, month: 11 });
    expect(lunarDateOf('2026-12-31', vietnam)).toMatchObject({ year: 2026, month: 11 });
  });

  it('has no day that does not exist', () => {
    // The twelfth month of 2025 has 29 days (Tết 2026 follows its 29th).
    expect(dateOfLunar({ year: 2025, month: 12, leap: false, day: 30 }, vietnam)).toBeUndefined();
    expect(dateOfLunar({ year: 2026, month: 2, leap: true, day: 1 }, china)).toBeUndefined();
  });

  it('goes there and back for every day of 2026 and 2027, in both countries', () => {
    for (const meridian of [china, vietnam]) {
      let previous = lunarDateOf('2025-12-31', meridian);
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
        const date = new Date(t).toISOString().slice(0, 10);
        const lunar = lunarDateOf(date, meridian);
        expect(dateOfLunar(lunar, meridian)).toBe(date);
        expect(lunar.day === 1 || lunar.day === previous.day + 1).toBe(true);
        expect(lunar.day).toBeLessThanOrEqual(30);
        previous = lunar;
      }
    }
  });

  it('refuses a year it does not compute', () => {
    expect(() => lunarDateOf('1900-06-01', china)).toThrow(RangeError);
    expect(() => firstDay(2150, china)).toThrow(RangeError);
  });
});

describe('solarTermDate', () => {
  it.each([
    [2024, '2024-04-04'],
    [2025, '2025-04-04'],
    [2026, '2026-04-05'],
  ])('puts Qingming (15°) of %i on %s', (year, date) => {
    expect(solarTermDate(year, 15, china)).toBe(date);
  });
});
