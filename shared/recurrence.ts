// The weekly time slot (schedule.json#/$defs/weekly), the console's way to write a recurring schedule, read
// the same way by the server's compiler and validation and by the console's editor and week view.
// A slot starts at `start` on each listed ISO weekday (1 = Monday ... 7 = Sunday) and ends at `end` the same
// day, or the next day when `overnight`: exactly the cron `M H * * <days>` lasting the minutes in between.
import type { RecurrenceWeekly } from '../schemas/types.ts';

/** A weekly slot in minutes: the days it starts on, its start and end minute of the day, and its length. */
export interface WeeklySlot {
  /** ISO weekdays (1 = Monday ... 7 = Sunday), sorted, without repeats. */
  days: number[];
  /** Minutes after midnight the slot starts (0 ... 1439). */
  startMinute: number;
  /** Minutes after midnight the slot ends, on the start day or (overnight) the next (0 ... 1439). */
  endMinute: number;
  /** How long each occurrence lasts: 1 ... 1439 for a valid slot, 0 when start equals end. */
  durationMinutes: number;
}

/** Why a weekly slot cannot be stored (the reason of its error reply, at `path`), or undefined. */
export interface SlotProblem {
  reason: 'no_weekdays' | 'zero_duration' | 'overnight_unclear';
  path: '/days' | '/end' | '/overnight';
}

/** Minutes after midnight of an "HH:MM" time (NaN when it is not one). */
export function minuteOfDay(time: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : NaN;
}

/** "HH:MM" of a minute of the day (past midnight wraps round: 1470 is "00:30"); minuteOfDay's inverse. */
export function clockOf(minute: number): string {
  const m = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * The slot in minutes. The duration runs forward from start to end, over midnight when end comes first, so
 * it is the same whatever `overnight` says: `slotProblem` tells whether the box agrees with the times.
 */
export function weeklySlot(r: Pick<RecurrenceWeekly, 'days' | 'start' | 'end'>): WeeklySlot {
  const startMinute = minuteOfDay(r.start);
  const endMinute = minuteOfDay(r.end);
  return {
    days: [...new Set(r.days)].sort((a, b) => a - b),
    startMinute,
    endMinute,
    durationMinutes: (((endMinute - startMinute) % 1440) + 1440) % 1440,
  };
}

/**
 * What is wrong with a weekly slot, the first of: no day, start equal to end, end before start without the
 * overnight box (or after it with the box). Never coerced: the caller refuses it.
 */
export function slotProblem(r: RecurrenceWeekly): SlotProblem | undefined {
  if (r.days.length === 0) return { reason: 'no_weekdays', path: '/days' };
  const { startMinute, endMinute } = weeklySlot(r);
  if (startMinute === endMinute) return { reason: 'zero_duration', path: '/end' };
  if (endMinute < startMinute !== (r.overnight ?? false))
    return { reason: 'overnight_unclear', path: '/overnight' };
  return undefined;
}

/**
 * The cron equivalent (node-cron syntax, weekday 0 = Sunday) and its duration: the compiler evaluates the
 * slot as this.
 */
export function weeklyCron(r: Pick<RecurrenceWeekly, 'days' | 'start' | 'end'>): {
  cron: string;
  durationMinutes: number;
} {
  const slot = weeklySlot(r);
  const weekdays = [...new Set(slot.days.map((d) => d % 7))].sort((a, b) => a - b);
  const cron = `${slot.startMinute % 60} ${Math.floor(slot.startMinute / 60)} * * ${weekdays.join(',')}`;
  return { cron, durationMinutes: slot.durationMinutes };
}
