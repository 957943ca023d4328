import { describe, expect, it } from 'vitest';
import type { LoopEntry, Manifest } from '../schemas/types.ts';
import { slotAt, slotKey } from './timeline.ts';

const entry = (duration: number, lang: string): LoopEntry => ({
  type: 'message',
  duration,
  playlistId: 'welcome',
  messageId: 'hello',
  lang,
});

// 1000–2000: loop "a" (vi 100 ms, km 200 ms, lo 300 ms: 600 ms in all); 2000–3000: nothing scheduled;
// 3000–4000: loop "gone", which the manifest does not hold.
const manifest: Pick<Manifest, 'segments' | 'loops'> = {
  segments: [
    { start: 1000, end: 2000, loop: 'a' },
    { start: 2000, end: 3000, loop: null },
    { start: 3000, end: 4000, loop: 'gone' },
  ],
  loops: { a: [entry(100, 'vi'), entry(200, 'km'), entry(300, 'lo')] },
};

function playing(t: number) {
  const slot = slotAt(manifest, t);
  return slot.kind === 'entry'
    ? { lang: slot.entry.lang, index: slot.index, cycle: slot.cycle, remaining: slot.remaining }
    : { idle: true, remaining: slot.remaining };
}

describe('slotAt', () => {
  it('plays the first entry at the start of a segment', () => {
    expect(playing(1000)).toEqual({ lang: 'vi', index: 0, cycle: 0, remaining: 100 });
  });

  it('switches entries exactly at their boundaries', () => {
    expect(playing(1099)).toMatchObject({ lang: 'vi', remaining: 1 });
    expect(playing(1100)).toMatchObject({ lang: 'km', remaining: 200 });
    expect(playing(1299)).toMatchObject({ lang: 'km', remaining: 1 });
    expect(playing(1300)).toMatchObject({ lang: 'lo', remaining: 300 });
  });

  it('derives the position from the clock modulo the loop length', () => {
    expect(playing(1600)).toEqual({ lang: 'vi', index: 0, cycle: 1, remaining: 100 });
    expect(playing(1000 + 600 + 150)).toEqual({ lang: 'km', index: 1, cycle: 1, remaining: 150 });
  });

  it('cuts the last entry short where the segment ends', () => {
    // 1900 is 300 ms into the second pass: lo, which would run 300 ms more, but the segment ends at 2000.
    expect(playing(1900)).toMatchObject({ lang: 'lo', cycle: 1, remaining: 100 });
  });

  it('is idle in a segment with a null loop, until the segment ends', () => {
    expect(playing(2000)).toEqual({ idle: true, remaining: 1000 });
    expect(playing(2999)).toEqual({ idle: true, remaining: 1 });
  });

  it('is idle when the loop is missing from the manifest', () => {
    expect(playing(3500)).toEqual({ idle: true, remaining: 500 });
  });

  it('treats segment ends as exclusive and starts as inclusive', () => {
    expect(playing(1999)).toMatchObject({ lang: 'lo', remaining: 1 });
    expect(playing(2000)).toMatchObject({ idle: true });
  });

  it('is idle outside the horizon, until the next segment if there is one', () => {
    expect(playing(400)).toEqual({ idle: true, remaining: 600 });
    expect(playing(4000)).toEqual({ idle: true, remaining: Infinity });
  });

  it('gives the same slot to every screen at the same instant, and a new key for each pass', () => {
    expect(slotKey(slotAt(manifest, 1050))).toBe(slotKey(slotAt(manifest, 1099)));
    expect(slotKey(slotAt(manifest, 1050))).not.toBe(slotKey(slotAt(manifest, 1650)));
    expect(slotKey(slotAt(manifest, 2100))).toBe(slotKey(slotAt(manifest, 2900)));
  });
});

describe('slotAt outside the timeline, with a fallback loop', () => {
  // The timeline of `manifest` (1000–4000), plus the gate's default playlist: en 100 ms, vi 100 ms.
  const withFallback: Pick<Manifest, 'segments' | 'loops' | 'fallback'> = {
    ...manifest,
    loops: { ...manifest.loops, d: [entry(100, 'en'), entry(100, 'vi')] },
    fallback: 'd',
  };
  const lang = (t: number) => {
    const slot = slotAt(withFallback, t);
    return slot.kind === 'entry' ? slot.entry.lang : 'idle';
  };

  it('plays the default playlist once the horizon is over, positioned by the clock', () => {
    expect(lang(3999)).toBe('idle'); // still the timeline: its last segment's loop is missing
    expect(lang(4000)).toBe('en');
    expect(lang(4100)).toBe('vi');
    expect(lang(4000 + 7 * 86_400_000 + 50)).toBe('en');
    expect(slotAt(withFallback, 4150)).toMatchObject({ remaining: 50 });
  });

  it('plays it before the timeline too (a clock set in the past), up to the first segment', () => {
    expect(lang(800)).toBe('en');
    expect(lang(900)).toBe('vi');
    expect(slotAt(withFallback, 950)).toMatchObject({ kind: 'entry', remaining: 50 });
    expect(lang(1000)).toBe('vi'); // the timeline's own first entry
    expect(slotKey(slotAt(withFallback, 800))).not.toBe(slotKey(slotAt(withFallback, 600)));
  });

  it('leaves the timeline itself alone', () => {
    for (const t of [1000, 1150, 1900, 2500]) expect(slotAt(withFallback, t)).toEqual(slotAt(manifest, t));
  });
});

describe('slotAt with entries left out (a message whose live value is stale)', () => {
  const withoutKm = (e: LoopEntry) => e.lang === 'km';
  const at = (t: number, skip?: (e: LoopEntry) => boolean) => {
    const slot = slotAt(manifest, t, skip);
    return slot.kind === 'entry'
      ? { lang: slot.entry.lang, index: slot.index, remaining: slot.remaining }
      : 'idle';
  };

  it('plays the loop without them: vi 100 ms then lo 300 ms, a 400 ms loop', () => {
    expect(at(1000, withoutKm)).toEqual({ lang: 'vi', index: 0, remaining: 100 });
    expect(at(1100, withoutKm)).toEqual({ lang: 'lo', index: 2, remaining: 300 });
    expect(at(1399, withoutKm)).toEqual({ lang: 'lo', index: 2, remaining: 1 });
    expect(at(1400, withoutKm)).toEqual({ lang: 'vi', index: 0, remaining: 100 });
    // Without the rule, km plays at 1100.
    expect(at(1100)).toEqual({ lang: 'km', index: 1, remaining: 200 });
  });

  it('shows the idle screen when every entry is left out', () => {
    expect(at(1500, () => true)).toBe('idle');
  });
});
