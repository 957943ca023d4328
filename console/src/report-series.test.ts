import { describe, expect, it } from 'vitest';
import type { PlayReportRow } from './monitor-api.ts';
import { daysOf, playsPerDayByLang } from './report-series.ts';

const row = (day: string, lang: string, plays: number): PlayReportRow => ({
  day,
  province: 'An Giang',
  gateId: 'g',
  gate: 'Tịnh Biên',
  screenId: 's',
  screen: 'LED',
  item: 'message:m',
  itemName: 'Giờ mở cửa',
  type: 'message',
  lang,
  plays,
  onScreenSeconds: plays * 10,
});

describe('plays per day and language for the reports chart', () => {
  it('sums plays of every screen and item per day and language, with 0 for quiet days', () => {
    const rows = [row('2026-11-23', 'vi', 3), row('2026-11-23', 'vi', 2), row('2026-11-25', 'km', 4)];
    expect(playsPerDayByLang(rows, '2026-11-23', '2026-11-25')).toEqual({
      days: ['2026-11-23', '2026-11-24', '2026-11-25'],
      langs: [
        { lang: 'km', plays: [0, 0, 4] },
        { lang: 'vi', plays: [5, 0, 0] },
      ],
    });
  });

  it('crosses month ends and leaves out rows outside the period', () => {
    expect(daysOf('2026-11-30', '2026-12-01')).toEqual(['2026-11-30', '2026-12-01']);
    expect(playsPerDayByLang([row('2026-12-05', 'vi', 1)], '2026-11-30', '2026-12-01').langs).toEqual([]);
  });
});
