import { describe, expect, it } from 'vitest';
import type { PlaylistItem, ScheduleInput } from '../../schemas/types.ts';
import type { Message, Playlist, Schedule } from './entities.ts';
import type { CompileInput, CompiledTimeline } from './schedule.compiler.ts';
import { activeWindows, compileTimeline } from './schedule.compiler.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const meta = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
// Monday 23 November 2026, 10:00 in Hồ Chí Minh City.
const NOW = Date.UTC(2026, 10, 23, 3, 0);
const HCM = 'Asia/Ho_Chi_Minh';

const factory = {
  schedule: (id: string, playlistId: string, over: Partial<ScheduleInput> = {}): Schedule => ({
    id,
    name: id,
    playlistId,
    targets: { gates: ['le-thanh'] },
    recurrence: { type: 'always' },
    ...meta,
    ...over,
  }),
  cron: (
    id: string,
    playlistId: string,
    cron: string,
    durationMinutes: number,
    over: Partial<ScheduleInput> = {},
  ) => factory.schedule(id, playlistId, { recurrence: { type: 'cron', cron, durationMinutes }, ...over }),
  playlist: (id: string, items: PlaylistItem[], languages?: string[]): Playlist => ({
    id,
    name: id,
    items,
    ...(languages ? { languages } : {}),
    ...meta,
  }),
  clock: (duration = 10): PlaylistItem => ({ type: 'clock', duration }),
  image: (assetId: string, duration = 10): PlaylistItem => ({ type: 'image', assetId, duration }),
};

function input(
  over: Partial<Omit<CompileInput, 'playlists'>> & { playlists?: Playlist[] } = {},
): CompileInput {
  const { playlists = [], ...rest } = over;
  return {
    now: NOW,
    screen: { id: 'lt-board', gateId: 'le-thanh', groups: ['outdoor'], languages: ['vi', 'km', 'en'] },
    gate: { id: 'le-thanh', timeZone: HCM, defaultPlaylistId: null },
    schedules: [],
    playlists: new Map(playlists.map((p) => [p.id, p])),
    messages: new Map(),
    ...rest,
  };
}

/** The playlists whose entries make up the loop playing at instant t. */
function playingAt(timeline: CompiledTimeline, t: number): string[] | null {
  const segment = timeline.segments.find((s) => s.start <= t && t < s.end);
  if (!segment) throw new Error(`no segment at ${new Date(t).toISOString()}`);
  if (segment.loop === null) return null;
  return [...new Set((timeline.loops[segment.loop] ?? []).map((e) => e.playlistId))].sort();
}

const at = (iso: string): number => Date.parse(iso);

describe('compileTimeline: horizon', () => {
  it('runs from local midnight of today to local midnight seven days later, whatever the hour', () => {
    const timeline = compileTimeline(input());
    expect(timeline.horizon).toEqual({ from: at('2026-11-22T17:00:00Z'), until: at('2026-11-29T17:00:00Z') });
    const later = compileTimeline(input({ now: at('2026-11-23T16:59:59Z'), horizonDays: 3 }));
    expect(later.horizon).toEqual({ from: at('2026-11-22T17:00:00Z'), until: at('2026-11-25T17:00:00Z') });
  });

  it('counts calendar days across a DST change (Europe/Berlin springs forward on 29 March 2026)', () => {
    const gate = { id: 'le-thanh', timeZone: 'Europe/Berlin', defaultPlaylistId: null };
    const { horizon } = compileTimeline(input({ gate, now: at('2026-03-27T12:00:00Z') }));
    expect(horizon.from).toBe(at('2026-03-26T23:00:00Z'));
    expect(horizon.until).toBe(at('2026-04-02T22:00:00Z'));
    expect(horizon.until - horizon.from).toBe(7 * DAY - HOUR);
  });
});

