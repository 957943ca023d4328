/**
 * The calendar editor's model, as pure functions over the stored GateCalendar (calendar.json): every edit
 * returns a new calendar that differs from the old only where it was changed, so a calendar saved without
 * a change is sent back exactly as it was stored. Also the holiday proposals grouped for taking in, and the
 * days ahead that are not ordinary weekly days, for the operator to check.
 */
import { calendarDay, type CalendarDay } from '../../shared/gate.calendar.ts';
import type {
  CalendarException,
  CalendarHoliday,
  CalendarPeriods,
  GateCalendar,
  GateLane,
  LocalizedText,
  ProposedDay,
  WeeklyHours,
} from './gate-calendar-api.ts';

export type {
  CalendarException,
  CalendarHoliday,
  CalendarPeriods,
  GateCalendar,
  GateLane,
  LocalizedText,
  ProposedDay,
  WeeklyHours,
};
type HolidayCountry = CalendarHoliday['country'];

export type HolidayEffect = CalendarHoliday['effect'];
export type ExceptionEffect = CalendarException['effect'];

/** What a gate without a calendar starts from: open 7:00–22:00 every day. */
export const firstCalendar: GateCalendar = {
  weekly: { passengers: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '07:00', close: '22:00' }] },
};

/** The periods special hours start from. */
export const specialHours: CalendarPeriods = [{ open: '08:00', close: '17:00' }];

/** The lane's own weekly table; the goods table unset means the goods lane keeps the passengers' hours. */
export function setWeekly(
  calendar: GateCalendar,
  lane: GateLane,
  weekly: WeeklyHours | undefined,
): GateCalendar {
  if (lane === 'passengers')
    return weekly ? { ...calendar, weekly: { ...calendar.weekly, passengers: weekly } } : calendar;
  const { goods: _, ...rest } = calendar.weekly;
  return { ...calendar, weekly: weekly ? { ...rest, goods: weekly } : rest };
}

/** The calendar with these exceptions, the key left out when there are none. */
function withExceptions(calendar: GateCalendar, exceptions: CalendarException[]): GateCalendar {
  const { exceptions: _, ...rest } = calendar;
  return exceptions.length > 0 ? { ...rest, exceptions } : rest;
}

/** The calendar with these holidays, the key left out when there are none. */
function withHolidays(calendar: GateCalendar, holidays: CalendarHoliday[]): GateCalendar {
  const { holidays: _, ...rest } = calendar;
  return holidays.length > 0 ? { ...rest, holidays } : rest;
}

/** A new exception: the gate closed on `date` for every lane. */
export const newException = (date: string): CalendarException => ({
  date,
  effect: 'closed',
  reason: { vi: '' },
});

export function addException(calendar: GateCalendar, exception: CalendarException): GateCalendar {
  return withExceptions(calendar, [...(calendar.exceptions ?? []), exception]);
}

export function updateException(
  calendar: GateCalendar,
  index: number,
  change: (e: CalendarException) => CalendarException,
): GateCalendar {
  return withExceptions(
    calendar,
    (calendar.exceptions ?? []).map((e, i) => (i === index ? change(e) : e)),
  );
}

export function removeException(calendar: GateCalendar, index: number): GateCalendar {
  return withExceptions(
    calendar,
    (calendar.exceptions ?? []).filter((_, i) => i !== index),
  );
}

export function updateHoliday(
  calendar: GateCalendar,
  index: number,
  change: (h: CalendarHoliday) => CalendarHoliday,
): GateCalendar {
  return withHolidays(
    calendar,
    (calendar.holidays ?? []).map((h, i) => (i === index ? change(h) : h)),
  );
}

export function removeHoliday(calendar: GateCalendar, index: number): GateCalendar {
  return withHolidays(
    calendar,
    (calendar.holidays ?? []).filter((_, i) => i !== index),
  );
}

/** The calendar with `change` applied to the holidays at `indices`. */
export function updateHolidays(
  calendar: GateCalendar,
  indices: readonly number[],
  change: (h: CalendarHoliday) => CalendarHoliday,
): GateCalendar {
  return withHolidays(
    calendar,
    (calendar.holidays ?? []).map((h, i) => (indices.includes(i) ? change(h) : h)),
  );
}

