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
});
