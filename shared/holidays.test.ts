import { describe, expect, it } from 'vitest';
import { holidayCountries, holidayLanguages, holidaysOf, type HolidayCountry } from './holidays.ts';

const datesOf = (country: HolidayCountry, year: number, key: string) =>
  holidaysOf(country, year)
    .filter((h) => h.key === key)
    .map((h) => h.date);

describe('holidaysOf: dates from published calendars', () => {
  const known: [HolidayCountry, number, string, string[]][] = [
    // Tết: the last day of the old year and the first four of the new (17 February 2026, 6 February 2027).
    ['VN', 2026, 'tet', ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']],
    ['VN', 2027, 'tet', ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']],
    ['VN', 2025, 'hung-kings', ['2025-04-07']],
    ['VN', 2026, 'hung-kings', ['2026-04-26']],
    ['VN', 2026, 'reunification', ['2026-04-30']],
    // The second day of National Day as the government chose it (Monday 2024, Tuesday 2025).
    ['VN', 2024, 'national-day', ['2024-09-02', '2024-09-03']],
    ['VN', 2025, 'national-day', ['2025-09-01', '2025-09-02']],
    ['VN', 2020, 'national-day', ['2020-09-02']],
    ['KH', 2026, 'khmer-new-year', ['2026-04-14', '2026-04-15', '2026-04-16']],
    ['KH', 2026, 'victory-day', ['2026-01-07']],
    ['KH', 2026, 'independence', ['2026-11-09']],
    ['LA', 2026, 'pi-mai', ['2026-04-14', '2026-04-15', '2026-04-16']],
    ['LA', 2026, 'national-day', ['2026-12-02']],
    // The Spring Festival from New Year's Eve since 2025; the first three days before.
    ['CN', 2024, 'spring-festival', ['2024-02-10', '2024-02-11', '2024-02-12']],
    ['CN', 2025, 'spring-festival', ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']],
    ['CN', 2026, 'spring-festival', ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19']],
    ['CN', 2024, 'labour', ['2024-05-01']],
    ['CN', 2026, 'labour', ['2026-05-01', '2026-05-02']],
    ['CN', 2026, 'qingming', ['2026-04-05']],
    ['CN', 2025, 'dragon-boat', ['2025-05-31']],
    ['CN', 2026, 'dragon-boat', ['2026-06-19']],
    ['CN', 2025, 'mid-autumn', ['2025-10-06']],
    ['CN', 2026, 'mid-autumn', ['2026-09-25']],
    ['CN', 2026, 'national-day', ['2026-10-01', '2026-10-02', '2026-10-03']],
  ];
  it.each(known)('%s %i %s: %j', (country, year, key, dates) => {
    expect(datesOf(country, year, key)).toEqual(dates);
  });

  it('leaves out the Buddhist feasts of the Khmer and Lao calendars, which the operator adds', () => {
    const keys = new Set([...holidaysOf('KH', 2026), ...holidaysOf('LA', 2026)].map((h) => h.key));
    for (const lunar of ['visak-bochea', 'pchum-ben', 'water-festival', 'boun-that-luang'])
      expect(keys.has(lunar)).toBe(false);
  });

  it('refuses a year outside the lunar calendar it computes', () => {
    expect(() => holidaysOf('VN', 1900)).toThrow(RangeError);
    expect(() => holidaysOf('KH', 2026.5)).toThrow(RangeError);
  });
});

describe('holidaysOf: whole years', () => {
  const scripts: Record<string, RegExp> = {
    km: /^[\p{Script=Khmer}\s]+$/u,
    lo: /^[\p{Script=Lao}\s]+$/u,
    'zh-Hans': /^\p{Script=Han}+$/u,
  };
  // Days off per country in each of these years (all the rules above; none straddles a year).
  const counts: Record<HolidayCountry, number> = { VN: 11, KH: 13, LA: 7, CN: 13 };

  for (const year of [2026, 2027])
    for (const country of holidayCountries)
      it(`${country} ${year}: real dates of the year, in order, named in ${holidayLanguages[country].join(', ')}`, () => {
        const holidays = holidaysOf(country, year);
        expect(holidays).toHaveLength(counts[country]);
        const dates = holidays.map((h) => h.date);
        expect(new Set(dates).size).toBe(dates.length);
        expect([...dates].sort()).toEqual(dates);
        for (const h of holidays) {
          expect(h.country).toBe(country);
          expect(h.key).toMatch(/^[a-z0-9][a-z0-9-]{0,39}$/);
          // A real calendar date (no 30 February) in that year.
          expect(new Date(`${h.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(h.date);
          expect(h.date.startsWith(`${year}-`)).toBe(true);
          expect(Object.keys(h.name).sort()).toEqual([...holidayLanguages[country]].sort());
          for (const [lang, text] of Object.entries(h.name)) {
            expect(text.trim().length, `${h.key} ${lang}`).toBeGreaterThan(0);
            expect(text).toBe(text.normalize('NFC'));
            if (scripts[lang]) expect(text, `${h.key} ${lang}`).toMatch(scripts[lang]);
          }
        }
      });
});
