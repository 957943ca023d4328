import { describe, expect, it } from 'vitest';
import type { StoredSchedule } from './forms/schedule.form.ts';
import { conflictsOf, DAY, mondayOf, movedSlot, occurrencesInWeek, WEEK } from './week.model.ts';

const schedule = (id: string, over: Partial<StoredSchedule>): StoredSchedule => ({
  id,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  name: id,
  playlistId: 'pl',
  targets: { gates: ['g'] },
  recurrence: { type: 'always' },
  ...over,
});
// 2026-12-07 is a Monday.
const monday = '2026-12-07';
const at = (day: number, hh: number, mm = 0) => day * DAY + hh * 60 + mm;

describe('the week model', () => {
  it('finds the Monday of any day of the week', () => {
    expect(mondayOf('2026-12-13')).toBe(monday);
    expect(mondayOf(monday)).toBe(monday);
  });

  it('places weekly slots on their days; an overnight one runs into the next day, last Sunday’s into Monday', () => {
    const s = schedule('night', {
      recurrence: { type: 'weekly', days: [5, 7], start: '22:00', end: '06:00', overnight: true },
    });
    expect(occurrencesInWeek([s], monday).map((o) => [o.start, o.end])).toEqual([
      [0, at(0, 6)],
      [at(4, 22), at(5, 6)],
      [at(6, 22), WEEK],
    ]);
  });

  it('cuts occurrences to from/until days and leaves disabled schedules out', () => {
    const s = schedule('limited', {
      recurrence: { type: 'cron', cron: '0 8 * * *', durationMinutes: 60 },
      from: '2026-12-09',
      until: '2026-12-10',
    });
    expect(occurrencesInWeek([s], monday).map((o) => o.start)).toEqual([at(2, 8), at(3, 8)]);
    expect(occurrencesInWeek([{ ...s, enabled: false }], monday)).toEqual([]);
  });

  it('takes always and richer crons as whole days, so no possible overlap is hidden', () => {
    const rich = schedule('rich', { recurrence: { type: 'cron', cron: '*/15 * * * *', durationMinutes: 5 } });
    expect(occurrencesInWeek([rich], monday)).toMatchObject([{ start: 0, end: WEEK, kind: 'expert' }]);
  });

  it('reports equal priorities that overlap on a shared screen, and only those', () => {
    const a = schedule('a', {
      priority: 10,
      recurrence: { type: 'weekly', days: [1, 2], start: '06:30', end: '08:30' },
    });
    const b = schedule('b', {
      priority: 10,
      targets: { screens: ['kiosk'] },
      recurrence: { type: 'weekly', days: [1], start: '07:00', end: '09:00' },
    });
    const higher = schedule('c', {
      priority: 20,
      recurrence: { type: 'weekly', days: [1], start: '07:00', end: '09:00' },
    });
    const occurrences = occurrencesInWeek([a, b, higher], monday);
    const conflicts = conflictsOf(occurrences, () => ['Ki-ốt sảnh']);
    expect(conflicts.map((c) => [c.a.id, c.b.id, c.spans, c.where])).toEqual([
      ['a', 'b', [[at(0, 7), at(0, 8, 30)]], ['Ki-ốt sảnh']],
    ]);
    // Not on a shared screen: no conflict.
    expect(conflictsOf(occurrences, () => [])).toEqual([]);
  });

  it('reads a dragged or stretched slot: same day keeps the days, one-day schedules move, past midnight is overnight', () => {
    const weekdays = { days: [1, 2, 3, 4, 5] };
    expect(
      movedSlot(weekdays, '2026-12-07', '2026-12-07T07:30:00+07:00', '2026-12-07T10:00:00+07:00'),
    ).toEqual({
      days: [1, 2, 3, 4, 5],
      start: '07:30',
      end: '10:00',
      overnight: false,
    });
    expect(
      movedSlot(weekdays, '2026-12-07', '2026-12-08T07:30:00+07:00', '2026-12-08T10:00:00+07:00'),
    ).toBeUndefined();
    expect(
      movedSlot({ days: [1] }, '2026-12-07', '2026-12-11T22:00:00+07:00', '2026-12-12T01:00:00+07:00'),
    ).toEqual({
      days: [5],
      start: '22:00',
      end: '01:00',
      overnight: true,
    });
    expect(
      movedSlot({ days: [1] }, '2026-12-07', '2026-12-07T08:00:00+07:00', '2026-12-08T08:00:00+07:00'),
    ).toBeUndefined();
  });
});
