import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Manifest, PlayRecord } from '../../schemas/types.ts';
import { playsOf } from '../../test/support/plays.ts';
import { checkPlay, overlapsAny, type PlayLimits } from './play.check.ts';

const T0 = Date.UTC(2026, 10, 23, 3, 0);
const hour = 3_600_000;
const limits: PlayLimits = { toleranceMs: 5_000, skewMs: 60_000, maxAgeMs: 60 * 24 * hour };

// Two hours of timeline: a bilingual message and a clock, then a picture; the first loop is the fallback.
const manifest: Manifest = {
  version: 'ab'.repeat(16),
  generatedAt: T0,
  timeZone: 'Asia/Ho_Chi_Minh',
  horizon: { from: T0, until: T0 + 2 * hour },
  fallback: 'main',
  segments: [
    { start: T0, end: T0 + hour, loop: 'main' },
    { start: T0 + hour, end: T0 + 2 * hour, loop: 'pictures' },
  ],
  loops: {
    main: [
      { type: 'message', duration: 10_000, playlistId: 'pl', messageId: 'welcome', lang: 'vi' },
      { type: 'message', duration: 10_000, playlistId: 'pl', messageId: 'welcome', lang: 'km' },
      { type: 'clock', duration: 5_000, playlistId: 'pl' },
    ],
    pictures: [{ type: 'image', duration: 7_000, playlistId: 'pics', assetId: 'poster' }],
  },
  messages: {},
  assets: {},
  fonts: [],
};
const now = T0 + 3 * hour; // after the horizon: the fallback plays
const check = (r: PlayRecord) => checkPlay(r, manifest, T0, now, limits);

describe('checkPlay', () => {
  it('accepts every record a player makes, across segments and into the fallback, none overlapping', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: T0, max: now - 60_000 }),
        fc.integer({ min: 1_000, max: 10 * 60_000 }),
        fc.integer({ min: 0, max: 1_500 }),
        (from, length, delay) => {
          const records = playsOf(manifest, from, Math.min(now, from + length), delay);
          expect(records.map(check)).toEqual(records.map(() => null));
          for (const [i, r] of records.entries())
            expect(overlapsAny(r, records.slice(0, i), limits.toleranceMs)).toBe(false);
        },
      ),
    );
  });

  it('refuses what no player of this manifest could have recorded, naming why', () => {
    const [vi] = playsOf(manifest, T0 + 50_000, T0 + 60_000) as [PlayRecord];
    expect(vi).toMatchObject({ messageId: 'welcome', lang: 'vi' });
    expect(check(vi)).toBeNull();
    expect(check({ ...vi, messageId: 'elsewhere' })).toBe('unknown_item');
    expect(check({ ...vi, lang: 'en' })).toBe('unknown_item');
    // The Khmer slot starts 10 s after the Vietnamese one: a Khmer record at the Vietnamese time is wrong.
    expect(check({ ...vi, lang: 'km' })).toBe('wrong_time');
    // The picture is on screen in the second hour only.
    expect(
      check({
        ...vi,
        type: 'image',
        playlistId: 'pics',
        messageId: undefined,
        lang: undefined,
        assetId: 'poster',
      }),
    ).toBe('wrong_time');
    expect(check({ ...vi, end: vi.start + 10_000 + limits.toleranceMs + 1 })).toBe('too_long');
    expect(check({ ...vi, start: now + hour, end: now + hour + 10_000 })).toBe('future');
    expect(checkPlay(vi, manifest, vi.start + 2 * 60_000, now, limits)).toBe('before_sent');
    expect(checkPlay(vi, manifest, T0, vi.start + 61 * 24 * hour, limits)).toBe('too_old');
    expect(checkPlay(vi, undefined, T0, now, limits)).toBe('unknown_manifest');
    expect(checkPlay(vi, manifest, undefined, now, limits)).toBe('unknown_manifest');
  });

  it('lets records share a moment only within the tolerance', () => {
    const a = { start: 0, end: 10_000 };
    expect(overlapsAny({ start: 10_000 - limits.toleranceMs, end: 20_000 }, [a], limits.toleranceMs)).toBe(
      false,
    );
    expect(
      overlapsAny({ start: 10_000 - limits.toleranceMs - 1, end: 20_000 }, [a], limits.toleranceMs),
    ).toBe(true);
    expect(overlapsAny({ start: 2_000, end: 3_000 + limits.toleranceMs }, [a], limits.toleranceMs)).toBe(
      true,
    );
  });
});
