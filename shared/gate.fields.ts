// The built-in gate fields of a message text ({{gate.status}}, {{gate.hours}} and their goods-lane twins)
// and the lines of a gate's generated opening-hours message, written by hand in Vietnamese, English, Khmer,
// Lao and Chinese on a 24-hour clock. Pure: the player fills the fields from the approved calendar on its
// own synced clock (so the status flips at closing time offline), the console previews the same text and
// the controller writes the generated message with it. Other languages follow data.fields.ts (wordsOf):
// Jrai, Bahnar and Tai Dam take the Vietnamese words, any other the English ones.
import type { DataDigits, GateCalendar, GateLane, LocalizedText } from '../schemas/types.ts';
import { dayText, withDigits, wordsOf, type Words } from './data.fields.ts';
import { zonedFormat } from './date.format.ts';
import { calendarDay, gateStatusAt } from './gate.calendar.ts';
import { localDays, periodInterval, type LocalDay } from './hours.ts';

export type { DataDigits, GateCalendar, GateLane };

/** The built-in fields a message text may hold besides those of data sources. */
export const gateFieldPaths = ['gate.status', 'gate.status.goods', 'gate.hours', 'gate.hours.goods'] as const;
export type GateFieldPath = (typeof gateFieldPaths)[number];

export interface GateFieldContext {
  /** The gate's approved calendar. */
  calendar: GateCalendar;
  /** The gate's IANA time zone: the calendar's times are on its wall clock. */
  timeZone: string;
  /** The BCP 47 tag of the text's language. */
  lang: string;
  /** Khmer or Lao digits for km and lo when 'native' (gate.json digits). */
  digits?: DataDigits | undefined;
  /** The instant (ms) to read the calendar at: the player's synced clock. */
  now: number;
}

interface Phrases {
  open: string;
  closed: string;
  /** Joins the state to when it changes, and a reason to the state. */
  dash: string;
  reason: (text: string) => string;
  closesAt: (time: string, day: string) => string;
  reopensAt: (time: string, day: string) => string;
  today: string;
  tomorrow: string;
  onDate: (date: string) => string;
  todayHours: (periods: string) => string;
  closedToday: string;
  everyDay: string;
  /** A weekday closed in the weekly table. */
  closedDay: string;
  allDay: string;
  /** ISO weekdays 1 ... 7 (Monday ... Sunday). */
  weekdays: readonly string[];
  range: (first: string, last: string) => string;
  list: string;
  colon: string;
  title: string;
}

const latinTail = (time: string, day: string) => (day ? `${time} ${day}` : time);