describe('compileTimeline: schedules', () => {
  it('an always schedule gives one segment over the whole horizon', () => {
    const timeline = compileTimeline(
      input({
        schedules: [factory.schedule('s', 'p')],
        playlists: [factory.playlist('p', [factory.clock(5), factory.image('map', 7.5)])],
      }),
    );
    expect(timeline.segments).toEqual([
      { start: timeline.horizon.from, end: timeline.horizon.until, loop: 'l0' },
    ]);
    expect(timeline.loops).toEqual({
      l0: [
        { type: 'clock', duration: 5000, playlistId: 'p' },
        { type: 'image', duration: 7500, playlistId: 'p', assetId: 'map', fit: 'contain' },
      ],
    });
  });

  it('ignores disabled schedules and schedules aimed at other screens', () => {
    const timeline = compileTimeline(
      input({
        schedules: [
          factory.schedule('off', 'p', { enabled: false }),
          factory.schedule('elsewhere', 'p', { targets: { gates: ['tinh-bien'], groups: ['kiosk'] } }),
        ],
        playlists: [factory.playlist('p', [factory.clock()])],
      }),
    );
    expect(timeline.segments).toEqual([
      { start: timeline.horizon.from, end: timeline.horizon.until, loop: null },
    ]);
    expect(timeline.loops).toEqual({});
  });

  it("evaluates '0 6 * * 1-5' for 180 min in Asia/Ho_Chi_Minh: 23:00 UTC the day before, weekdays only", () => {
    const windows = activeWindows(
      factory.cron('s', 'p', '0 6 * * 1-5', 180),
      HCM,
      at('2026-11-22T17:00:00Z'),
      at('2026-11-30T17:00:00Z'),
    );
    const weekdays = ['22', '23', '24', '25', '26', '29'].map((d): [number, number] => [
      at(`2026-11-${d}T23:00:00Z`),
      at(`2026-11-${d}T23:00:00Z`) + 3 * HOUR,
    ]);
    // Saturday 28 and Sunday 29 (local) have no occurrence: nothing starts on 27 or 28 November UTC.
    expect(windows).toEqual(weekdays);
  });

  it('evaluates a weekly slot Friday 22:00 -> Saturday 06:00 (overnight) in Asia/Ho_Chi_Minh, UTC+7 all year', () => {
    const slot = factory.schedule('s', 'p', {
      recurrence: { type: 'weekly', days: [5], start: '22:00', end: '06:00', overnight: true },
    });
    const windows = activeWindows(slot, HCM, at('2026-11-22T17:00:00Z'), at('2026-12-06T17:00:00Z'));
    // Friday 27 November 22:00 local = 15:00 UTC, until Saturday 06:00 local = 23:00 UTC; again a week later.
    expect(windows).toEqual([
      [at('2026-11-27T15:00:00Z'), at('2026-11-27T23:00:00Z')],
      [at('2026-12-04T15:00:00Z'), at('2026-12-04T23:00:00Z')],
    ]);
  });

  it('a weekly slot plays exactly as its cron equivalent (Monday to Friday 06:00-09:00 = 0 6 * * 1-5, 180 min)', () => {
    const range = [at('2026-11-22T17:00:00Z'), at('2026-12-20T17:00:00Z')] as const;
    const weekly = factory.schedule('s', 'p', {
      recurrence: { type: 'weekly', days: [1, 2, 3, 4, 5], start: '06:00', end: '09:00' },
    });
    const windows = activeWindows(weekly, HCM, ...range);
    expect(windows).toEqual(activeWindows(factory.cron('c', 'p', '0 6 * * 1-5', 180), HCM, ...range));
    expect(windows).toHaveLength(20);
    // Sunday is ISO day 7 (cron weekday 0), and an overnight Sunday slot runs into Monday.
    const sunday = factory.schedule('s', 'p', {
      recurrence: { type: 'weekly', days: [7], start: '23:30', end: '00:30', overnight: true },
    });
    expect(activeWindows(sunday, 'UTC', at('2026-11-23T00:00:00Z'), at('2026-11-30T12:00:00Z'))).toEqual([
      // The tail of Sunday 22 November's slot, still running on Monday.
      [at('2026-11-23T00:00:00Z'), at('2026-11-23T00:30:00Z')],
      [at('2026-11-29T23:30:00Z'), at('2026-11-30T00:30:00Z')],
    ]);
    expect(activeWindows(sunday, 'UTC', ...range)).toEqual(
      activeWindows(factory.cron('c', 'p', '30 23 * * 0', 60), 'UTC', ...range),
    );
  });

  it('a weekly slot keeps its wall-clock times across a DST change (Europe/Berlin, 29 March 2026)', () => {
    const slot = factory.schedule('s', 'p', {
      recurrence: { type: 'weekly', days: [6, 7], start: '08:00', end: '10:00' },
    });
    const windows = activeWindows(
      slot,
      'Europe/Berlin',
      at('2026-03-27T23:00:00Z'),
      at('2026-03-29T22:00:00Z'),
    );
    expect(windows).toEqual([
      [at('2026-03-28T07:00:00Z'), at('2026-03-28T09:00:00Z')],
      [at('2026-03-29T06:00:00Z'), at('2026-03-29T08:00:00Z')],
    ]);
  });

  it('evaluates the same cron one hour earlier in UTC at a gate in Asia/Shanghai', () => {
    const windows = activeWindows(
      factory.cron('s', 'p', '0 6 * * 1-5', 180),
      'Asia/Shanghai',
      at('2026-11-22T16:00:00Z'),
      at('2026-11-24T16:00:00Z'),
    );
    expect(windows).toEqual([
      [at('2026-11-22T22:00:00Z'), at('2026-11-23T01:00:00Z')],
      [at('2026-11-23T22:00:00Z'), at('2026-11-24T01:00:00Z')],
    ]);
  });

  it('combines day-of-month and day-of-week with AND, as node-cron does', () => {
    // 1 June 2026 is a Monday; 1 July is not, and the Mondays of June are not the 1st.
    const windows = activeWindows(
      factory.cron('s', 'p', '0 6 1 * 1', 60),
      'UTC',
      at('2026-05-15T00:00:00Z'),
      at('2026-07-15T00:00:00Z'),
    );
    expect(windows).toEqual([[at('2026-06-01T06:00:00Z'), at('2026-06-01T07:00:00Z')]]);
  });

  it('accepts six fields with seconds first, and merges overlapping occurrences', () => {
    const windows = activeWindows(
      factory.cron('s', 'p', '30 */20 8 * * *', 30),
      'UTC',
      at('2026-11-23T00:00:00Z'),
      at('2026-11-24T00:00:00Z'),
    );
    expect(windows).toEqual([[at('2026-11-23T08:00:30Z'), at('2026-11-23T09:10:30Z')]]);
  });

  it('counts an occurrence that started before the horizon and is still running', () => {
    const timeline = compileTimeline(
      input({
        schedules: [factory.cron('late', 'p', '0 22 * * *', 180)],
        playlists: [factory.playlist('p', [factory.clock()])],
      }),
    );
    // 22:00 on the 22nd runs until 01:00 on the 23rd, local time: the first hour of the horizon.
    expect(timeline.segments[0]).toEqual({
      start: at('2026-11-22T17:00:00Z'),
      end: at('2026-11-22T18:00:00Z'),
      loop: 'l0',
    });
    expect(timeline.segments[1]).toEqual({
      start: at('2026-11-22T18:00:00Z'),
      end: at('2026-11-23T15:00:00Z'),
      loop: null,
    });
  });

  it('never activates a schedule whose cron cannot be read', () => {
    const schedule = factory.cron('s', 'p', '61 * * * *', 60);
    expect(activeWindows(schedule, HCM, NOW, NOW + DAY)).toEqual([]);
    expect(
      activeWindows(factory.cron('s', 'p', '2030-01-01T00:00:00 * * * *', 60), HCM, NOW, NOW + DAY),
    ).toEqual([]);
  });

  // Walking such a cron occurrence by occurrence takes 600,000 steps (tens of seconds with croner in a
  // named zone): the test's timeout is the guard.
  it('a cron firing every second for a week yields one interval', { timeout: 2_000 }, () => {
    const windows = activeWindows(
      factory.cron('s', 'p', '* * * * * *', 1),
      'Europe/Berlin',
      NOW,
      NOW + 7 * DAY,
    );
    expect(windows).toEqual([[NOW, NOW + 7 * DAY]]);
    const timeline = compileTimeline(
      input({
        schedules: [factory.cron('s', 'p', '* * * * * *', 1), factory.cron('t', 'q', '*/2 * * * * *', 1)],
        playlists: [factory.playlist('p', [factory.clock()]), factory.playlist('q', [factory.clock()])],
      }),
    );
    expect(timeline.segments).toHaveLength(1);
    expect(playingAt(timeline, NOW)).toEqual(['p', 'q']);
  });

  it('honours from/until as inclusive local dates', () => {
    const timeline = compileTimeline(
      input({
        schedules: [factory.schedule('s', 'p', { from: '2026-11-24', until: '2026-11-25' })],
        playlists: [factory.playlist('p', [factory.clock()])],
      }),
    );
    expect(timeline.segments).toEqual([
      { start: at('2026-11-22T17:00:00Z'), end: at('2026-11-23T17:00:00Z'), loop: null },
      { start: at('2026-11-23T17:00:00Z'), end: at('2026-11-25T17:00:00Z'), loop: 'l0' },
      { start: at('2026-11-25T17:00:00Z'), end: at('2026-11-29T17:00:00Z'), loop: null },
    ]);
  });
});