/** The calendar without the holidays at `indices`. */
export function removeHolidays(calendar: GateCalendar, indices: readonly number[]): GateCalendar {
  return withHolidays(
    calendar,
    (calendar.holidays ?? []).filter((_, i) => !indices.includes(i)),
  );
}

/**
 * Days of one holiday that do the same to the crossing (the five days of Tết, closed), shown and changed
 * together; `indices` are the days' places in `calendar.holidays`, in date order. A day added by hand (no
 * key) is a group of its own.
 */
export interface HolidayGroup {
  /** Stable while the days are edited: the country and the holiday's key (or the day's place). */
  id: string;
  country: HolidayCountry;
  key: string | undefined;
  effect: HolidayEffect;
  periods: CalendarPeriods | undefined;
  name: LocalizedText;
  indices: number[];
  dates: string[];
}

/** The calendar's holidays as groups, in date order of their first day. */
export function holidayGroups(calendar: GateCalendar): HolidayGroup[] {
  const groups = new Map<string, HolidayGroup>();
  (calendar.holidays ?? []).forEach((h, i) => {
    const id = h.key === undefined ? `${h.country}/#${i}` : `${h.country}/${h.key}`;
    const same = `${id}/${h.effect}/${JSON.stringify(h.periods ?? null)}/${JSON.stringify(h.name)}`;
    const group = groups.get(same);
    if (group) {
      group.indices.push(i);
      group.dates.push(h.date);
    } else
      groups.set(same, {
        id,
        country: h.country,
        key: h.key,
        effect: h.effect,
        periods: h.periods,
        name: h.name,
        indices: [i],
        dates: [h.date],
      });
  });
  return [...groups.values()]
    .map((g) => {
      const order = g.indices
        .map((i, n) => ({ i, date: g.dates[n] ?? '' }))
        .sort((a, b) => a.date.localeCompare(b.date));
      return { ...g, indices: order.map((o) => o.i), dates: order.map((o) => o.date) };
    })
    .sort((a, b) => (a.dates[0] ?? '').localeCompare(b.dates[0] ?? '') || a.id.localeCompare(b.id));
}

/** An entry with its effect changed: special hours get periods (kept if it had some), others none. */
export function withEffect<T extends CalendarException | CalendarHoliday>(entry: T, effect: T['effect']): T {
  const { periods, ...rest } = entry;
  return (
    effect === 'hours' ? { ...rest, effect, periods: periods ?? specialHours } : { ...rest, effect }
  ) as T;
}

/** An exception for one lane, or (`''`) for every lane. */
export function withLane(exception: CalendarException, lane: GateLane | ''): CalendarException {
  const { lane: _, ...rest } = exception;
  return lane === '' ? rest : { ...rest, lane };
}

/** A text with one language set (empty text kept, for the server to refuse beside the field). */
export const setText = (text: LocalizedText, lang: string, value: string): LocalizedText => ({
  ...text,
  [lang]: value,
});

/** A text without one language (the last one stays). */
export function dropText(text: LocalizedText, lang: string): LocalizedText {
  const { [lang]: _, ...rest } = text;
  return Object.keys(rest).length > 0 ? rest : text;
}

/** The text in `lang`, else in Vietnamese, else in any language it has. */
export function textIn(text: Readonly<Record<string, string | undefined>> | undefined, lang = 'vi'): string {
  if (!text) return '';
  return text[lang] ?? text.vi ?? Object.values(text).find((v) => v !== undefined) ?? '';
}

/** One holiday of a country as proposed for a year: its days together. */
export interface HolidayProposal {
  country: HolidayCountry;
  /** The computed holiday's key (absent: none given). */
  key: string | undefined;
  name: LocalizedText;
  dates: string[];
}

/** The proposals of a year grouped by holiday, in date order of their first day. */
export function groupProposals(holidays: readonly ProposedDay[]): HolidayProposal[] {
  const groups = new Map<string, HolidayProposal>();
  for (const h of holidays) {
    const id = `${h.country}/${h.key ?? h.date}`;
    const group = groups.get(id);
    if (group) group.dates.push(h.date);
    else groups.set(id, { country: h.country, key: h.key, name: h.name, dates: [h.date] });
  }
  return [...groups.values()]
    .map((g) => ({ ...g, dates: [...g.dates].sort() }))
    .sort((a, b) => (a.dates[0] ?? '').localeCompare(b.dates[0] ?? '') || a.country.localeCompare(b.country));
}

