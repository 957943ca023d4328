/** Weekdays as cron numbers: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A recurring slot as the schedule API wants it: a cron for the start and a duration. Consecutive days
 * collapse into ranges ("1-5"), the form people read. An end at or before the start runs past midnight.
 */
export function slotToCron(
  days: readonly Weekday[],
  start: string,
  end: string,
): { cron: string; durationMinutes: number } {
  const [sh = 0, sm = 0] = start.split(':').map(Number);
  const [eh = 0, em = 0] = end.split(':').map(Number);
  const from = sh * 60 + sm;
  let to = eh * 60 + em;
  if (to <= from) to += 24 * 60;
  return { cron: `${sm} ${sh} * * ${dayField(days)}`, durationMinutes: to - from };
}

function dayField(days: readonly Weekday[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 0 || sorted.length === 7) return '*';
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    parts.push(j > i + 1 ? `${sorted[i]}-${sorted[j]}` : sorted.slice(i, j + 1).join(','));
    i = j + 1;
  }
  return parts.join(',');
}

/** A slot's minutes within a day, [start, end): a cron start with a duration, or the whole day. */
export interface DayInterval {
  start: number;
  end: number;
}

/**
 * The part of a day a schedule occupies: "always" is the whole day; a cron slot runs from its start time
 * for its duration (past midnight it is cut at 24:00, which is what the week view shows). A start that is
 * not a single time (e.g. every 15 minutes) is taken as the whole day, so a possible overlap is never hidden.
 */
export function dayInterval(recurrence: {
  type: string;
  cron?: string;
  durationMinutes?: number;
}): DayInterval {
  if (recurrence.type !== 'cron' || !recurrence.cron) return { start: 0, end: 24 * 60 };
  const [m = '', h = ''] = recurrence.cron.trim().split(/\s+/);
  if (!/^\d+$/.test(m) || !/^\d+$/.test(h)) return { start: 0, end: 24 * 60 };
  const start = Number(h) * 60 + Number(m);
  return { start, end: Math.min(24 * 60, start + (recurrence.durationMinutes ?? 0)) };
}

/** Whether two slots share at least one minute. */
export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** "06:00–09:00" for a slot. */
export function intervalText(i: DayInterval): string {
  const hhmm = (min: number) =>
    `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
  return `${hhmm(i.start)}–${hhmm(i.end)}`;
}