describe('compileTimeline: who plays', () => {
  it('a higher priority preempts, and the lower one resumes after', () => {
    const timeline = compileTimeline(
      input({
        schedules: [
          factory.schedule('base', 'base'),
          factory.cron('news', 'news', '0 12 * * *', 30, { priority: 10 }),
        ],
        playlists: [
          factory.playlist('base', [factory.clock()]),
          factory.playlist('news', [factory.image('bulletin')]),
        ],
      }),
    );
    expect(playingAt(timeline, at('2026-11-23T04:59:00Z'))).toEqual(['base']);
    expect(playingAt(timeline, at('2026-11-23T05:00:00Z'))).toEqual(['news']);
    expect(playingAt(timeline, at('2026-11-23T05:29:59Z'))).toEqual(['news']);
    expect(playingAt(timeline, at('2026-11-23T05:30:00Z'))).toEqual(['base']);
    expect(timeline.segments).toHaveLength(1 + 2 * 7);
    expect(Object.keys(timeline.loops)).toEqual(['l0', 'l1']);
  });

  it('equal priorities interleave item by item, playlists ordered by id, each item once per loop', () => {
    const timeline = compileTimeline(
      input({
        schedules: [factory.schedule('s1', 'b'), factory.schedule('s2', 'a'), factory.schedule('s3', 'a')],
        playlists: [
          factory.playlist('a', [factory.image('a1'), factory.image('a2'), factory.image('a3')]),
          factory.playlist('b', [factory.image('b1')]),
        ],
      }),
    );
    expect(timeline.segments).toHaveLength(1);
    expect(timeline.loops['l0']?.map((e) => e.assetId)).toEqual(['a1', 'b1', 'a2', 'a3']);
  });

  it('falls back to the default playlist where nothing is scheduled, and to null without one', () => {
    const schedules = [factory.cron('s', 'p', '0 8 * * *', 60)];
    const playlists = [
      factory.playlist('p', [factory.clock()]),
      factory.playlist('idle', [factory.image('logo')]),
    ];
    const withDefault = compileTimeline(
      input({ schedules, playlists, gate: { id: 'le-thanh', timeZone: HCM, defaultPlaylistId: 'idle' } }),
    );
    expect(playingAt(withDefault, at('2026-11-23T01:30:00Z'))).toEqual(['p']);
    expect(playingAt(withDefault, at('2026-11-23T03:00:00Z'))).toEqual(['idle']);
    const without = compileTimeline(input({ schedules, playlists }));
    expect(playingAt(without, at('2026-11-23T03:00:00Z'))).toBeNull();
    const missing = compileTimeline(
      input({ schedules, playlists, gate: { id: 'le-thanh', timeZone: HCM, defaultPlaylistId: 'deleted' } }),
    );
    expect(playingAt(missing, at('2026-11-23T03:00:00Z'))).toBeNull();
  });

  it('falls back to the default playlist when the winners have nothing to show', () => {
    const timeline = compileTimeline(
      input({
        schedules: [
          factory.schedule('base', 'base'),
          factory.schedule('empty', 'untranslated', { priority: 5 }),
        ],
        playlists: [
          factory.playlist('base', [factory.clock()]),
          factory.playlist('untranslated', [{ type: 'message', messageId: 'notice', duration: 8 }], ['lo']),
          factory.playlist('idle', [factory.image('logo')]),
        ],
        messages: new Map([['notice', { variants: { vi: { title: 'Thông báo' } } }]]),
        gate: { id: 'le-thanh', timeZone: HCM, defaultPlaylistId: 'idle' },
      }),
    );
    expect(timeline.segments).toHaveLength(1);
    expect(playingAt(timeline, NOW)).toEqual(['idle']);
  });

  it('splits segments at item validity bounds', () => {
    const timeline = compileTimeline(
      input({
        schedules: [factory.schedule('s', 'p')],
        playlists: [
          factory.playlist('p', [
            factory.clock(10),
            {
              type: 'image',
              assetId: 'tet',
              duration: 10,
              validFrom: '2026-11-24T08:00:00+07:00',
              validUntil: '2026-11-25T01:00:00Z',
            },
          ]),
        ],
      }),
    );
    expect(timeline.segments).toEqual([
      { start: timeline.horizon.from, end: at('2026-11-24T01:00:00Z'), loop: 'l0' },
      { start: at('2026-11-24T01:00:00Z'), end: at('2026-11-25T01:00:00Z'), loop: 'l1' },
      { start: at('2026-11-25T01:00:00Z'), end: timeline.horizon.until, loop: 'l0' },
    ]);
    expect(timeline.loops['l0']).toHaveLength(1);
    expect(timeline.loops['l1']?.map((e) => e.type)).toEqual(['clock', 'image']);
  });

  it('expands a message into one entry per language it has, in the rotation order', () => {
    const messages = new Map<string, Pick<Message, 'variants'>>([
      ['border-hours', { variants: { en: { title: 'Opening hours' }, vi: { title: 'Giờ mở cửa' } } }],
      ['lost', { variants: {} }],
    ]);
    const items: PlaylistItem[] = [
      { type: 'message', messageId: 'border-hours', duration: 6 },
      { type: 'message', messageId: 'lost', duration: 6 },
      { type: 'message', messageId: 'no-such-message', duration: 6 },
    ];
    const screenLangs = compileTimeline(
      input({ schedules: [factory.schedule('s', 'p')], playlists: [factory.playlist('p', items)], messages }),
    );
    expect(screenLangs.loops['l0']).toEqual([
      { type: 'message', duration: 6000, playlistId: 'p', messageId: 'border-hours', lang: 'vi' },
      { type: 'message', duration: 6000, playlistId: 'p', messageId: 'border-hours', lang: 'en' },
    ]);
    const ownLangs = compileTimeline(
      input({
        schedules: [factory.schedule('s', 'p')],
        playlists: [factory.playlist('p', items, ['en', 'km'])],
        messages,
      }),
    );
    expect(ownLangs.loops['l0']?.map((e) => e.lang)).toEqual(['en']);
  });

  it('shares one key between identical loops and gives the same output for the same input', () => {
    const make = () =>
      compileTimeline(
        input({
          schedules: [
            factory.schedule('base', 'p'),
            factory.cron('news', 'q', '0 12 * * *', 30, { priority: 1 }),
          ],
          playlists: [factory.playlist('p', [factory.clock()]), factory.playlist('q', [factory.image('x')])],
        }),
      );
    const timeline = make();
    expect(new Set(timeline.segments.map((s) => s.loop))).toEqual(new Set(['l0', 'l1']));
    expect(make()).toEqual(timeline);
  });
});

