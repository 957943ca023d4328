import { describe, expect, it } from 'vitest';
import { inQuietHours, shouldAnnounce, type AlertMemory } from './alert.policy.ts';

const t0 = Date.parse('2026-11-22T03:00:00Z'); // 10:00 in Asia/Ho_Chi_Minh
const none: AlertMemory = { lastAnnounced: null, lastRecoveredAt: null };
const flap = 15 * 60_000;

describe('alert policy', () => {
  it('announces an offline once, and a return only after an announced offline', () => {
    const opts = { now: t0, flapWindowMs: flap, quiet: false };
    expect(shouldAnnounce('offline', none, opts)).toBe(true);
    const down: AlertMemory = { lastAnnounced: { kind: 'offline', at: t0 }, lastRecoveredAt: null };
    expect(shouldAnnounce('offline', down, opts)).toBe(false);
    expect(shouldAnnounce('online', down, opts)).toBe(true);
    expect(shouldAnnounce('online', none, opts)).toBe(false);
  });

  it('holds a flapping screen until it has stayed up for a whole window', () => {
    const back: AlertMemory = { lastAnnounced: { kind: 'online', at: t0 }, lastRecoveredAt: t0 };
    expect(shouldAnnounce('offline', back, { now: t0 + 5 * 60_000, flapWindowMs: flap, quiet: false })).toBe(
      false,
    );
    expect(shouldAnnounce('offline', back, { now: t0 + 16 * 60_000, flapWindowMs: flap, quiet: false })).toBe(
      true,
    );
  });

  it('sends nothing in quiet hours, which may wrap past midnight in the gate time zone', () => {
    const quiet = { start: '22:00', end: '06:00' };
    const at = (utc: string) => Date.parse(utc);
    expect(inQuietHours(quiet, 'Asia/Ho_Chi_Minh', at('2026-11-22T16:00:00Z'))).toBe(true); // 23:00
    expect(inQuietHours(quiet, 'Asia/Ho_Chi_Minh', at('2026-11-22T22:59:00Z'))).toBe(true); // 05:59
    expect(inQuietHours(quiet, 'Asia/Ho_Chi_Minh', at('2026-11-22T23:00:00Z'))).toBe(false); // 06:00
    expect(inQuietHours(quiet, 'Asia/Ho_Chi_Minh', t0)).toBe(false);
    expect(inQuietHours(undefined, 'Asia/Ho_Chi_Minh', t0)).toBe(false);
    expect(shouldAnnounce('offline', none, { now: t0, flapWindowMs: flap, quiet: true })).toBe(false);
  });
});
