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
