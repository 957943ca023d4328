import { describe, expect, it } from 'vitest';
import type { RecurrenceWeekly } from '../schemas/types.ts';
import { minuteOfDay, slotProblem, weeklyCron, weeklySlot } from './recurrence.ts';

const slot = (over: Partial<RecurrenceWeekly>): RecurrenceWeekly => ({
  type: 'weekly',
  days: [1, 2, 3, 4, 5],
  start: '06:30',
  end: '08:30',
  ...over,
});

describe('weekly slots', () => {
  it('reads a day slot and an overnight one in minutes', () => {
    expect(weeklySlot(slot({ days: [5, 1, 5] }))).toEqual({
      days: [1, 5],
      startMinute: 390,
      endMinute: 510,
      durationMinutes: 120,
    });
    expect(weeklySlot(slot({ days: [5], start: '22:00', end: '06:00', overnight: true }))).toEqual({
      days: [5],
      startMinute: 1320,
      endMinute: 360,
      durationMinutes: 480,
    });
    expect(minuteOfDay('23:59')).toBe(1439);
    expect(minuteOfDay('24:00')).toBeNaN();
  });

  it('is the cron M H * * <days> for the minutes in between, Sunday as weekday 0', () => {
    expect(weeklyCron(slot({}))).toEqual({ cron: '30 6 * * 1,2,3,4,5', durationMinutes: 120 });
    expect(weeklyCron(slot({ days: [7, 6], start: '23:15', end: '00:45', overnight: true }))).toEqual({
      cron: '15 23 * * 0,6',
      durationMinutes: 90,
    });
  });

  it('names what is wrong instead of adjusting it', () => {
    expect(slotProblem(slot({}))).toBeUndefined();
    expect(slotProblem(slot({ start: '22:00', end: '06:00', overnight: true }))).toBeUndefined();
    expect(slotProblem(slot({ days: [] }))).toEqual({ reason: 'no_weekdays', path: '/days' });
    expect(slotProblem(slot({ start: '09:00', end: '09:00' }))).toEqual({
      reason: 'zero_duration',
      path: '/end',
    });
    expect(slotProblem(slot({ start: '09:00', end: '06:00' }))).toEqual({
      reason: 'overnight_unclear',
      path: '/overnight',
    });
    expect(slotProblem(slot({ overnight: true }))).toEqual({
      reason: 'overnight_unclear',
      path: '/overnight',
    });
  });
});
