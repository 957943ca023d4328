// When a border crossing is open to travellers (calendar.json#/$defs/calendar): read the same way by the
// player, which flips its gate-status element on its own clock while offline, and by the controller and
// the console. Pure: the calendar, the gate's time zone and the instant are arguments.
//
// Each local date of the gate is decided by, in order: the dated exceptions of that date (those for the
// lane beat those for every lane); failing any, the holidays of that date that close the gate or give it
// special hours; failing those, the lane's weekly table (the passengers' one for a lane without its own).
// Several entries deciding one date: a closure wins, otherwise their periods apply together. A period
// belongs to the date it opens on and is placed on the wall clock like the screens' hours (shared/hours.ts):
// closing a date leaves the night that opened the evening before running until its end.
import type {
  CalendarPeriods,
  GateCalendar,
  GateLane,
  LocalizedText,
  WeeklyHours,
} from '../schemas/types.ts';
import { localDays, periodInterval, type Interval, type LocalDay } from './hours.ts';

export type { GateCalendar, GateLane, LocalizedText };

/** Whether the crossing is open at an instant, since when, until when, and why (when not as every week). */
export interface GateStatus {
  open: boolean;
  /** When it opened or closed (ms); absent when that was more than `horizonDays` ago. */
  since?: number;
  /** When it next closes or opens (ms); absent when that is more than `horizonDays` ahead. */
  until?: number;
  /** The exception's reason or the holiday's name that decides today's local date, per language. */
  reason?: LocalizedText;
}

/** One flip of the crossing's state. */
export interface GateChange {
  at: number;
  open: boolean;
}

/** What a local date holds: who decided it, its opening periods (none: closed all day) and why. */
export interface CalendarDay {
  date: string;
  by: 'exception' | 'holiday' | 'weekly';
  periods: { open: string; close: string }[];
  reason?: LocalizedText;
}

/** How far `gateStatusAt` looks back for `since` and ahead for `until`. */
export const horizonDays = 14;

const dayMs = 86_400_000;

interface Entry {
  effect: 'closed' | 'open' | 'hours';
  periods?: CalendarPeriods | undefined;
  text: LocalizedText;
}

/** The entries decide a date together: a closure wins, otherwise all their periods. */
function decide(date: string, by: 'exception' | 'holiday', entries: Entry[]): CalendarDay | undefined {
  const first = entries.find((e) => e.effect === 'closed') ?? entries[0];
  if (!first) return undefined;
  const periods = first.effect === 'closed' ? [] : entries.flatMap((e) => e.periods ?? []);
  return { date, by, periods: periods.map(({ open, close }) => ({ open, close })), reason: first.text };
}

/** A lookup of the calendar's dates for one lane, built once per call. */
function dayRules(calendar: GateCalendar, lane: GateLane): (date: string, weekday: number) => CalendarDay {
  const exceptions = new Map<string, Entry[]>();
  const anyLane = new Map<string, Entry[]>();
  for (const e of calendar.exceptions ?? []) {
    if (e.lane !== undefined && e.lane !== lane) continue;
    const map = e.lane === undefined ? anyLane : exceptions;
    map.set(e.date, [...(map.get(e.date) ?? []), { effect: e.effect, periods: e.periods, text: e.reason }]);
  }
  const holidays = new Map<string, Entry[]>();
  for (const h of calendar.holidays ?? [])
    holidays.set(h.date, [
      ...(holidays.get(h.date) ?? []),
      { effect: h.effect, periods: h.periods, text: h.name },
    ]);
  const weekly: WeeklyHours =
    lane === 'goods' ? (calendar.weekly.goods ?? calendar.weekly.passengers) : calendar.weekly.passengers;
  return (date, weekday) => {
    const byException =
      decide(date, 'exception', exceptions.get(date) ?? []) ??
      decide(date, 'exception', anyLane.get(date) ?? []);
    if (byException) return byException;
    const dayHolidays = holidays.get(date) ?? [];
    const byHoliday = decide(
      date,
      'holiday',
      dayHolidays.filter((h) => h.effect !== 'open'),
    );
    if (byHoliday) return byHoliday;
    const periods = weekly
      .filter((p) => p.days.includes(weekday))
      .map(({ open, close }) => ({ open, close }));
    const open = dayHolidays[0];
    return open ? { date, by: 'holiday', periods, reason: open.text } : { date, by: 'weekly', periods };
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');
const dateOf = (day: LocalDay): string => `${day.year}-${pad(day.month)}-${pad(day.day)}`;

/** What the calendar says of a local date 'YYYY-MM-DD' for a lane. */
export function calendarDay(
  calendar: GateCalendar,
  date: string,
  lane: GateLane = 'passengers',
): CalendarDay {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  return dayRules(calendar, lane)(date, weekday);
}

/**
 * The spans in which the lane is open, merged and in order, from the periods of every local date from
 * the day before `from` to the day after `until`: a span starting after `from` and one ending before
 * `until` start and end there, whatever lies outside.
 */
function openSpans(
  calendar: GateCalendar,
  timeZone: string,
  lane: GateLane,
  from: number,
  until: number,
): Interval[] {
  const rule = dayRules(calendar, lane);
  const spans: Interval[] = [];
  for (const day of localDays(timeZone, from - dayMs, until + dayMs))
    for (const period of rule(dateOf(day), day.weekday).periods)
      spans.push(periodInterval(day, period, timeZone));
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** Whether the lane of the crossing is open at `instant` (ms), in the gate's `timeZone`. */
export function gateStatusAt(
  calendar: GateCalendar,
  timeZone: string,
  instant: number,
  lane: GateLane = 'passengers',
): GateStatus {
  const lo = instant - horizonDays * dayMs;
  const hi = instant + horizonDays * dayMs;
  const spans = openSpans(calendar, timeZone, lane, lo, hi);
  const inside = spans.find(([s, e]) => s <= instant && instant < e);
  const since = inside ? inside[0] : spans.filter(([, e]) => e <= instant).at(-1)?.[1];
  const until = inside ? inside[1] : spans.find(([s]) => s > instant)?.[0];
  const [today] = localDays(timeZone, instant, instant);
  const reason = today ? dayRules(calendar, lane)(dateOf(today), today.weekday).reason : undefined;
  return {
    open: inside !== undefined,
    ...(since !== undefined && since > lo ? { since } : {}),
    ...(until !== undefined && until < hi ? { until } : {}),
    ...(reason ? { reason } : {}),
  };
}

/**
 * The next `count` flips of the lane after `from` (ms), in order, for a player to schedule: as many as
 * happen within about 15 months.
 */
export function nextChanges(
  calendar: GateCalendar,
  timeZone: string,
  from: number,
  count: number,
  lane: GateLane = 'passengers',
): GateChange[] {
  let changes: GateChange[] = [];
  for (let days = horizonDays; days <= 32 * horizonDays && changes.length < count; days *= 2) {
    const until = from + days * dayMs;
    changes = openSpans(calendar, timeZone, lane, from, until).flatMap(([s, e]) => [
      ...(s > from && s < until ? [{ at: s, open: true }] : []),
      ...(e > from && e < until ? [{ at: e, open: false }] : []),
    ]);
  }
  return changes.slice(0, Math.max(0, count));
}
