import { describe, expect, it } from 'vitest';
import { connectivityOf, nextTransitionAt, statusOf } from './status.model.ts';

const t0 = Date.parse('2026-11-22T03:00:00Z');
const base = { intervalMs: 30_000, offlineAfterMs: 180_000, lastHeartbeatAt: t0 };

describe('status model', () => {
  it('goes online → stale after one missed interval → offline past the threshold', () => {
    expect(connectivityOf({ ...base, now: t0 + 30_000 })).toBe('online');
    expect(connectivityOf({ ...base, now: t0 + 37_500 })).toBe('online');
    expect(connectivityOf({ ...base, now: t0 + 38_000 })).toBe('stale');
    expect(connectivityOf({ ...base, now: t0 + 180_000 })).toBe('stale');
    expect(connectivityOf({ ...base, now: t0 + 180_001 })).toBe('offline');
    expect(connectivityOf({ ...base, lastHeartbeatAt: null, now: t0 })).toBe('never');
  });

  it('flags a screen that has not applied the current manifest, and an untrusted clock', () => {
    const s = statusOf({ ...base, now: t0, appliedVersion: 'a', currentVersion: 'b', clockTrusted: false });
    expect(s).toEqual({ connectivity: 'online', outdated: true, clockUntrusted: true });
    const fine = statusOf({ ...base, now: t0, appliedVersion: 'b', currentVersion: 'b', clockTrusted: true });
    expect(fine).toEqual({ connectivity: 'online', outdated: false, clockUntrusted: false });
  });

  it('names the next instant at which the status changes by itself', () => {
    expect(nextTransitionAt({ ...base, now: t0 })).toBe(t0 + 37_501);
    expect(nextTransitionAt({ ...base, now: t0 + 40_000 })).toBe(t0 + 180_001);
    expect(nextTransitionAt({ ...base, now: t0 + 200_000 })).toBeNull();
  });

  describe('operating hours', () => {
    const hour = 3_600_000;
    // Closed from t0 + 1 h to t0 + 9 h (a night), open before and after.
    const closedAt = t0 + hour;
    const opensAt = t0 + 9 * hour;
    const on = [
      [t0 - 7 * 24 * hour, closedAt],
      [opensAt, t0 + 24 * hour],
    ] as const;

    it('a board dark by schedule is scheduled off, not offline, however long it is silent', () => {
      expect(connectivityOf({ ...base, now: t0 + 5 * hour, duty: { off: true, on } })).toBe('scheduled-off');
      // The same silence without hours is an outage.
      expect(connectivityOf({ ...base, now: t0 + 5 * hour })).toBe('offline');
    });

    it('silence during the night does not count: last heard before closing, back at opening', () => {
      const lastHeartbeatAt = closedAt - 10_000;
      const duty = { off: false, on };
      expect(connectivityOf({ ...base, lastHeartbeatAt, now: opensAt + 20_000, duty })).toBe('online');
      expect(connectivityOf({ ...base, lastHeartbeatAt, now: opensAt + 60_000, duty })).toBe('stale');
      expect(connectivityOf({ ...base, lastHeartbeatAt, now: opensAt + 171_000, duty })).toBe('offline');
    });

    it('a screen already silent an hour before closing is offline at opening', () => {
      const duty = { off: false, on };
      expect(connectivityOf({ ...base, lastHeartbeatAt: t0, now: opensAt + 1_000, duty })).toBe('offline');
    });

    it('a screen never heard from stays "never", also at night', () => {
      expect(connectivityOf({ ...base, lastHeartbeatAt: null, now: t0, duty: { off: true, on } })).toBe(
        'never',
      );
    });
  });
});
