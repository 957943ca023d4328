import { describe, expect, it } from 'vitest';
import {
  bestOffset,
  driftBudgetMs,
  nextSyncDelay,
  offsetFrom,
  resyncSoonMs,
  ServerClock,
  stepThresholdMs,
  syncEveryMs,
} from './clock.ts';

describe('offsetFrom', () => {
  it('adds half the round trip to the server time', () => {
    // Sent at local 1000, server read 5050, reply back at local 1100: server now ≈ 5100.
    expect(offsetFrom({ clientTime: 1000, serverTime: 5050 }, 1100)).toBe(4000);
  });

  it('is negative when the local clock runs ahead', () => {
    expect(offsetFrom({ clientTime: 10_000, serverTime: 2000 }, 10_000)).toBe(-8000);
  });
});

describe('ServerClock.clockTrusted', () => {
  const hour = 3_600_000;

  it('distrusts a clock running before the newest manifest was made, until a measurement', () => {
    const clock = new ServerClock();
    clock.notBefore(Date.now() + hour); // as if the local clock were an hour behind the controller
    expect(clock.clockTrusted()).toBe(false);
    clock.setOffset(hour + 5_000);
    expect(clock.clockTrusted()).toBe(true);
  });

  it('trusts an unmeasured clock that is past every manifest it has seen', () => {
    const clock = new ServerClock();
    expect(clock.clockTrusted()).toBe(true);
    clock.notBefore(Date.now() - hour);
    expect(clock.clockTrusted()).toBe(true);
  });

  it('uses a restored offset until it measures one, and a restored offset proves nothing', () => {
    const clock = new ServerClock();
    clock.notBefore(Date.now() + hour);
    clock.restore(2 * hour);
    expect(clock.offset).toBe(2 * hour);
    expect(clock.clockTrusted()).toBe(true); // now() is past the manifest thanks to the kept offset
    clock.restore(0);
    expect(clock.clockTrusted()).toBe(false);
    clock.setOffset(10);
    clock.restore(99);
    expect(clock.offset).toBe(10);
  });
});

describe('bestOffset', () => {
  it('takes the sample with the shortest round trip', () => {
    // The true offset is 4000. The first reply was read 180 ms late by a busy page (its guess is 90 ms off);
    // the second came back in 4 ms.
    const late = { reply: { clientTime: 1000, serverTime: 5002 }, receivedAt: 1184 };
    const quick = { reply: { clientTime: 2000, serverTime: 6002 }, receivedAt: 2004 };
    expect(offsetFrom(late.reply, late.receivedAt)).toBe(3910);
    expect(bestOffset([late, quick])).toBe(4000);
    expect(bestOffset([quick, late])).toBe(4000);
  });

  it('has nothing to say without samples', () => {
    expect(bestOffset([])).toBeNull();
  });
});

/** A wall clock and a monotonic clock that tests move by hand. */
function fakeClocks(wallStart = Date.parse('2026-11-22T03:00:00Z')) {
  const t = { wall: wallStart, mono: 1_000 };
  return {
    t,
    sources: { wall: () => t.wall, monotonic: () => t.mono },
    /** Real time passes: both clocks move together. */
    pass(ms: number) {
      t.wall += ms;
      t.mono += ms;
    },
  };
}

describe('ServerClock across a wall-clock step', () => {
  it('absorbs a +7 s step at the next reading: the corrected time goes on as if nothing happened', async () => {
    const clocks = fakeClocks();
    const clock = new ServerClock(clocks.sources);
    clock.setOffset(1_234);
    const before = clock.now();
    clocks.pass(500);
    clocks.t.wall += 7_000; // the wall clock jumps; the monotonic clock does not
    expect(clock.now()).toBe(before + 500);
    expect(clock.offset).toBe(1_234 - 7_000);
    expect(clock.steps).toBe(1);
    await Promise.resolve();
    // The listeners hear of it (playback redraws, the connection resyncs), after the reading that found it.
    const offsets: number[] = [];
    const steps: number[] = [];
    clock.onChange((o) => offsets.push(o));
    clock.onStep((s) => steps.push(s));
    clocks.t.wall -= 60_000; // and a step back
    expect(clock.now()).toBe(before + 500);
    expect(steps).toEqual([]);
    await Promise.resolve();
    expect(offsets).toEqual([1_234 + 53_000]);
    expect(steps).toEqual([-60_000]);
  });

  it('finds the step on a periodic check when nothing reads the time', async () => {
    const clocks = fakeClocks();
    const clock = new ServerClock(clocks.sources);
    const steps: number[] = [];
    clock.onStep((s) => steps.push(s));
    clocks.pass(1_000);
    clocks.t.wall += 3_000;
    clock.check();
    await Promise.resolve();
    expect(steps).toEqual([3_000]);
  });

  it('takes slow slewing and jitter of the two clocks for what they are, not for steps', () => {
    const clocks = fakeClocks();
    const clock = new ServerClock(clocks.sources);
    // An hour of readings a second apart, the wall clock slewed 0.5 ms per second (1.8 s in all), ±20 ms jitter.
    for (let i = 0; i < 3_600; i++) {
      clocks.pass(1_000);
      clocks.t.wall += 0.5 + (i % 2 === 0 ? 20 : -20);
      clock.now();
    }
    expect(clock.steps).toBe(0);
    expect(clock.offset).toBe(0);
  });

  it('counts a step just over the threshold and ignores one at it', () => {
    const clocks = fakeClocks();
    const clock = new ServerClock(clocks.sources);
    clocks.t.wall += stepThresholdMs;
    clock.check();
    expect(clock.steps).toBe(0);
    clocks.t.wall += stepThresholdMs + 1;
    clock.check();
    expect(clock.steps).toBe(1);
    expect(clock.offset).toBe(-(stepThresholdMs + 1));
  });
});

describe('nextSyncDelay', () => {
  it('checks a first measurement again within seconds', () => {
    expect(nextSyncDelay(4_000, null)).toBe(resyncSoonMs);
  });

  it('waits five minutes while successive syncs agree', () => {
    expect(nextSyncDelay(0, syncEveryMs)).toBe(syncEveryMs);
    expect(nextSyncDelay(3, syncEveryMs)).toBe(syncEveryMs);
    expect(nextSyncDelay(-driftBudgetMs, syncEveryMs)).toBe(syncEveryMs);
  });

  it('measures again sooner when the clock drifted more than the budget, never more often than every 10 s', () => {
    // 60 ms in five minutes: the budget of 20 ms is used up in 100 s.
    expect(nextSyncDelay(60, syncEveryMs)).toBe(100_000);
    expect(nextSyncDelay(-60, syncEveryMs)).toBe(100_000);
    // Seconds apart in a few seconds (a clock stepped while offline, then reconnected): as soon as allowed.
    expect(nextSyncDelay(7_000, 5_000)).toBe(resyncSoonMs);
  });
});
