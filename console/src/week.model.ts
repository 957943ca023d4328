import { clockOf } from '../../shared/recurrence.ts';
import { cronAsWeekly, minuteOf, type StoredSchedule } from './forms/schedule.form.ts';

/**
 * The pure part of the week view: when each schedule is on air during one week of a gate's wall clock, and
 * which schedules of equal priority overlap on a shared screen (the compiled manifest interleaves them item
 * by item). Minutes count from Monday 00:00 of the week, on the gate's wall clock, as the compiler measures.
 */

export const DAY = 24 * 60;
export const WEEK = 7 * DAY;

/** One stretch of air time of a schedule within the week. */
export interface Occurrence {
  schedule: StoredSchedule;
  /** Minutes from Monday 00:00 of the week, [start, end). */
  start: number;
  end: number;
  /** 'slot': a weekly slot or a plain cron (a time of day on some days); 'always'; 'expert': a richer cron. */
  kind: 'slot' | 'always' | 'expert';
}

/** The local date `days` after `date` (YYYY-MM-DD, calendar arithmetic only). */
export function addDays(date: string, days: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** Days, start minute and length of a schedule's daily slot; undefined for always and richer crons. */
function slotOf(s: StoredSchedule): { days: number[]; start: number; length: number } | undefined {
  const r = s.recurrence;
  if (r.type === 'weekly') {
    const start = minuteOf(r.start);
    const end = minuteOf(r.end);
    if (start === undefined || end === undefined || start === end) return undefined;
    return { days: r.days, start, length: (((end - start) % DAY) + DAY) % DAY };
  }
  if (r.type === 'cron') {
    const plain = cronAsWeekly(r.cron);
    return plain ? { days: plain.days, start: plain.start, length: r.durationMinutes } : undefined;
  }
  return undefined;
}

/**
 * Every occurrence of the enabled schedules in the week starting `monday`: slots on their days (an overnight
 * one from the Sunday before spills into Monday), always and richer crons as whole days (so no possible
 * overlap is hidden), each cut to the schedule's from/until days, as the compiler cuts it.
 */
export function occurrencesInWeek(schedules: readonly StoredSchedule[], monday: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const schedule of schedules) {
    if (schedule.enabled === false) continue;
    const slot = slotOf(schedule);
    const kind = slot ? 'slot' : schedule.recurrence.type === 'always' ? 'always' : 'expert';
    const windowStart = schedule.from ? dayOffset(monday, schedule.from) * DAY : -Infinity;
    const windowEnd = schedule.until ? (dayOffset(monday, schedule.until) + 1) * DAY : Infinity;
    const pieces: [number, number][] = [];
    if (slot) {
      for (let day = -1; day < 7; day++) {
        if (!slot.days.includes(isoWeekday(addDays(monday, day)))) continue;
        const start = day * DAY + slot.start;
        pieces.push([start, start + slot.length]);
      }
    } else pieces.push([0, WEEK]);
    for (const [a, b] of pieces) {
      const start = Math.max(a, windowStart, 0);
      const end = Math.min(b, windowEnd, WEEK);
      if (start < end) out.push({ schedule, start, end, kind });
    }
  }
  return out;
}

function dayOffset(monday: string, date: string): number {
  const ms = (d: string) => {
    const [y = 0, m = 1, dd = 1] = d.split('-').map(Number);
    return Date.UTC(y, m - 1, dd);
  };
  return Math.round((ms(date) - ms(monday)) / (DAY * 60_000));
}

/** Two schedules of equal priority on air at once on at least one shared screen. */
export interface Conflict {
  a: StoredSchedule;
  b: StoredSchedule;
  priority: number;
  /** The shared minutes of the week, merged and in order. */
  spans: [number, number][];
  /** Names of the screens (or the gate) where both play. */
  where: string[];
}

/**
 * The conflicts among occurrences: pairs of schedules with equal priority whose air times overlap and that
 * share a place (`sharedPlaces` names the screens both reach, empty when none).
 */
export function conflictsOf(
  occurrences: readonly Occurrence[],
  sharedPlaces: (a: StoredSchedule, b: StoredSchedule) => string[],
): Conflict[] {
  const byPair = new Map<string, Conflict>();
  for (let i = 0; i < occurrences.length; i++) {
    for (let j = i + 1; j < occurrences.length; j++) {
      const x = occurrences[i];
      const y = occurrences[j];
      if (!x || !y || x.schedule.id === y.schedule.id) continue;
      if ((x.schedule.priority ?? 0) !== (y.schedule.priority ?? 0)) continue;
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (start >= end) continue;
      const [a, b] = x.schedule.id < y.schedule.id ? [x.schedule, y.schedule] : [y.schedule, x.schedule];
      const key = `${a.id} ${b.id}`;
      let conflict = byPair.get(key);
      if (!conflict) {
        const where = sharedPlaces(a, b);
        if (where.length === 0) continue;
        conflict = { a, b, priority: a.priority ?? 0, spans: [], where };
        byPair.set(key, conflict);
      }
      conflict.spans.push([start, end]);
    }
  }
  for (const c of byPair.values()) c.spans = merge(c.spans);
  return [...byPair.values()];
}

function merge(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((p, q) => p[0] - q[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** "HH:MM" of a minute of the day. */
export const clock = clockOf;

/** The local date-time "YYYY-MM-DDTHH:MM:00" of a minute of the week starting `monday`. */
export function wallTime(monday: string, minute: number): string {
  return `${addDays(monday, Math.floor(minute / DAY))}T${clock(minute)}:00`;
}

/**
 * The weekly slot a dragged or stretched event now says, from its new wall-clock start and end
 * ("YYYY-MM-DDTHH:MM…"): the days move with the start when the schedule has one day; a schedule of several
 * days keeps its days (undefined when the drag moved it to another day). Undefined past 24 hours.
 */
export function movedSlot(
  recurrence: { days: number[] },
  oldStartDate: string,
  newStart: string,
  newEnd: string,
): { days: number[]; start: string; end: string; overnight: boolean } | undefined {
  const startDate = newStart.slice(0, 10);
  const endDate = newEnd.slice(0, 10);
  const start = newStart.slice(11, 16);
  const end = newEnd.slice(11, 16);
  const spanDays = dayOffset(startDate, endDate);
  if (spanDays > 1 || (spanDays === 1 && end >= start) || (spanDays === 0 && end <= start)) return undefined;
  const overnight = spanDays === 1;
  if (startDate === oldStartDate) return { days: [...recurrence.days], start, end, overnight };
  if (recurrence.days.length !== 1) return undefined;
  return { days: [isoWeekday(startDate)], start, end, overnight };
}
