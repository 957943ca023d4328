import type { PlayReportRow } from './monitor-api.ts';

/** A day's local midnight in ms (a chart of days draws in the browser's time, as its ticks fall). */
export function localMidnight(day: string): number {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))).getTime();
}

/** Every day from `from` to `until` (YYYY-MM-DD, both included). */
export function daysOf(from: string, until: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${until}T00:00:00Z`);
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= end && days.length < 400; d += 86_400_000)
    days.push(new Date(d).toISOString().slice(0, 10));
  return days;
}

/** Plays per day for each language of the report (a day without plays counts 0), languages sorted. */
export function playsPerDayByLang(
  rows: PlayReportRow[],
  from: string,
  until: string,
): { days: string[]; langs: { lang: string; plays: number[] }[] } {
  const days = daysOf(from, until);
  const index = new Map(days.map((d, i) => [d, i]));
  const byLang = new Map<string, number[]>();
  for (const r of rows) {
    const i = index.get(r.day);
    if (i === undefined) continue;
    const plays = byLang.get(r.lang) ?? days.map(() => 0);
    plays[i] = (plays[i] ?? 0) + r.plays;
    byLang.set(r.lang, plays);
  }
  return {
    days,
    langs: [...byLang].sort(([a], [b]) => a.localeCompare(b)).map(([lang, plays]) => ({ lang, plays })),
  };
}