describe('compileTimeline: daylight saving time', () => {
  const berlin = { id: 'le-thanh', timeZone: 'Europe/Berlin', defaultPlaylistId: null };
  const playlists = [factory.playlist('p', [factory.clock()])];

  it('a skipped wall time plays from the end of the gap (02:30 on 29 March 2026 does not exist)', () => {
    const timeline = compileTimeline(
      input({
        gate: berlin,
        now: at('2026-03-29T12:00:00Z'),
        horizonDays: 1,
        schedules: [factory.cron('s', 'p', '30 2 * * *', 60)],
        playlists,
      }),
    );
    // The wall clock shows [02:30, 03:30) only from 03:00 CEST = 01:00 UTC to 03:30 CEST.
    expect(timeline.segments).toEqual([
      { start: at('2026-03-28T23:00:00Z'), end: at('2026-03-29T01:00:00Z'), loop: null },
      { start: at('2026-03-29T01:00:00Z'), end: at('2026-03-29T01:30:00Z'), loop: 'l0' },
      { start: at('2026-03-29T01:30:00Z'), end: at('2026-03-29T22:00:00Z'), loop: null },
    ]);
  });

  it('a repeated wall time plays on both passes (02:15 on 25 October 2026 happens twice)', () => {
    const windows = activeWindows(
      factory.cron('s', 'p', '15 2 * * *', 30),
      'Europe/Berlin',
      at('2026-10-24T22:00:00Z'),
      at('2026-10-25T23:00:00Z'),
    );
    expect(windows).toEqual([
      [at('2026-10-25T00:15:00Z'), at('2026-10-25T00:45:00Z')],
      [at('2026-10-25T01:15:00Z'), at('2026-10-25T01:45:00Z')],
    ]);
  });

  it('a daily occurrence lasting 1440 minutes covers 23- and 25-hour days without gap or overlap', () => {
    for (const now of [at('2026-03-29T12:00:00Z'), at('2026-10-25T12:00:00Z'), at('2026-11-01T12:00:00Z')]) {
      for (const timeZone of ['Europe/Berlin', 'America/New_York']) {
        const timeline = compileTimeline(
          input({
            gate: { ...berlin, timeZone },
            now,
            horizonDays: 3,
            schedules: [factory.cron('s', 'p', '0 0 * * *', 1440)],
            playlists,
          }),
        );
        expect(timeline.segments).toEqual([
          { start: timeline.horizon.from, end: timeline.horizon.until, loop: 'l0' },
        ]);
      }
    }
  });
});

describe('compileTimeline: a busy week', () => {
  it('compiles fifty hourly schedules into a timeline covering the horizon', () => {
    const schedules = Array.from({ length: 50 }, (_, i) =>
      factory.cron(`s${i}`, `p${i % 10}`, `${(i * 7) % 60} * * * *`, 20 + (i % 4) * 10, { priority: i % 3 }),
    );
    const playlists = Array.from({ length: 10 }, (_, i) =>
      factory.playlist(`p${i}`, [factory.clock(), factory.image(`a${i}`)]),
    );
    const timeline = compileTimeline(input({ schedules, playlists }));
    expect(timeline.segments[0]?.start).toBe(timeline.horizon.from);
    expect(timeline.segments.at(-1)?.end).toBe(timeline.horizon.until);
    expect(timeline.segments.length).toBeGreaterThan(7 * 24);
  });
});
