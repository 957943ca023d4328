import { Cron } from 'croner';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { PlaylistItem, Recurrence, ScheduleTargets } from '../../schemas/types.ts';
import type { Playlist, Schedule } from './entities.ts';
import type { CompileInput, CompiledTimeline } from './schedule.compiler.ts';
import { compileTimeline } from './schedule.compiler.ts';

const meta = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const DAY = 86_400_000;

// Fixed-offset zones, zones with DST (one with a 30-minute shift, one switching at midnight), odd offsets.
const zones = [
  'Asia/Ho_Chi_Minh',
  'Asia/Shanghai',
  'Asia/Kathmandu',
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Pacific/Chatham',
];
// Instants near DST changes of those zones, plus ordinary ones.
const nows = [
  '2026-03-08T05:00:00Z',
  '2026-03-28T20:00:00Z',
  '2026-04-04T12:00:00Z',
  '2026-09-05T23:00:00Z',
  '2026-09-26T10:00:00Z',
  '2026-10-03T20:00:00Z',
  '2026-10-24T23:30:00Z',
  '2026-10-31T12:00:00Z',
  '2026-11-23T03:00:00Z',
].map((iso) => Date.parse(iso));
const REFERENCE = Date.parse('2026-11-23T03:00:00Z');
const crons = [
  '0 6 * * 1-5',
  '*/15 * * * *',
  '0 */2 * * *',
  '30 1 * * *',
  '30 2 * * 0',
  '0 0 * * *',
  '0 9 1 * *',
  '15 8-17 * * 1-5',
  '0 0 1 * 1',
  '*/20 * * * * *',
  '0 30 23 * * 6',
];
const playlistIds = ['pa', 'pb', 'pc', 'pd'];

const recurrence: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.constant({ type: 'always' as const }),
  fc.record({
    type: fc.constant('cron' as const),
    cron: fc.constantFrom(...crons),
    durationMinutes: fc.constantFrom(1, 15, 60, 180, 1440, 2000),
  }),
  // Weekly slots, overnight ones included (end before start), as the console writes them.
  fc
    .record({
      days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      start: fc.constantFrom('00:00', '06:00', '09:30', '22:00', '23:59'),
      end: fc.constantFrom('00:00', '00:01', '06:00', '11:15', '22:00', '23:59'),
    })
    .filter((r) => r.start !== r.end)
    .map((r) => ({ type: 'weekly' as const, ...r, overnight: r.end < r.start })),
);

const localDate = fc.integer({ min: -3, max: 9 }).map((d) => new Date(Date.UTC(2026, 10, 23 + d)));

const schedule = (i: number): fc.Arbitrary<Schedule> =>
  fc
    .record({
      playlistId: fc.constantFrom(...playlistIds),
      recurrence,
      priority: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      enabled: fc.option(fc.boolean(), { nil: undefined }),
      targets: fc.constantFrom<ScheduleTargets[]>(
        { gates: ['g'] },
        { screens: ['sc'] },
        { groups: ['outdoor'] },
        { gates: ['other'] },
      ),
      window: fc.option(fc.tuple(localDate, fc.integer({ min: 0, max: 4 })), { nil: undefined }),
    })
    .map(({ window, priority, enabled, ...rest }): Schedule => ({
      id: `s${i}`,
      name: `s${i}`,
      ...rest,
      ...(priority === undefined ? {} : { priority }),
      ...(enabled === undefined ? {} : { enabled }),
      ...(window
        ? {
            from: window[0].toISOString().slice(0, 10),
            until: new Date(window[0].getTime() + window[1] * DAY).toISOString().slice(0, 10),
          }
        : {}),
      ...meta,
    }));

