import { describe, expect, it } from 'vitest';
import type { ScheduleInput } from '../../schemas/types.ts';
import type { Message, Playlist, Schedule } from './entities.ts';
import { firstOnAir, type AiredScreen } from './on-air.ts';
import { compileTimeline } from './schedule.compiler.ts';

const meta = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
// Saturday 5 December 2026, 10:00 at the gate.
const NOW = Date.parse('2026-12-05T03:00:00Z');
const MONDAY_0630 = Date.parse('2026-12-06T23:30:00Z');
const HCM = 'Asia/Ho_Chi_Minh';
const screen = { id: 'board', gateId: 'le-thanh', groups: [] as string[], languages: ['vi'] };

const schedule = (id: string, playlistId: string, over: Partial<ScheduleInput> = {}): Schedule => ({
  id,
  name: id,
  playlistId,
  targets: { gates: ['le-thanh'] },
  recurrence: { type: 'always' },
  ...meta,
  ...over,
});
const mornings = (id: string, playlistId: string, priority = 10) =>
  schedule(id, playlistId, {
    priority,
    recurrence: { type: 'cron', cron: '30 6 * * 1-5', durationMinutes: 120 },
  });
const playlist = (id: string, messageId: string): Playlist => ({
  id,
  name: id,
  items: [{ type: 'message', messageId, duration: 10 }],
  ...meta,
});
const messages = new Map<string, Pick<Message, 'variants'>>([
  ['hours', { variants: { vi: { title: 'Giờ mở cửa' } } }],
  ['flood', { variants: { vi: { title: 'Lũ' } } }],
]);
const playlists = [playlist('p-hours', 'hours'), playlist('p-flood', 'flood')];

/** The board's manifest as the compiler makes it from these schedules. */
function board(schedules: Schedule[]): AiredScreen[] {
  const timeline = compileTimeline({
    now: NOW,
    screen,
    gate: { id: 'le-thanh', timeZone: HCM, defaultPlaylistId: null },
    schedules,
    playlists: new Map(playlists.map((p) => [p.id, p])),
    messages,
  });
  return [{ screen, manifest: { ...timeline, timeZone: HCM } }];
}

describe('when approved content first reaches a screen', () => {
  it('is now when it plays now, and the slot’s start when it plays later', () => {
    const screens = board([schedule('always', 'p-flood'), mornings('mornings', 'p-hours', 0)]);
    expect(firstOnAir({ entity: 'message', id: 'flood' }, screens, NOW)).toBe(NOW);
    // Equal priority: the morning slot interleaves with the flood warning from Monday 06:30.
    expect(firstOnAir({ entity: 'message', id: 'hours' }, screens, NOW)).toBe(MONDAY_0630);
    expect(firstOnAir({ entity: 'playlist', id: 'p-hours' }, screens, NOW)).toBe(MONDAY_0630);
    const slot = mornings('mornings', 'p-hours', 0);
    expect(firstOnAir({ entity: 'schedule', schedule: slot }, screens, NOW)).toBe(MONDAY_0630);
  });

  it('is never while a higher priority holds the screen, or for a schedule that does not reach it', () => {
    const preempted = board([
      schedule('flood', 'p-flood', { priority: 50 }),
      mornings('mornings', 'p-hours'),
    ]);
    expect(firstOnAir({ entity: 'message', id: 'hours' }, preempted, NOW)).toBeNull();
    const elsewhere = mornings('elsewhere', 'p-hours');
    elsewhere.targets = { gates: ['tinh-bien'] };
    const screens = board([mornings('mornings', 'p-hours')]);
    expect(firstOnAir({ entity: 'schedule', schedule: elsewhere }, screens, NOW)).toBeNull();
    // The same playlist played by the other schedule says nothing of a disabled one.
    const off = { ...mornings('off', 'p-hours'), enabled: false };
    expect(firstOnAir({ entity: 'schedule', schedule: off }, screens, NOW)).toBeNull();
  });
});
