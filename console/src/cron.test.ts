import { describe, expect, it } from 'vitest';
import { dayInterval, intervalText, overlaps, slotToCron } from './cron.ts';

describe('slotToCron', () => {
  it('turns weekday mornings into the cron an expert would write', () => {
    expect(slotToCron([1, 2, 3, 4, 5], '06:00', '09:00')).toEqual({
      cron: '0 6 * * 1-5',
      durationMinutes: 180,
    });
  });
  it('keeps scattered days as a list and every day as *', () => {
    expect(slotToCron([6, 0, 3], '06:30', '08:00')).toEqual({ cron: '30 6 * * 0,3,6', durationMinutes: 90 });
    expect(slotToCron([0, 1, 2, 3, 4, 5, 6], '00:00', '00:00').cron).toBe('0 0 * * *');
  });
  it('runs a slot past midnight when it ends before it starts', () => {
    expect(slotToCron([5], '22:00', '02:00')).toEqual({ cron: '0 22 * * 5', durationMinutes: 240 });
  });
});

describe('dayInterval and overlaps (the week view’s conflicts)', () => {
  it('places a cron slot in its day and finds only real overlaps', () => {
    const morning = dayInterval({ type: 'cron', cron: '0 6 * * 1-5', durationMinutes: 180 });
    const noon = dayInterval({ type: 'cron', cron: '30 11 * * 1-5', durationMinutes: 60 });
    const early = dayInterval({ type: 'cron', cron: '0 8 * * 1-5', durationMinutes: 30 });
    expect(morning).toEqual({ start: 360, end: 540 });
    expect(intervalText(morning)).toBe('06:00–09:00');
    expect(overlaps(morning, noon)).toBe(false);
    expect(overlaps(morning, early)).toBe(true);
    expect(overlaps(morning, dayInterval({ type: 'always' }))).toBe(true);
    // A start that is not one time of day may be any time: never hide a possible overlap.
    expect(dayInterval({ type: 'cron', cron: '*/15 * * * *', durationMinutes: 5 })).toEqual({
      start: 0,
      end: 1440,
    });
    // Past midnight, the day's part ends at 24:00.
    expect(dayInterval({ type: 'cron', cron: '0 22 * * *', durationMinutes: 240 })).toEqual({
      start: 1320,
      end: 1440,
    });
  });
});