// Every playlist keeps one untimed clock, so a playlist always has something to show; timed items
// make segments split inside schedule windows.
const playlist = (id: string): fc.Arbitrary<Playlist> =>
  fc
    .array(
      fc.record({
        duration: fc.integer({ min: 1, max: 30 }),
        validFrom: fc.option(fc.integer({ min: -2 * DAY, max: 8 * DAY }), { nil: undefined }),
        length: fc.integer({ min: 1, max: 3 * DAY }),
      }),
      { maxLength: 3 },
    )
    .map((timed) => ({
      id,
      name: id,
      items: [
        { type: 'clock', duration: 5 },
        ...timed.map(({ duration, validFrom, length }, k): PlaylistItem => ({
          type: 'image',
          assetId: `${id}-${k}`,
          duration,
          ...(validFrom === undefined
            ? {}
            : {
                validFrom: new Date(REFERENCE + validFrom).toISOString(),
                validUntil: new Date(REFERENCE + validFrom + length).toISOString(),
              }),
        })),
      ],
      ...meta,
    }));

const compileInput: fc.Arbitrary<CompileInput> = fc
  .record({
    now: fc.oneof(
      fc.constantFrom(...nows),
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
    ),
    timeZone: fc.constantFrom(...zones),
    horizonDays: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
    defaultPlaylistId: fc.constantFrom(null, undefined, 'pd', 'missing'),
    schedules: fc
      .integer({ min: 0, max: 6 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => schedule(i)))),
    playlists: fc.tuple(...playlistIds.map(playlist)),
  })
  .map(({ now, timeZone, horizonDays, defaultPlaylistId, schedules, playlists }) => ({
    now,
    ...(horizonDays === undefined ? {} : { horizonDays }),
    screen: { id: 'sc', gateId: 'g', groups: ['outdoor'], languages: ['vi', 'en'] },
    gate: { id: 'g', timeZone, defaultPlaylistId },
    schedules,
    playlists: new Map(playlists.map((p) => [p.id, p])),
    messages: new Map(),
  }));

// An oracle independent of the compiler's decomposition: croner walks back from the wall-clock
// time to the latest occurrence, luxon gives the wall clock of each instant.
const oracleCrons = new Map<string, Cron>();

function activeAt(s: Schedule, timeZone: string, t: number): boolean {
  const local = DateTime.fromMillis(t, { zone: timeZone });
  const date = local.toISODate() ?? '';
  if ((s.from !== undefined && date < s.from) || (s.until !== undefined && date > s.until)) return false;
  if (s.recurrence.type === 'always') return true;
  const wall = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
    local.millisecond,
  );
  if (s.recurrence.type === 'weekly') {
    // Independent of the cron translation: the slot of the local weekday, or last night's still running.
    const { days, start, end, overnight } = s.recurrence;
    const minute = local.hour * 60 + local.minute + local.second / 60 + local.millisecond / 60_000;
    const [sh = 0, sm = 0] = start.split(':').map(Number);
    const [eh = 0, em = 0] = end.split(':').map(Number);
    const [startMinute, endMinute] = [sh * 60 + sm, eh * 60 + em];
    if (!overnight) return days.includes(local.weekday) && minute >= startMinute && minute < endMinute;
    // Like a cron occurrence, last night's slot still running counts even if it started before `from`.
    const yesterday = local.minus({ days: 1 }).weekday;
    return (
      (days.includes(local.weekday) && minute >= startMinute) ||
      (days.includes(yesterday) && minute < endMinute)
    );
  }
  const expr = s.recurrence.cron;
  const cron = oracleCrons.get(expr) ?? new Cron(expr, { utcOffset: 0, domAndDow: true, paused: true });
  oracleCrons.set(expr, cron);
  const [latest] = cron.previousRuns(1, new Date(wall + 1));
  return latest !== undefined && wall < latest.getTime() + s.recurrence.durationMinutes * 60_000;
}

