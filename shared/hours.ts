// A gate's operating hours (gate.json#/$defs/hours), read the same way by the player (what to show now and
// when that changes, offline), the monitor (a board dark by schedule is not an outage) and the availability
// report (only scheduled time counts). Pure: the instant and the time zone are arguments.
//
// Each weekly period opens at `open` on each listed ISO weekday and closes at `close` the same day, the
// next day when close comes first, 24 hours later when they are equal. Outside every period the board
// shows `outside`: content (as if open), a night template, or black. Dimming levels apply from their
// local time until the next one, every day, whatever is shown. Local times are in the gate's zone: a
// period is placed on the wall clock of its day, so a DST day is an hour shorter or longer, as on a wall.
import type { GateHours } from '../schemas/types.ts';
import { minuteOfDay } from './recurrence.ts';

export type { GateHours };

/** What a board shows at an instant. */
export interface HoursState {
  /** Inside an opening period (always true for a gate without hours). */
  open: boolean;
  /** What the stage shows: the schedule, the night template or black. */
  show: 'content' | 'night' | 'black';
  /** Software dimming of the stage, 0.1 ... 1 (1 = full). */
  brightness: number;
  /** The next instant (ms) at which `open`, `show` or `brightness` changes, or null if none within 8 days. */
  nextChangeAt: number | null;
}

/** A half-open span of time [start, end) in ms. */
export type Interval = readonly [number, number];

const minuteMs = 60_000;
const dayMinutes = 1440;
/** How far ahead `nextChangeAt` looks: more than a week, so every weekly boundary is seen. */
const lookaheadDays = 8;

const always: HoursState = { open: true, show: 'content', brightness: 1, nextChangeAt: null };

/** What the board shows at `instant` (ms) under `hours` in `timeZone`. */
export function hoursAt(hours: GateHours | undefined, timeZone: string, instant: number): HoursState {
  if (!hours) return always;
  const here = stateOf(hours, timeZone, instant);
  let nextChangeAt: number | null = null;
  for (const at of boundaries(hours, timeZone, instant, instant + lookaheadDays * 86_400_000)) {
    if (at <= instant) continue;
    const there = stateOf(hours, timeZone, at);
    if (there.open !== here.open || there.show !== here.show || there.brightness !== here.brightness) {
      nextChangeAt = at;
      break;
    }
  }
  return { ...here, nextChangeAt };
}

/**
 * The spans within [from, until) in which the board is meant to show content (open, or outside hours with
 * `outside: content`), merged and in order. Without hours: the whole span.
 */
