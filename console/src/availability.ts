import type { HeartbeatMinute } from '../../schemas/types.ts';

/**
 * One bucket of the availability chart: its start (ms) and the share of its minutes with a heartbeat, or
 * null when none of its minutes counts (the screen did not exist yet).
 */
export interface AvailabilityBucket {
  start: number;
  share: number | null;
}

/**
 * Availability per bucket from the per-minute heartbeat history: a minute counts as up when the screen sent
 * at least one heartbeat in it (the same rule as the availability report). Buckets are `bucketMs` long,
 * aligned on `from`; a bucket that has not begun by `until` is left out. Minutes before `since` (the
 * screen's creation; its own minute counts) are not counted, as the report does not count them.
 */
export function availabilityBuckets(
  minutes: HeartbeatMinute[],
  from: number,
  until: number,
  bucketMs: number,
  since = -Infinity,
): AvailabilityBucket[] {
  const up = new Set(
    minutes.filter((m) => m.heartbeats > 0).map((m) => Math.floor(Date.parse(m.minute) / 60_000)),
  );
  const firstCounted = Math.floor(since / 60_000);
  const buckets: AvailabilityBucket[] = [];
  for (let start = from; start < until; start += bucketMs) {
    const end = Math.min(start + bucketMs, until);
    const first = Math.max(Math.ceil(start / 60_000), firstCounted);
    const last = Math.ceil(end / 60_000);
    let total = 0;
    let seen = 0;
    for (let m = first; m < last; m++) {
      total++;
      if (up.has(m)) seen++;
    }
    buckets.push({ start, share: total === 0 ? null : seen / total });
  }
  return buckets;
}

/** The share of the minutes in [from, until) (from `since` on) with a heartbeat; null if none counts. */
export function availabilityOver(
  minutes: HeartbeatMinute[],
  from: number,
  until: number,
  since?: number,
): number | null {
  const [all] = availabilityBuckets(minutes, from, until, until - from, since);
  return all?.share ?? null;
}
