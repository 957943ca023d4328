// When a schedule is active, as instant intervals, evaluated in a gate's time zone.
//
// Semantics, chosen so that what the operator reads on the gate's wall clock is what plays:
// - A schedule is active at instant t when the gate's local wall-clock time at t lies inside the date
//   window [from 00:00, the midnight after until) and inside an occurrence [start, start + duration).
//   Occurrences and durations are measured on the wall clock, so '0 0 * * *' for 1440 minutes covers
//   every day exactly, 23- and 25-hour days included; a wall time repeated when clocks fall back is
//   active on both passes, a wall time skipped when clocks spring forward never happens.
// - Cron is node-cron syntax: 5 fields, or 6 with seconds first. Day-of-month and day-of-week are
//   combined with AND, as node-cron does ('0 6 1 * 1' = 06:00 on a 1st that is a Monday), not with the
//   OR of Vixie cron, which is croner's default: hence `domAndDow: true`.
// - A weekly slot (shared/recurrence.ts) is exactly its cron equivalent 'M H * * <days>' lasting from start
//   to end (over midnight when overnight): an overnight slot starts on each listed day, ends the next day.
//
// Evaluating croner's nextRun in a named zone costs ~80 µs a call (one Intl lookup per step), too slow
// for fifty hourly schedules. Node-cron fields are ANDed, so occurrences are (matching day) × (matching
// time of day): the times of day are read once from croner's parsed pattern and merged with the
// duration, croner decides which days match, and the zone's offsets are looked up once per compile.
import { Cron, CronPattern } from 'croner';
import { DateTime, IANAZone } from 'luxon';
import { weeklyCron } from '../../shared/recurrence.ts';
import type { Schedule } from './entities.ts';

/** A half-open interval [start, end) in epoch ms (or wall-clock ms, where said). */
export type Interval = [number, number];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Offset transitions are months apart in every IANA zone; sampling every 3 h cannot miss one.
const SAMPLE_STEP = 3 * HOUR;

interface ZonePiece {
  from: number;
  until: number;
  offset: number;
}

/** A zone's UTC offsets over [from, until): few pieces of constant offset (one unless DST changes). */
export interface ZoneSpan {
  from: number;
  until: number;
  pieces: ZonePiece[];
  minOffset: number;
  maxOffset: number;
}

// Parsing a cron costs ~80 µs (croner fills a 10,000-entry year table), a zone span ~0.5 ms, and the
// same schedules and horizon are compiled for every audience on every publish: both are memoised.
// The memos are invisible to callers (spans are never mutated): the functions stay pure.
const MEMO_LIMIT = 1000;
const zoneSpans = new Map<string, ZoneSpan>();

function memoised<K, V>(memo: Map<K, V>, key: K, make: () => V): V {
  if (memo.has(key)) return memo.get(key) as V;
  const value = make();
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value as K);
  memo.set(key, value);
  return value;
}

function zoneOf(timeZone: string): IANAZone {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return zone;
}

/** The horizon [from, until): local midnight of the day holding `now` to the midnight `days` days later. */
export function horizonFor(now: number, timeZone: string, days: number): { from: number; until: number } {
  const start = DateTime.fromMillis(now, { zone: zoneOf(timeZone) }).startOf('day');
  return { from: start.toMillis(), until: start.plus({ days }).startOf('day').toMillis() };
}

/** Looks up the zone's offsets over [from, until) once, so that later wall-clock maths is arithmetic. */
export function zoneSpan(timeZone: string, from: number, until: number): ZoneSpan {
  return memoised(zoneSpans, `${timeZone} ${from} ${until}`, () => lookUpZoneSpan(timeZone, from, until));
}

function lookUpZoneSpan(timeZone: string, from: number, until: number): ZoneSpan {
  const zone = zoneOf(timeZone);
  const offsetAt = (t: number): number => zone.offset(t) * MINUTE;
  const pieces: ZonePiece[] = [];
  let pieceStart = from;
  let offset = offsetAt(from);
  for (let t = from; t < until;) {
    const next = Math.min(t + SAMPLE_STEP, until - 1);
    if (next <= t) break;
    if (offsetAt(next) === offset) {
      t = next;
      continue;
    }
    let lo = t;
    let hi = next;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(mid) === offset) lo = mid;
      else hi = mid;
    }
    pieces.push({ from: pieceStart, until: hi, offset });
    pieceStart = hi;
    offset = offsetAt(hi);
    t = hi;
  }
  pieces.push({ from: pieceStart, until, offset });
  const offsets = pieces.map((p) => p.offset);
  return { from, until, pieces, minOffset: Math.min(...offsets), maxOffset: Math.max(...offsets) };
}

