import { describe, expect, it } from 'vitest';
import { Backoff } from './backoff.ts';

/** The ceilings a backoff uses: with random() = 1 - ε each delay is (just under) its ceiling. */
function ceilings(backoff: Backoff, n: number): number[] {
  return Array.from({ length: n }, () => Math.round(backoff.next()));
}

describe('Backoff', () => {
  it('doubles the ceiling from the base up to the cap', () => {
    const backoff = new Backoff({ baseMs: 1_000, capMs: 60_000, random: () => 0.999_999 });
    expect(ceilings(backoff, 9)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('draws each delay uniformly below its ceiling (full jitter), never above it', () => {
    const draws = [0, 0.25, 0.5, 0.75];
    const backoff = new Backoff({ baseMs: 1_000, capMs: 60_000, random: () => draws.shift() ?? 0 });
    expect([backoff.next(), backoff.next(), backoff.next(), backoff.next()]).toEqual([0, 500, 2_000, 6_000]);
  });

  it('spreads a fleet that failed together over the whole window', () => {
    // 10,000 players dropped at once, on their fourth retry (ceiling 8 s): about 1,250 per second.
    const perSecond = new Array<number>(8).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const backoff = new Backoff();
      for (let n = 0; n < 3; n++) backoff.next();
      const second = Math.floor(backoff.next() / 1_000);
      perSecond[second] = (perSecond[second] ?? 0) + 1;
    }
    for (const count of perSecond) expect(count).toBeGreaterThan(1_000);
    for (const count of perSecond) expect(count).toBeLessThan(1_500);
  });

  it('starts again from the base after a reset, and jumps to the cap when saturated', () => {
    const backoff = new Backoff({ baseMs: 1_000, capMs: 60_000, random: () => 0.999_999 });
    ceilings(backoff, 4);
    backoff.reset();
    expect(ceilings(backoff, 2)).toEqual([1_000, 2_000]);
    backoff.saturate();
    expect(ceilings(backoff, 2)).toEqual([60_000, 60_000]);
  });
});
