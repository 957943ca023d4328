import { describe, expect, it } from 'vitest';
import type { Gate, Message, Playlist, Schedule, Screen } from './entities.ts';
import { manifestFor, screenConfig } from './manifest.builder.ts';

const meta = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const NOW = Date.UTC(2026, 10, 23, 3, 0);
const gate: Gate = {
  id: 'le-thanh',
  name: 'Lệ Thanh',
  province: 'Gia Lai',
  borderCountry: 'KH',
  timeZone: 'Asia/Ho_Chi_Minh',
  location: { lat: 13.9, lon: 107.5 },
  languages: ['vi', 'km', 'jra'],
  ...meta,
};
const board: Screen = {
  id: 'lt-board',
  gateId: 'le-thanh',
  name: 'LED',
  kind: 'led',
  width: 800,
  height: 500,
  ...meta,
};
const message: Message = {
  id: 'welcome',
  name: 'welcome',
  variants: { vi: { title: 'Chào mừng' }, km: { title: 'សូមស្វាគមន៍' }, jra: { title: 'Mơ̆ng' } },
  ...meta,
};
const schedule: Schedule = {
  id: 's',
  name: 's',
  playlistId: 'loop',
  targets: { gates: ['le-thanh'] },
  recurrence: { type: 'always' },
  ...meta,
};
const build = (screen: Screen, playlist: Omit<Playlist, 'id' | 'name' | 'createdAt' | 'updatedAt'>) =>
  manifestFor(
    screen,
    gate,
    {
      schedules: [schedule],
      playlists: new Map([['loop', { id: 'loop', name: 'loop', ...playlist, ...meta }]]),
      messages: new Map([['welcome', message]]),
      assets: new Map(),
    },
    NOW,
    1,
  );

describe('manifest layouts and side-by-side messages', () => {
  it('rotates languages by default, or shows them side by side in one entry when the item asks', () => {
    const rotating = build(board, { items: [{ type: 'message', messageId: 'welcome', duration: 5 }] });
    expect(
      Object.values(rotating.loops)
        .flatMap((l) => l ?? [])
        .map((e) => e.lang),
    ).toEqual(['vi', 'km', 'jra']);
    const together = build(board, {
      items: [{ type: 'message', messageId: 'welcome', duration: 5, languages: 'side-by-side' }],
    });
    const entries = Object.values(together.loops).flatMap((l) => l ?? []);
    expect(entries.map((e) => [e.lang, e.langs, e.duration])).toEqual([['vi', ['vi', 'km', 'jra'], 5000]]);
    // Every language shown is in the manifest, with its font.
    expect(Object.keys(together.messages['welcome']?.variants ?? {}).sort()).toEqual(['jra', 'km', 'vi']);
    expect(together.fonts.map((f) => f.lang)).toEqual(['jra', 'km', 'vi']);
  });

  it("carries the screen's layout, and a playlist's own when it differs; full adds nothing", () => {
    const items = [{ type: 'message' as const, messageId: 'welcome', duration: 5 }];
    const plain = build(board, { items });
    expect([plain.layout, plain.layouts]).toEqual([undefined, undefined]);
    expect(build({ ...board, layout: 'ticker' }, { items }).layout).toBe('ticker');
    const own = build(board, { items, layout: 'ticker' });
    expect([own.layout, own.layouts]).toEqual([undefined, { loop: 'ticker' }]);
    expect(build({ ...board, layout: 'ticker' }, { items }).version).not.toBe(plain.version);
  });

  it('tells a kiosk its idle timeout (60 s unless set)', () => {
    expect(screenConfig({ ...board, kind: 'kiosk' }, gate).kioskIdleSeconds).toBe(60);
    expect(screenConfig({ ...board, kind: 'kiosk', kioskIdleSeconds: 20 }, gate).kioskIdleSeconds).toBe(20);
    expect(screenConfig(board, gate).kioskIdleSeconds).toBeUndefined();
  });
});