/** Sorts and merges overlapping or touching intervals, dropping empty ones. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter(([s, e]) => s < e).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Interval[] = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

// The instants whose wall-clock time lies in one of the (sorted, merged) wall intervals.
function wallToInstants(span: ZoneSpan, wall: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const piece of span.pieces) {
    for (const [a, b] of wall) {
      const s = Math.max(a - piece.offset, piece.from);
      const e = Math.min(b - piece.offset, piece.until);
      if (s < e) out.push([s, e]);
    }
  }
  return mergeIntervals(out);
}

function parseLocalDate(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms : null;
}

interface ParsedCron {
  cron: Cron;
  timesOfDay: Interval[];
  dayMatches: Map<number, boolean>;
}

const parsedCrons = new Map<string, ParsedCron | null>();

function parseCron(expr: string, durationMs: number): ParsedCron | null {
  return memoised(parsedCrons, `${durationMs} ${expr}`, () => {
    const fields = expr.trim().split(/\s+/).length;
    // Croner reads a string with ':' as a one-off ISO date; node-cron has no such form.
    if (fields < 5 || fields > 6 || expr.includes(':')) return null;
    try {
      const options = { mode: '5-or-6-parts' as const };
      const pattern = new CronPattern(expr, undefined, options);
      // utcOffset 0 makes croner compute in plain wall-clock fields, without any zone lookup.
      const cron = new Cron(expr, { ...options, utcOffset: 0, domAndDow: true, paused: true });
      return { cron, timesOfDay: timesOfDay(pattern, durationMs), dayMatches: new Map() };
    } catch {
      return null;
    }
  });
}

// Occurrence times within one day, each extended by the duration and merged: at most 86,400 steps.
function timesOfDay(pattern: CronPattern, durationMs: number): Interval[] {
  const out: Interval[] = [];
  for (let h = 0; h < 24; h++) {
    if (!pattern.hour[h]) continue;
    for (let m = 0; m < 60; m++) {
      if (!pattern.minute[m]) continue;
      for (let s = 0; s < 60; s++) {
        if (!pattern.second[s]) continue;
        const start = ((h * 60 + m) * 60 + s) * 1000;
        const last = out.at(-1);
        if (last && start <= last[1]) last[1] = start + durationMs;
        else out.push([start, start + durationMs]);
      }
    }
  }
  return out;
}

// Merged wall-clock intervals of a cron's occurrences that intersect the wall range [from, until).
function cronWallIntervals(parsed: ParsedCron, from: number, until: number): Interval[] {
  const { cron, timesOfDay: tod, dayMatches } = parsed;
  const first = tod[0];
  const reach = tod.at(-1)?.[1];
  if (!first || reach === undefined) return [];
  const out: Interval[] = [];
  // Earlier days matter while their occurrences are still running at `from`.
  const firstDay = Math.floor((from - reach) / DAY) * DAY;
  for (let day = firstDay; day < until; day += DAY) {
    // Every field is ANDed, so the day matches iff its first time of day does.
    if (!memoised(dayMatches, day, () => cron.match(new Date(day + first[0])))) continue;
    for (const [s, e] of tod) {
      const last = out.at(-1);
      if (last && day + s <= last[1]) last[1] = Math.max(last[1], day + e);
      else out.push([day + s, day + e]);
    }
  }
  return out.map(([s, e]): Interval => [Math.max(s, from), Math.min(e, until)]).filter(([s, e]) => s < e);
}

/** Active intervals of a schedule within a zone span (invalid dates or cron: never active). */
export function windowsInSpan(
  schedule: Pick<Schedule, 'recurrence' | 'from' | 'until'>,
  span: ZoneSpan,
): Interval[] {
  if (span.from >= span.until) return [];
  const lo = schedule.from === undefined ? -Infinity : parseLocalDate(schedule.from);
  const hiDay = schedule.until === undefined ? Infinity : parseLocalDate(schedule.until);
  if (lo === null || hiDay === null) return [];
  const from = Math.max(lo, span.from + span.minOffset);
  const until = Math.min(hiDay + DAY, span.until + span.maxOffset);
  if (from >= until) return [];
  const { recurrence } = schedule;
  switch (recurrence.type) {
    case 'always':
      return wallToInstants(span, [[from, until]]);
    case 'weekly':
    case 'cron': {
      // A weekly slot is its cron equivalent ('M H * * days' for end - start minutes): one evaluation for both.
      const { cron, durationMinutes } = recurrence.type === 'weekly' ? weeklyCron(recurrence) : recurrence;
      if (!(durationMinutes > 0)) return [];
      const parsed = parseCron(cron, durationMinutes * MINUTE);
      return parsed ? wallToInstants(span, cronWallIntervals(parsed, from, until)) : [];
    }
  }
}

/** Occurrence intervals of a schedule in `timeZone`, clipped to [from, until), merged and sorted. */
export function activeWindows(
  schedule: Pick<Schedule, 'recurrence' | 'from' | 'until'>,
  timeZone: string,
  from: number,
  until: number,
): Interval[] {
  if (from >= until) return [];
  return windowsInSpan(schedule, zoneSpan(timeZone, from, until));
}
