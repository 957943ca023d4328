import { describe, expect, it } from 'vitest';
import { slotToCron } from './cron.ts';

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
