import { describe, expect, it } from 'vitest';
import type { LoopEntry } from '../../schemas/types.ts';
import { longestItemMs, watchdogVerdict, type WatchdogSample } from './watchdog.ts';

const limits = { factor: 3, minStallMs: 120_000 };
// A healthy sample at t = 1,000,000 ms whose manifest's longest item is 60 s (limit: 180 s).
const healthy: WatchdogSample = {
  now: 1_000_000,
  inStepAt: 999_000,
  frameAt: 999_500,
  visible: true,
  longestItemMs: 60_000,
};

describe('watchdogVerdict', () => {
  it('leaves a player alone that is in step and drawing', () => {
    expect(watchdogVerdict(healthy, limits)).toEqual({ reload: false });
  });

  it('reloads once playback has been out of step for longer than N times the longest item', () => {
    expect(watchdogVerdict({ ...healthy, inStepAt: healthy.now - 180_000 }, limits).reload).toBe(false);
    expect(watchdogVerdict({ ...healthy, inStepAt: healthy.now - 180_001 }, limits)).toEqual({
      reload: true,
      reason: 'playback stuck for 180 s',
    });
  });

  it('waits at least the minimum when items are short (or there is no manifest)', () => {
    const short = { ...healthy, longestItemMs: 5_000, inStepAt: healthy.now - 100_000 };
    expect(watchdogVerdict(short, limits).reload).toBe(false);
    expect(watchdogVerdict({ ...short, inStepAt: healthy.now - 121_000 }, limits).reload).toBe(true);
    expect(watchdogVerdict({ ...short, longestItemMs: 0 }, limits).reload).toBe(false);
  });

  it('reloads a visible page that drew no frame for as long, but not a hidden one', () => {
    const frameless = { ...healthy, frameAt: healthy.now - 200_000 };
    expect(watchdogVerdict(frameless, limits)).toEqual({ reload: true, reason: 'no frame drawn for 200 s' });
    expect(watchdogVerdict({ ...frameless, visible: false }, limits).reload).toBe(false);
  });
});

describe('longestItemMs', () => {
  const entry = (duration: number): LoopEntry => ({ type: 'clock', duration, playlistId: 'p' });
  it('is the longest entry of every loop, and 0 without a manifest', () => {
    expect(longestItemMs({ loops: { a: [entry(5_000), entry(12_000)], b: [entry(8_000)] } })).toBe(12_000);
    expect(longestItemMs(null)).toBe(0);
  });
});