export function scheduledIntervals(
  hours: GateHours | undefined,
  timeZone: string,
  from: number,
  until: number,
): Interval[] {
  if (until <= from) return [];
  if (!hours || hours.outside === 'content') return [[from, until]];
  const spans = openPeriods(hours, timeZone, from, until)
    .map(([s, e]): Interval => [Math.max(s, from), Math.min(e, until)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** Scheduled minutes (see scheduledIntervals) within [from, until), rounded to whole minutes. */
export function scheduledMinutes(
  hours: GateHours | undefined,
  timeZone: string,
  from: number,
  until: number,
): number {
  return Math.round(overlapMs(scheduledIntervals(hours, timeZone, from, until), from, until) / minuteMs);
}

/** How many ms of [from, until) the intervals cover (they must not overlap each other). */
export function overlapMs(intervals: readonly Interval[], from: number, until: number): number {
  let sum = 0;
  for (const [s, e] of intervals) sum += Math.max(0, Math.min(e, until) - Math.max(s, from));
  return sum;
}

function stateOf(hours: GateHours, timeZone: string, instant: number): Omit<HoursState, 'nextChangeAt'> {
  const open = openPeriods(hours, timeZone, instant, instant + 1).some(
    ([s, e]) => s <= instant && instant < e,
  );
  return {
    open,
    show: open ? 'content' : hours.outside,
    brightness: brightnessAt(hours, localOf(instant, timeZone).minute),
  };
}

/** The dimming level at a local minute of the day: the last `from` at or before it, else the day's last. */
function brightnessAt(hours: GateHours, minute: number): number {
  const levels = (hours.dimming ?? [])
    .map((d) => ({ at: minuteOfDay(d.from), level: d.level }))
    .sort((a, b) => a.at - b.at);
  if (levels.length === 0) return 1;
  const current = levels.filter((l) => l.at <= minute).at(-1) ?? levels.at(-1);
  return current?.level ?? 1;
}

/** Every opening period that starts on a local day from the day before `from` to the day of `until`. */
function openPeriods(hours: GateHours, timeZone: string, from: number, until: number): Interval[] {
  const out: Interval[] = [];
  for (const day of localDays(timeZone, from - 86_400_000, until)) {
    for (const period of hours.weekly)
      if (period.days.includes(day.weekday)) out.push(periodInterval(day, period, timeZone));
  }
  return out;
}

/**
 * The span of a period of `day` (the gate calendar's too): from `open` to `close` on the wall clock, closing
 * the next day when close comes first and 24 hours later when they are equal.
 */
export function periodInterval(
  day: LocalDay,
  period: { open: string; close: string },
  timeZone: string,
): Interval {
  const open = minuteOfDay(period.open);
  const close = minuteOfDay(period.close);
  const length = (((close - open) % dayMinutes) + dayMinutes) % dayMinutes || dayMinutes;
  return [zonedInstant(day, open, timeZone), zonedInstant(day, open + length, timeZone)];
}

/** Instants around [from, until) at which the state may change: period edges and dimming times. */
function boundaries(hours: GateHours, timeZone: string, from: number, until: number): number[] {
  const at = new Set<number>();
  for (const [s, e] of openPeriods(hours, timeZone, from, until)) at.add(s).add(e);
  for (const day of localDays(timeZone, from - 86_400_000, until))
    for (const d of hours.dimming ?? []) at.add(zonedInstant(day, minuteOfDay(d.from), timeZone));
  return [...at].sort((a, b) => a - b);
}

/** A local calendar day of a zone. */
export interface LocalDay {
  year: number;
  month: number;
  day: number;
  /** ISO weekday, 1 = Monday ... 7 = Sunday. */
  weekday: number;
}

/** The local calendar days from the one holding `from` to the one holding `until`. */
export function localDays(timeZone: string, from: number, until: number): LocalDay[] {
  const first = localOf(from, timeZone);
  const last = localOf(until, timeZone);
  const out: LocalDay[] = [];
  // Walk the calendar by UTC dates (no zone arithmetic): each local date once.
  const end = Date.UTC(last.year, last.month - 1, last.day);
  for (let d = Date.UTC(first.year, first.month - 1, first.day); d <= end; d += 86_400_000) {
    const date = new Date(d);
    out.push({
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      weekday: date.getUTCDay() || 7,
    });
  }
  return out;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in `timeZone` at an instant: its date and minute of the day. */
function localOf(
  instant: number,
  timeZone: string,
): { year: number; month: number; day: number; minute: number } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts['year'] ?? 1970,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    minute: (parts['hour'] ?? 0) * 60 + (parts['minute'] ?? 0),
  };
}

/** The zone's offset from UTC (ms) at an instant, to the minute. */
function offsetAt(instant: number, timeZone: string): number {
  const l = localOf(instant, timeZone);
  const wall = Date.UTC(l.year, l.month - 1, l.day, 0, l.minute);
  return wall - Math.floor(instant / minuteMs) * minuteMs;
}

/**
 * The instant at `minute` minutes past local midnight of `day` (minute may pass 1440: the next day). A wall
 * time a DST change skips is taken with the offset before the change, one repeated with the first.
 */
function zonedInstant(day: LocalDay, minute: number, timeZone: string): number {
  const wall = Date.UTC(day.year, day.month - 1, day.day, 0, minute);
  const guess = wall - offsetAt(wall, timeZone);
  const offset = offsetAt(guess, timeZone);
  return wall - offset;
}