function expectedPlaylists(input: CompileInput, t: number): string[] | null {
  const active = input.schedules.filter(
    (s) =>
      s.enabled !== false &&
      (s.targets.gates?.includes('g') ||
        s.targets.screens?.includes('sc') ||
        s.targets.groups?.includes('outdoor')) &&
      activeAt(s, input.gate.timeZone, t),
  );
  const top = Math.max(...active.map((s) => s.priority ?? 0));
  const winners = [
    ...new Set(active.filter((s) => (s.priority ?? 0) === top).map((s) => s.playlistId)),
  ].sort();
  if (winners.length > 0) return winners;
  const fallback = input.gate.defaultPlaylistId;
  return fallback && input.playlists.has(fallback) ? [fallback] : null;
}

function playlistsOf(timeline: CompiledTimeline, loop: string | null): string[] | null {
  if (loop === null) return null;
  return [...new Set((timeline.loops[loop] ?? []).map((e) => e.playlistId))].sort();
}

function expectedAssets(input: CompileInput, playlists: readonly string[] | null, t: number): string[] {
  const items = (playlists ?? []).flatMap((id) => input.playlists.get(id)?.items ?? []);
  const valid = items.filter(
    (item) =>
      (item.validFrom === undefined || Date.parse(item.validFrom) <= t) &&
      (item.validUntil === undefined || t < Date.parse(item.validUntil)),
  );
  return valid.flatMap((item) => (item.type === 'image' ? [item.assetId] : [])).sort();
}

function assetsOf(timeline: CompiledTimeline, loop: string | null): string[] {
  return (loop === null ? [] : (timeline.loops[loop] ?? [])).flatMap((e) => e.assetId ?? []).sort();
}

describe('compileTimeline (properties)', () => {
  it('covers the horizon exactly with contiguous segments whose neighbours differ', () => {
    fc.assert(
      fc.property(compileInput, (input) => {
        const timeline = compileTimeline(input);
        const { from, until } = timeline.horizon;
        const local = DateTime.fromMillis(input.now, { zone: input.gate.timeZone });
        expect(from).toBe(local.startOf('day').toMillis());
        expect(until).toBe(
          local
            .startOf('day')
            .plus({ days: input.horizonDays ?? 7 })
            .startOf('day')
            .toMillis(),
        );
        expect(timeline.segments[0]?.start).toBe(from);
        expect(timeline.segments.at(-1)?.end).toBe(until);
        timeline.segments.forEach((segment, i) => {
          expect(segment.start).toBeLessThan(segment.end);
          const previous = timeline.segments[i - 1];
          if (previous) {
            expect(segment.start).toBe(previous.end);
            expect(segment.loop).not.toBe(previous.loop);
          }
        });
        const used = new Set(timeline.segments.map((s) => s.loop).filter((l) => l !== null));
        expect(new Set(Object.keys(timeline.loops))).toEqual(used);
        for (const entries of Object.values(timeline.loops)) {
          expect(entries.length).toBeGreaterThan(0);
          for (const e of entries) expect(Number.isInteger(e.duration) && e.duration >= 1).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('plays, in every segment, the valid items of the highest-priority active schedules, else the default', () => {
    fc.assert(
      fc.property(compileInput, (input) => {
        const timeline = compileTimeline(input);
        for (const segment of timeline.segments) {
          const playing = playlistsOf(timeline, segment.loop);
          // Segments are cut wherever the winners or the valid items change: the first and last
          // instants agree too.
          for (const t of [Math.floor((segment.start + segment.end) / 2), segment.start, segment.end - 1]) {
            expect(playing).toEqual(expectedPlaylists(input, t));
            expect(assetsOf(timeline, segment.loop)).toEqual(expectedAssets(input, playing, t));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and ignores the order of the schedules', () => {
    fc.assert(
      fc.property(compileInput, (input) => {
        const timeline = compileTimeline(input);
        expect(compileTimeline(input)).toEqual(timeline);
        expect(compileTimeline({ ...input, schedules: [...input.schedules].reverse() })).toEqual(timeline);
      }),
      { numRuns: 200 },
    );
  });
});
