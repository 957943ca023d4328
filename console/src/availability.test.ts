import { describe, expect, it } from 'vitest';
import type { HeartbeatMinute } from '../../schemas/types.ts';
import { availabilityBuckets, availabilityOver } from './availability.ts';

const minute = (iso: string, heartbeats = 2): HeartbeatMinute => ({
  minute: iso,
  heartbeats,
  manifestVersion: null,
  uptimeSeconds: 60,
  clockOffsetMs: 0,
  clockTrusted: true,
  missingAssets: 0,
  errors: 0,
});
const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00Z`);

describe('availability from the per-minute heartbeat history', () => {
  it('counts a minute with a heartbeat as up and a missing minute as down, per bucket', () => {
    // 10:00-10:10 heard every minute, 10:10-10:20 only 10:12 and 10:13.
    const history = [
      ...Array.from({ length: 10 }, (_, i) => minute(`2026-11-23T10:0${i}:00.000Z`)),
      minute('2026-11-23T10:12:00.000Z'),
      minute('2026-11-23T10:13:00.000Z'),
    ];
    const buckets = availabilityBuckets(history, at('10:00'), at('10:20'), 10 * 60_000);
    expect(buckets).toEqual([
      { start: at('10:00'), share: 1 },
      { start: at('10:10'), share: 0.2 },
    ]);
    expect(availabilityOver(history, at('10:00'), at('10:20'))).toBe(0.6);
  });

  it('does not count a minute row that had no heartbeat, nor minutes outside the period', () => {
    const history = [minute('2026-11-23T09:59:00.000Z'), minute('2026-11-23T10:00:00.000Z', 0)];
    expect(availabilityOver(history, at('10:00'), at('10:05'))).toBe(0);
  });

  it('gives an empty chart for an empty period', () => {
    expect(availabilityBuckets([], at('10:00'), at('10:00'), 60_000)).toEqual([]);
  });
});

const HOUR = 3_600_000;
const until = Date.parse('2026-11-23T03:30:00Z');
const from = until - 24 * HOUR;
const minuteAt = (at: number): HeartbeatMinute => ({
  minute: new Date(at).toISOString(),
  heartbeats: 2,
  manifestVersion: null,
  uptimeSeconds: 0,
  clockOffsetMs: 0,
  clockTrusted: true,
  missingAssets: 0,
  errors: 0,
});
/** Up every minute from `start` to `until`. */
const upFrom = (start: number) =>
  Array.from({ length: (until - start) / 60_000 }, (_, i) => minuteAt(start + i * 60_000));

describe('a screen’s availability over the last 24 hours', () => {
  it('counts a screen made 90 minutes ago (at 20 s past the minute) from its creation: 100 %, not 6 %', () => {
    const made = until - 90 * 60_000 + 20_000;
    const history = upFrom(made - 20_000);
    expect(availabilityOver(history, from, until, made)).toBe(1);
    // Without its creation, the 22½ hours before it existed would count as down.
    expect(availabilityOver(history, from, until)).toBeCloseTo(90 / 1440, 5);
    const buckets = availabilityBuckets(history, from, until, HOUR, made);
    expect(buckets).toHaveLength(24);
    expect(buckets.slice(0, 22).every((b) => b.share === null)).toBe(true);
    expect(buckets.slice(22).map((b) => b.share)).toEqual([1, 1]);
  });

  it('counts the minutes a screen missed after it was made as down', () => {
    const made = until - 2 * HOUR;
    const history = upFrom(until - HOUR); // silent for its first hour
    expect(availabilityOver(history, from, until, made)).toBe(0.5);
  });
});
