import { clockOf, minuteOfDay, slotProblem, weeklySlot } from '../../../shared/recurrence.ts';
import type { RecurrenceWeekly } from '../../../schemas/types.ts';
import type { Schedule, ScheduleInput } from '../api.ts';

/**
 * The schedule editor's form state and the body it sends, as pure functions: `bodyOf(formOf(x), x)` is x's
 * own fields exactly (test/unit/console-forms.schedule.test.ts), so opening a schedule and saving it
 * unchanged changes nothing, and no field the editor does not show is lost. The editor writes a weekly slot
 * (Contract B); a stored cron or "always" is sent back as stored until the person changes the slot. Nothing
 * is coerced: no weekday, a zero-length slot or an end before the start without "overnight" are sent as
 * typed, and the server's refusal is shown beside the field.
 */

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export type IsoDay = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** Monday first, as Vietnamese calendars are laid out. */
export const isoWeek: readonly IsoDay[] = [1, 2, 3, 4, 5, 6, 7];

/** Contract B's weekly slot (schemas/schedule.json RecurrenceWeekly). */
export type WeeklyRecurrence = RecurrenceWeekly;
/** Any recurrence a stored schedule may carry: weekly, cron or always. */
export type StoredRecurrence = ScheduleInput['recurrence'];
/** A schedule as the API answers it. */
export type StoredSchedule = Schedule;
/** What a schedule POST/PUT takes. */
export type ScheduleBody = ScheduleInput;
export type TargetKind = 'gates' | 'screens' | 'groups';

export interface ScheduleForm {
  name: string;
  playlistId: string;
  /** Every kind of target is kept, in stored order; the editor adds and removes. */
  targets: Record<TargetKind, string[]>;
  /** Inclusive local days (YYYY-MM-DD); empty: no limit. */
  from: string;
  until: string;
  /** As typed: an empty field is sent as nothing valid (the server refuses it beside the field), never as 0. */
  priority: string;
  enabled: boolean;
  /** 'stored': the stored cron or always recurrence goes back untouched; 'weekly': the fields below. */
  slot: 'stored' | 'weekly';
  /** ISO weekdays ticked, in stored order (a tick inserts in week order). */
  days: number[];
  start: string;
  end: string;
  overnight: boolean;
}

const kinds: readonly TargetKind[] = ['gates', 'screens', 'groups'];
const MINUTES_PER_DAY = 24 * 60;

/** Minutes after midnight of "HH:MM", or undefined when it is not a time. */
export function minuteOf(time: string): number | undefined {
  const minute = minuteOfDay(time);
  return Number.isNaN(minute) ? undefined : minute;
}

/**
 * A cron that is a plain weekly slot (`m h * * days`, numeric minute and hour) as ISO days and a start, or
 * undefined for anything richer (every 15 minutes, a day of the month…).
 */
export function cronAsWeekly(cron: string): { days: IsoDay[]; start: number } | undefined {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) return undefined;
  const [m = '', h = '', dom, month, dow = ''] = fields;
  if (!/^\d+$/.test(m) || !/^\d+$/.test(h) || dom !== '*' || month !== '*') return undefined;
  const start = Number(h) * 60 + Number(m);
  if (Number(h) > 23 || Number(m) > 59) return undefined;
  const days = new Set<IsoDay>();
  if (dow === '*') isoWeek.forEach((d) => days.add(d));
  else
    for (const part of dow.split(',')) {
      const range = /^(\d)(?:-(\d))?$/.exec(part);
      if (!range) return undefined;
      const a = Number(range[1]);
      const b = Number(range[2] ?? range[1]);
      if (a > 7 || b > 7 || b < a) return undefined;
      for (let d = a; d <= b; d++) days.add((d === 0 ? 7 : d) as IsoDay);
    }
  return { days: isoWeek.filter((d) => days.has(d)), start };
}

/** The weekly fields the editor offers for a stored recurrence (what it will write if the person edits it). */
function weeklyFieldsOf(
  recurrence: StoredRecurrence | undefined,
): Pick<ScheduleForm, 'days' | 'start' | 'end' | 'overnight'> {
  if (recurrence === undefined)
    return { days: [1, 2, 3, 4, 5], start: '06:00', end: '09:00', overnight: false };
  switch (recurrence.type) {
    case 'weekly':
      return {
        days: [...recurrence.days],
        start: recurrence.start,
        end: recurrence.end,
        overnight: recurrence.overnight ?? false,
      };
    case 'cron': {
      const plain = cronAsWeekly(recurrence.cron);
      if (!plain || recurrence.durationMinutes >= MINUTES_PER_DAY)
        return { days: [...isoWeek], start: '00:00', end: '23:59', overnight: false };
      const endMinute = plain.start + recurrence.durationMinutes;
      return {
        days: plain.days,
        start: clockOf(plain.start),
        end: clockOf(endMinute),
        overnight: endMinute > MINUTES_PER_DAY,
      };
    }
    case 'always':
      return { days: [...isoWeek], start: '00:00', end: '23:59', overnight: false };
  }
}