const sameDay = (h: CalendarHoliday, country: string, key: string | undefined, date: string) =>
  h.date === date && h.country === country && h.key === key;

/** Which of the proposal's days the calendar already holds. */
export const takenDates = (calendar: GateCalendar, p: HolidayProposal): string[] =>
  p.dates.filter((d) => (calendar.holidays ?? []).some((h) => sameDay(h, p.country, p.key, d)));

/** The calendar with every day of the proposal not yet in it, with `effect`, in date order. */
export function takeIn(calendar: GateCalendar, p: HolidayProposal, effect: HolidayEffect): GateCalendar {
  const taken = new Set(takenDates(calendar, p));
  const added: CalendarHoliday[] = p.dates
    .filter((date) => !taken.has(date))
    .map((date) => ({
      date,
      country: p.country,
      ...(p.key === undefined ? {} : { key: p.key }),
      name: { ...p.name },
      effect,
      ...(effect === 'hours' ? { periods: specialHours } : {}),
    }));
  if (added.length === 0) return calendar;
  return withHolidays(calendar, sortHolidays([...(calendar.holidays ?? []), ...added]));
}

/** A holiday the operator adds by hand (no key: not a computed one). */
export function addHoliday(calendar: GateCalendar, holiday: CalendarHoliday): GateCalendar {
  return withHolidays(calendar, sortHolidays([...(calendar.holidays ?? []), holiday]));
}

/** Holidays in date order (a stable sort: entries of one day keep their order). */
const sortHolidays = (holidays: CalendarHoliday[]): CalendarHoliday[] =>
  [...holidays].sort((a, b) => a.date.localeCompare(b.date));

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local date 'YYYY-MM-DD' of an instant in `timeZone`. */
export function localDate(instant: number, timeZone: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(instant);
  } catch {
    parts = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(instant);
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The date `days` after a date 'YYYY-MM-DD'. */
export function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
export const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/** What one lane does on a day, and whether those are its weekly hours. */
export interface LaneDay {
  day: CalendarDay;
  /** The periods are the weekly table's of that weekday (a holiday the gate stays open on, say). */
  usual: boolean;
}

/** A day ahead that an exception or a holiday decides, per lane. */
export interface NotableDay {
  date: string;
  passengers: LaneDay;
  /** The goods lane's day when the calendar gives goods hours of their own and they differ that day. */
  goods?: LaneDay;
}

/** Whether the calendar gives the goods lane anything of its own. */
export const hasGoodsLane = (calendar: GateCalendar): boolean =>
  calendar.weekly.goods !== undefined || (calendar.exceptions ?? []).some((e) => e.lane !== undefined);

const samePeriods = (a: CalendarDay, b: CalendarDay) =>
  JSON.stringify(a.periods) === JSON.stringify(b.periods);

function laneDay(calendar: GateCalendar, date: string, lane: GateLane): LaneDay {
  const day = calendarDay(calendar, date, lane);
  return { day, usual: samePeriods(day, calendarDay({ weekly: calendar.weekly }, date, lane)) };
}

/** A day an exception or a holiday decides (a day the weekly table closes is in that table for all to see). */
const notable = ({ day }: LaneDay) => day.by !== 'weekly';

/** The days from `from` for `count` days that an exception or a holiday decides, for some lane. */
export function notableDays(calendar: GateCalendar, from: string, count: number): NotableDay[] {
  const goods = hasGoodsLane(calendar);
  const out: NotableDay[] = [];
  for (let i = 0; i < count; i++) {
    const date = plusDays(from, i);
    const passengers = laneDay(calendar, date, 'passengers');
    const goodsDay = goods ? laneDay(calendar, date, 'goods') : undefined;
    if (!notable(passengers) && !(goodsDay && notable(goodsDay))) continue;
    const differs =
      goodsDay && (!samePeriods(goodsDay.day, passengers.day) || goodsDay.day.by !== passengers.day.by);
    out.push({ date, passengers, ...(goodsDay && differs ? { goods: goodsDay } : {}) });
  }
  return out;
}