const PHRASES: Record<Words, Phrases> = {
  vi: {
    open: 'Đang mở cửa',
    closed: 'Đã đóng cửa',
    dash: ' — ',
    reason: (text) => ` (${text})`,
    closesAt: (time, day) => `đóng lúc ${latinTail(time, day)}`,
    reopensAt: (time, day) => `mở lại ${latinTail(time, day)}`,
    today: 'hôm nay',
    tomorrow: 'ngày mai',
    onDate: (date) => `ngày ${date}`,
    todayHours: (periods) => `Hôm nay: ${periods}`,
    closedToday: 'Hôm nay đóng cửa',
    everyDay: 'Hằng ngày',
    closedDay: 'đóng cửa',
    allDay: '24 giờ',
    weekdays: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
    range: (first, last) => `${first} – ${last}`,
    list: ', ',
    colon: ': ',
    title: 'Giờ mở cửa',
  },
  en: {
    open: 'Open',
    closed: 'Closed',
    dash: ' — ',
    reason: (text) => ` (${text})`,
    closesAt: (time, day) => `closes at ${latinTail(time, day)}`,
    reopensAt: (time, day) => `reopens at ${latinTail(time, day)}`,
    today: 'today',
    tomorrow: 'tomorrow',
    onDate: (date) => `on ${date}`,
    todayHours: (periods) => `Today: ${periods}`,
    closedToday: 'Closed today',
    everyDay: 'Every day',
    closedDay: 'closed',
    allDay: '24 hours',
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    range: (first, last) => `${first} – ${last}`,
    list: ', ',
    colon: ': ',
    title: 'Opening hours',
  },
  km: {
    open: 'កំពុងបើក',
    closed: 'បានបិទ',
    dash: ' — ',
    reason: (text) => ` (${text})`,
    closesAt: (time, day) => `បិទនៅម៉ោង ${latinTail(time, day)}`,
    reopensAt: (time, day) => `បើកវិញនៅម៉ោង ${latinTail(time, day)}`,
    today: 'ថ្ងៃនេះ',
    tomorrow: 'ថ្ងៃស្អែក',
    onDate: (date) => `ថ្ងៃទី ${date}`,
    todayHours: (periods) => `ថ្ងៃនេះ: ${periods}`,
    closedToday: 'ថ្ងៃនេះបិទ',
    everyDay: 'រៀងរាល់ថ្ងៃ',
    closedDay: 'បិទ',
    allDay: '24 ម៉ោង',
    weekdays: ['ថ្ងៃច័ន្ទ', 'ថ្ងៃអង្គារ', 'ថ្ងៃពុធ', 'ថ្ងៃព្រហស្បតិ៍', 'ថ្ងៃសុក្រ', 'ថ្ងៃសៅរ៍', 'ថ្ងៃអាទិត្យ'],
    range: (first, last) => `${first} – ${last}`,
    list: ', ',
    colon: ': ',
    title: 'ម៉ោងបើកទ្វារ',
  },
  lo: {
    open: 'ເປີດຢູ່',
    closed: 'ປິດແລ້ວ',
    dash: ' — ',
    reason: (text) => ` (${text})`,
    closesAt: (time, day) => `ປິດເວລາ ${latinTail(time, day)}`,
    reopensAt: (time, day) => `ເປີດຄືນເວລາ ${latinTail(time, day)}`,
    today: 'ມື້ນີ້',
    tomorrow: 'ມື້ອື່ນ',
    onDate: (date) => `ວັນທີ ${date}`,
    todayHours: (periods) => `ມື້ນີ້: ${periods}`,
    closedToday: 'ມື້ນີ້ປິດ',
    everyDay: 'ທຸກມື້',
    closedDay: 'ປິດ',
    allDay: '24 ຊົ່ວໂມງ',
    weekdays: ['ວັນຈັນ', 'ວັນອັງຄານ', 'ວັນພຸດ', 'ວັນພະຫັດ', 'ວັນສຸກ', 'ວັນເສົາ', 'ວັນອາທິດ'],
    range: (first, last) => `${first} – ${last}`,
    list: ', ',
    colon: ': ',
    title: 'ເວລາເປີດ-ປິດ',
  },
  'zh-Hans': {
    open: '开放中',
    closed: '已关闭',
    dash: '，',
    reason: (text) => `（${text}）`,
    closesAt: (time, day) => `${day}${time}关闭`,
    reopensAt: (time, day) => `${day}${time}重新开放`,
    today: '今天',
    tomorrow: '明天',
    onDate: (date) => date,
    todayHours: (periods) => `今天：${periods}`,
    closedToday: '今天关闭',
    everyDay: '每天',
    closedDay: '关闭',
    allDay: '24小时',
    weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    range: (first, last) => `${first}至${last}`,
    list: '、',
    colon: '：',
    title: '开放时间',
  },
};

/** "7:00", "22:00": the hour without a leading zero, as boards write it. */
function clock(time: string, closing = false): string {
  const [h = '0', m = '00'] = time.split(':');
  const hour = Number(h);
  return `${closing && hour === 0 && m === '00' ? 24 : hour}:${m}`;
}

/** One period as "7:00–22:00" (a close at midnight as 24:00), or "24 hours" when it opens as it closes. */
function periodText(period: { open: string; close: string }, phrases: Phrases): string {
  if (period.open === period.close) return phrases.allDay;
  return `${clock(period.open)}–${clock(period.close, true)}`;
}

function periodsText(periods: readonly { open: string; close: string }[], phrases: Phrases): string {
  return [...periods]
    .sort((a, b) => a.open.localeCompare(b.open))
    .map((p) => periodText(p, phrases))
    .join(phrases.list);
}

