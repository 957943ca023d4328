// The calendar's dates, times and effects in the console's words (the UI language).
import { zonedFormat } from '../../shared/date.format.ts';
import type { CalendarDay } from '../../shared/gate.calendar.ts';
import { regionName } from './format.ts';
import { textIn, type ExceptionEffect, type HolidayEffect } from './gate-calendar.form.ts';
import { lang, t, type MessageKey } from './i18n.ts';

const locale = () => (lang() === 'vi' ? 'vi-VN' : 'en-GB');

/** A local date 'YYYY-MM-DD' with its weekday: "Thứ Hai, 16/02/2026". */
export function dateText(date: string): string {
  const at = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(at)) return date;
  return zonedFormat(locale(), {
    timeZone: 'UTC',
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(at);
}

/** A local date without its weekday: "16/02/2026". */
export function shortDate(date: string): string {
  const at = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(at)) return date;
  return zonedFormat(locale(), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    at,
  );
}

/** The days of a holiday: "16/02/2026" or "16/02/2026 – 20/02/2026". */
export function datesText(dates: readonly string[]): string {
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return '';
  return first === last ? shortDate(first) : `${shortDate(first)} – ${shortDate(last)}`;
}

/** An instant's time and date in the gate's zone: "22:00, Thứ Hai 16/02". */
export function instantText(at: number, timeZone: string): string {
  const time = zonedFormat(locale(), {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  const day = zonedFormat(locale(), { timeZone, weekday: 'long', day: '2-digit', month: '2-digit' }).format(
    at,
  );
  return `${time}, ${day}`;
}

/** Opening periods as "07:00–11:30, 13:30–17:00". */
export const periodsText = (periods: readonly { open: string; close: string }[]): string =>
  periods.map((p) => `${p.open}–${p.close}`).join(', ');

/** A country's name with its code, e.g. "Campuchia (KH)". */
export const countryName = (code: string): string => regionName(code);

export const holidayEffectKey: Record<HolidayEffect, MessageKey> = {
  closed: 'calEffectClosed',
  open: 'calEffectOpen',
  hours: 'calEffectHours',
};
export const exceptionEffectKey: Record<ExceptionEffect, MessageKey> = {
  closed: 'calEffectClosed',
  hours: 'calEffectHours',
};

/**
 * What a date holds in words: "Đóng cả ngày (Tết Nguyên Đán)", "Giờ đặc biệt 08:00–12:00 (…)", "Mở cửa
 * 07:00–22:00 (…)" when it keeps the weekly hours (`usual`), e.g. a holiday the gate stays open on.
 */
export function dayText(day: CalendarDay, usual: boolean): string {
  const why = day.reason ? textIn(day.reason, lang()) : '';
  const what =
    day.periods.length === 0
      ? t('calDayClosed')
      : usual
        ? t('calDayOpen', { hours: periodsText(day.periods) })
        : t('calDaySpecial', { hours: periodsText(day.periods) });
  const source = day.by === 'weekly' ? t('calByWeekly') : why;
  return source ? `${what} (${source})` : what;
}