/** The form of a stored schedule, or of a new one (weekdays 06:00–09:00, priority 10). */
export function formOf(stored?: StoredSchedule): ScheduleForm {
  return {
    name: stored?.name ?? '',
    playlistId: stored?.playlistId ?? '',
    targets: {
      gates: [...(stored?.targets.gates ?? [])],
      screens: [...(stored?.targets.screens ?? [])],
      groups: [...(stored?.targets.groups ?? [])],
    },
    from: stored?.from ?? '',
    until: stored?.until ?? '',
    priority: stored ? String(stored.priority ?? 0) : '10',
    enabled: stored?.enabled ?? true,
    slot: stored && stored.recurrence.type !== 'weekly' ? 'stored' : 'weekly',
    ...weeklyFieldsOf(stored?.recurrence),
  };
}

/** The form after the person changed the slot: from then on it is a weekly slot, whatever was stored. */
export function editSlot(
  form: ScheduleForm,
  patch: Partial<Pick<ScheduleForm, 'start' | 'end' | 'overnight'>>,
): ScheduleForm {
  return { ...form, ...patch, slot: 'weekly' };
}

/** Ticks or unticks a weekday (a tick keeps the days in week order). */
export function toggleDay(form: ScheduleForm, day: IsoDay, on: boolean): ScheduleForm {
  const days = on
    ? isoWeek.filter((d) => d === day || form.days.includes(d))
    : form.days.filter((d) => d !== day);
  return editSlot({ ...form, days }, {});
}

/** Adds or removes a target of one kind (gates, screens, group tags), keeping the others as they are. */
export function setTarget(form: ScheduleForm, kind: TargetKind, value: string, on: boolean): ScheduleForm {
  const was = form.targets[kind];
  const next = on ? (was.includes(value) ? was : [...was, value]) : was.filter((v) => v !== value);
  return { ...form, targets: { ...form.targets, [kind]: next } };
}

/** The priority as typed: digits as a number; empty or anything else as NaN, which the server refuses. */
export function priorityOf(typed: string): number {
  const text = typed.trim();
  return /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** The weekly recurrence the fields say, as typed. */
export function weeklyOf(form: ScheduleForm, stored?: StoredRecurrence): WeeklyRecurrence {
  const keepsOvernightUnset = stored?.type === 'weekly' && stored.overnight === undefined && !form.overnight;
  return {
    type: 'weekly',
    days: [...form.days],
    start: form.start,
    end: form.end,
    ...(keepsOvernightUnset ? {} : { overnight: form.overnight }),
  };
}

/** The body a save sends: the stored schedule's own fields with the form's values over them. */
export function bodyOf(form: ScheduleForm, stored?: StoredSchedule): ScheduleBody {
  const {
    id: _i,
    createdAt: _c,
    updatedAt: _u,
    owner: _o,
    ...kept
  } = stored ?? ({} as Partial<StoredSchedule>);
  const targets: ScheduleBody['targets'] = { ...stored?.targets };
  for (const kind of kinds) {
    const list = form.targets[kind];
    if (list.length > 0 || (stored !== undefined && kind in stored.targets)) targets[kind] = [...list];
  }
  const recurrence =
    form.slot === 'stored' && stored !== undefined ? stored.recurrence : weeklyOf(form, stored?.recurrence);
  const body: ScheduleBody = { ...kept, name: form.name, playlistId: form.playlistId, targets, recurrence };
  delete body.from;
  delete body.until;
  delete body.priority;
  delete body.enabled;
  if (form.from !== '') body.from = form.from;
  if (form.until !== '') body.until = form.until;
  const priority = priorityOf(form.priority);
  if (stored?.priority !== undefined || priority !== 0) body.priority = priority;
  if (stored?.enabled !== undefined || !form.enabled) body.enabled = form.enabled;
  return body;
}

/**
 * What the compiler evaluates for a weekly slot, shown read-only for experts: `m h * * days` (cron weekdays,
 * 0 = Sunday) and the minutes each occurrence lasts; undefined while the fields say no valid slot.
 */
export function weeklyCron(
  form: Pick<ScheduleForm, 'days' | 'start' | 'end' | 'overnight'>,
): { cron: string; durationMinutes: number } | undefined {
  const start = minuteOf(form.start);
  if (start === undefined || minuteOf(form.end) === undefined) return undefined;
  // Valid exactly when the server would store it (shared/recurrence.ts is the rule both sides run).
  const slot = {
    type: 'weekly' as const,
    days: form.days,
    start: form.start,
    end: form.end,
    overnight: form.overnight,
  };
  if (slotProblem(slot)) return undefined;
  const cronDays = [...new Set(form.days.map((d) => d % 7))].sort((a, b) => a - b);
  return {
    cron: `${start % 60} ${Math.floor(start / 60)} * * ${cronDayField(cronDays)}`,
    durationMinutes: weeklySlot(slot).durationMinutes,
  };
}

function cronDayField(sorted: readonly number[]): string {
  if (sorted.length === 7) return '*';
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    parts.push(j > i + 1 ? `${sorted[i]}-${sorted[j]}` : sorted.slice(i, j + 1).join(','));
    i = j + 1;
  }
  return parts.join(',');
}
