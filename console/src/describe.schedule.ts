import { clockOf } from '../../shared/recurrence.ts';
import type { StoredRecurrence } from './forms/schedule.form.ts';
import { cronAsWeekly, isoWeek, minuteOf } from './forms/schedule.form.ts';
import type { Lang } from './i18n.ts';
import { scheduleMessages } from './i18n.schedule.ts';

/**
 * A schedule as a sentence a person reads ("Thứ 2–6, 06:30–08:30, Lệ Thanh, ưu tiên 10"), never ids or JSON.
 * Pure (the language is an argument), so the list, the week view and the approval page say the same.
 */

type Key = keyof typeof scheduleMessages;
const say = (lang: Lang, key: Key, params: Record<string, string | number> = {}): string =>
  scheduleMessages[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );

const englishDays = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** ISO weekdays as people write them: "Thứ 2–6", "Thứ 2, 4, 6", "Thứ 7, Chủ nhật", "Hằng ngày"; "Mon–Fri". */
export function daysText(days: readonly number[], lang: Lang): string {
  const set = isoWeek.filter((d) => days.includes(d));
  if (set.length === 0) return say(lang, 'schNoDays');
  if (set.length === 7) return say(lang, 'schEveryDay');
  // Runs of consecutive days; three or more read as a range.
  const runs: number[][] = [];
  for (const d of set) {
    const last = runs.at(-1);
    if (last && last.at(-1) === d - 1) last.push(d);
    else runs.push([d]);
  }
  if (lang === 'en') {
    const name = (d: number) => englishDays[d] ?? '';
    return runs
      .flatMap((r) => (r.length >= 3 ? [`${name(r[0] ?? 1)}–${name(r.at(-1) ?? 1)}`] : r.map(name)))
      .join(', ');
  }
  // Vietnamese: weekdays are numbered from Monday = "Thứ 2"; Sunday has its own name.
  const sunday = set.includes(7);
  const numbered = runs
    .map((r) => r.filter((d) => d !== 7))
    .filter((r) => r.length > 0)
    .flatMap((r) =>
      r.length >= 3 ? [`${(r[0] ?? 1) + 1}–${(r.at(-1) ?? 1) + 1}`] : r.map((d) => String(d + 1)),
    );
  const parts = numbered.length > 0 ? [`${say(lang, 'schDayPrefix')}${numbered.join(', ')}`] : [];
  if (sunday) parts.push(say(lang, 'schSunday'));
  return parts.join(', ');
}

/** The slot of a recurrence: "Thứ 2–6, 06:30–08:30", "Hằng ngày, 22:00–06:00 (qua đêm)", "Luôn phát". */
export function slotText(recurrence: StoredRecurrence, lang: Lang): string {
  switch (recurrence.type) {
    case 'always':
      return say(lang, 'schAlways');
    case 'weekly': {
      const start = minuteOf(recurrence.start);
      const end = minuteOf(recurrence.end);
      const over = recurrence.overnight === true ? ` ${say(lang, 'schOvernightShort')}` : '';
      const time = start !== undefined && end !== undefined ? `${clockOf(start)}–${clockOf(end)}` : '';
      return `${daysText(recurrence.days, lang)}, ${time}${over}`;
    }
    case 'cron': {
      const plain = cronAsWeekly(recurrence.cron);
      if (plain && recurrence.durationMinutes < 24 * 60) {
        const end = plain.start + recurrence.durationMinutes;
        const over = end > 24 * 60 ? ` ${say(lang, 'schOvernightShort')}` : '';
        return `${daysText(plain.days, lang)}, ${clockOf(plain.start)}–${clockOf(end % (24 * 60))}${over}`;
      }
      return say(lang, 'schCronSentence', { cron: recurrence.cron, minutes: recurrence.durationMinutes });
    }
  }
}

/** What a sentence needs to name targets: gate and screen names in the reader's scope. */
export interface Names {
  gates: readonly { id: string; name: string }[];
  screens: readonly { id: string; name: string }[];
}

/** Where a schedule plays, by name: gates, single screens, group tags. */
export function targetsText(
  targets: { gates?: readonly string[]; screens?: readonly string[]; groups?: readonly string[] },
  names: Names,
  lang: Lang,
): string {
  const gateName = (id: string) => names.gates.find((g) => g.id === id)?.name ?? say(lang, 'schUnknownGate');
  const screenName = (id: string) =>
    names.screens.find((s) => s.id === id)?.name ?? say(lang, 'schUnknownScreen');
  const parts = [
    ...(targets.gates ?? []).map(gateName),
    ...(targets.screens ?? []).map(screenName),
    ...(targets.groups ?? []).map((tag) => say(lang, 'schGroupSentence', { tag })),
  ];
  return parts.length > 0 ? parts.join(', ') : say(lang, 'schNoTargets');
}

/** Day-month-year as Vietnamese writes it (2026-03-01 → 01/03/2026); English keeps the ISO date. */
export function dateText(date: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m && lang === 'vi' ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

/** The whole sentence of a schedule: "Thứ 2–6, 06:30–08:30, Lệ Thanh, ưu tiên 10" (and its dates if limited). */
export function describeSchedule(
  schedule: {
    recurrence: StoredRecurrence;
    targets: { gates?: readonly string[]; screens?: readonly string[]; groups?: readonly string[] };
    priority?: number | undefined;
    from?: string | undefined;
    until?: string | undefined;
  },
  names: Names,
  lang: Lang,
): string {
  const parts = [
    slotText(schedule.recurrence, lang),
    targetsText(schedule.targets, names, lang),
    say(lang, 'schPrioritySentence', { n: schedule.priority ?? 0 }),
  ];
  if (schedule.from) parts.push(say(lang, 'schFromSentence', { date: dateText(schedule.from, lang) }));
  if (schedule.until) parts.push(say(lang, 'schUntilSentence', { date: dateText(schedule.until, lang) }));
  return parts.join(', ');
}