/** The reason in the text's language: its own tag, the same language under another tag, or the words' one. */
function reasonIn(reason: LocalizedText | undefined, lang: string, words: Words): string | undefined {
  if (!reason) return undefined;
  if (reason[lang]) return reason[lang];
  const base = lang.split('-')[0]?.toLowerCase();
  const same = Object.keys(reason).find((tag) => tag.split('-')[0]?.toLowerCase() === base);
  return same ? reason[same] : reason[words];
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (d: LocalDay) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
const dayNumber = (d: LocalDay) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

function localDay(timeZone: string, instant: number): LocalDay {
  const [day] = localDays(timeZone, instant, instant);
  if (!day) throw new RangeError(`no local date at ${instant} in ${timeZone}`);
  return day;
}

/** The instant the local date after `day` begins. */
function nextMidnight(day: LocalDay, timeZone: string): number {
  const next = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
  const tomorrow: LocalDay = {
    year: next.getUTCFullYear(),
    month: next.getUTCMonth() + 1,
    day: next.getUTCDate(),
    weekday: next.getUTCDay() || 7,
  };
  return periodInterval(tomorrow, { open: '00:00', close: '00:00' }, timeZone)[0];
}

/** "" for today, "ngày mai", "ngày 12/02": the local date of `at` seen from `today`. */
function dayWord(at: number, today: LocalDay, timeZone: string, words: Words, phrases: Phrases): string {
  const then = localDay(timeZone, at);
  const ahead = dayNumber(then) - dayNumber(today);
  if (ahead <= 0) return phrases.today;
  if (ahead === 1) return phrases.tomorrow;
  return phrases.onDate(dayText({ month: then.month, day: then.day, hour: 0, minute: 0 }, words));
}

function statusText(ctx: GateFieldContext, lane: GateLane, words: Words, today: LocalDay) {
  const phrases = PHRASES[words];
  const status = gateStatusAt(ctx.calendar, ctx.timeZone, ctx.now, lane);
  const reason = reasonIn(status.reason, ctx.lang, words);
  let text = (status.open ? phrases.open : phrases.closed) + (reason ? phrases.reason(reason) : '');
  if (status.until !== undefined) {
    const time = clock(localTime(status.until, ctx.timeZone));
    const day = dayWord(status.until, today, ctx.timeZone, words, phrases);
    text += phrases.dash;
    // Closing today needs no day; reopening today says so ("mở lại 7:00 hôm nay").
    text += status.open
      ? phrases.closesAt(time, day === phrases.today ? '' : day)
      : phrases.reopensAt(time, day);
  }
  return { text, flip: status.until };
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time "HH:MM" of an instant in the gate's zone. */
function localTime(instant: number, timeZone: string): string {
  let format = timeFormats.get(timeZone);
  if (!format) {
    format = zonedFormat('en-US-u-nu-latn', {
      timeZone,
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    timeFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return `${pad(get('hour') % 24)}:${pad(get('minute'))}`;
}

function hoursText(ctx: GateFieldContext, lane: GateLane, words: Words, today: LocalDay): string {
  const phrases = PHRASES[words];
  const day = calendarDay(ctx.calendar, dateOf(today), lane);
  const reason = day.by === 'weekly' ? undefined : reasonIn(day.reason, ctx.lang, words);
  const why = reason ? phrases.reason(reason) : '';
  if (day.periods.length === 0) return phrases.closedToday + why;
  return phrases.todayHours(periodsText(day.periods, phrases)) + why;
}

/**
 * A built-in gate field's text at `now` and when it next changes (a flip, or the local midnight that turns
 * "ngày mai" into "hôm nay"); undefined for any other path.
 */
export function gateFieldValue(
  path: string,
  ctx: GateFieldContext,
): { text: string; until?: number } | undefined {
  if (!(gateFieldPaths as readonly string[]).includes(path)) return undefined;
  const lane: GateLane = path.endsWith('.goods') ? 'goods' : 'passengers';
  const words = wordsOf(ctx.lang);
  const today = localDay(ctx.timeZone, ctx.now);
  const midnight = nextMidnight(today, ctx.timeZone);
  if (path.startsWith('gate.status')) {
    const { text, flip } = statusText(ctx, lane, words, today);
    return {
      text: withDigits(text, words, ctx.digits),
      until: flip === undefined ? midnight : Math.min(flip, midnight),
    };
  }
  return { text: withDigits(hoursText(ctx, lane, words, today), words, ctx.digits), until: midnight };
}

/** The weekdays of a set as "Thứ Hai – Thứ Sáu, Chủ Nhật": runs of three days or more as a range. */
function daysText(days: readonly number[], phrases: Phrases): string {
  if (days.length === 7) return phrases.everyDay;
  const runs: number[][] = [];
  for (const d of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === d - 1) run.push(d);
    else runs.push([d]);
  }
  const name = (d: number) => phrases.weekdays[d - 1] ?? String(d);
  return runs
    .flatMap((run) =>
      run.length >= 3 ? [phrases.range(name(run[0] ?? 1), name(run.at(-1) ?? 7))] : run.map(name),
    )
    .join(phrases.list);
}

/** The gate's weekly opening hours as one line per distinct period set: "Thứ Hai – Thứ Sáu: 7:00–22:00". */
export function weeklyHoursText(
  calendar: GateCalendar,
  lang: string,
  digits?: DataDigits,
  lane: GateLane = 'passengers',
): string {
  const words = wordsOf(lang);
  const phrases = PHRASES[words];
  const weekly =
    lane === 'goods' ? (calendar.weekly.goods ?? calendar.weekly.passengers) : calendar.weekly.passengers;
  const sets = new Map<string, number[]>();
  for (let d = 1; d <= 7; d++) {
    const periods = weekly
      .filter((p) => p.days.includes(d))
      .map(({ open, close }) => ({ open, close }))
      .filter((p, i, all) => all.findIndex((q) => q.open === p.open && q.close === p.close) === i);
    const text = periods.length === 0 ? phrases.closedDay : periodsText(periods, phrases);
    sets.set(text, [...(sets.get(text) ?? []), d]);
  }
  const lines = [...sets].map(([periods, days]) => `${daysText(days, phrases)}${phrases.colon}${periods}`);
  return withDigits(lines.join('\n'), words, digits);
}

/** "Giờ mở cửa" / "Opening hours" / Khmer / Lao / zh-Hans title. */
export function gateHoursTitle(lang: string): string {
  return PHRASES[wordsOf(lang)].title;
}
