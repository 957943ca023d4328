import { describe, expect, it } from 'vitest';
import type { Gate, Message, Playlist, Schedule, Screen } from './entities.ts';
import { manifestFor, type ContentSnapshot } from './manifest.builder.ts';

const meta = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
// Monday 23 November 2026, 10:00 in Hồ Chí Minh City.
const NOW = Date.UTC(2026, 10, 23, 3, 0);

const gate = (defaultPlaylistId?: string): Gate => ({
  id: 'le-thanh',
  name: 'Lệ Thanh',
  province: 'Gia Lai',
  borderCountry: 'KH',
  timeZone: 'Asia/Ho_Chi_Minh',
  location: { lat: 13.9, lon: 107.5 },
  languages: ['vi', 'km'],
  ...(defaultPlaylistId ? { defaultPlaylistId } : {}),
  ...meta,
});
const screen: Screen = {
  id: 'lt-board',
  gateId: 'le-thanh',
  name: 'LED',
  kind: 'led',
  width: 800,
  height: 500,
  ...meta,
};
const message = (id: string): Message => ({
  id,
  name: id,
  variants: { vi: { title: `${id} vi` }, km: { title: `${id} km` } },
  ...meta,
});
const playlist = (id: string, messageId: string): Playlist => ({
  id,
  name: id,
  items: [{ type: 'message', messageId, duration: 5 }],
  ...meta,
});
const always = (playlistId: string): Schedule => ({
  id: `s-${playlistId}`,
  name: playlistId,
  playlistId,
  targets: { gates: ['le-thanh'] },
  recurrence: { type: 'always' },
  ...meta,
});

function content(playlists: Playlist[], schedules: Schedule[]): ContentSnapshot {
  return {
    schedules,
    playlists: new Map(playlists.map((p) => [p.id, p])),
    messages: new Map(['welcome', 'rules'].map((id) => [id, message(id)])),
    assets: new Map(),
  };
}

describe('manifest fallback (what a player plays past the horizon)', () => {
  it("names a loop of the gate's default playlist even when a schedule covers the whole horizon", () => {
    const manifest = manifestFor(
      screen,
      gate('default'),
      content([playlist('default', 'welcome'), playlist('campaign', 'rules')], [always('campaign')]),
      NOW,
      7,
    );
    // Every segment plays the campaign; the fallback is the default playlist, listed with its message.
    expect(manifest.segments.every((s) => s.loop !== manifest.fallback)).toBe(true);
    const loop = manifest.loops[manifest.fallback ?? ''];
    expect(loop?.map((e) => [e.playlistId, e.messageId, e.lang])).toEqual([
      ['default', 'welcome', 'vi'],
      ['default', 'welcome', 'km'],
    ]);
    expect(Object.keys(manifest.messages).sort()).toEqual(['rules', 'welcome']);
  });

  it('reuses the loop the timeline already has when the default playlist plays in it', () => {
    const manifest = manifestFor(
      screen,
      gate('default'),
      content([playlist('default', 'welcome')], []),
      NOW,
      7,
    );
    expect(manifest.segments.map((s) => s.loop)).toEqual([manifest.fallback]);
    expect(Object.keys(manifest.loops)).toHaveLength(1);
  });

  it('has none when the gate has no default playlist', () => {
    const manifest = manifestFor(
      screen,
      gate(),
      content([playlist('campaign', 'rules')], [always('campaign')]),
      NOW,
      7,
    );
    expect(manifest.fallback).toBeUndefined();
  });
});
