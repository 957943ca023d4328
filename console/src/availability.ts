import type { HeartbeatMinute } from '../../schemas/types.ts';

/** One bucket of the availability chart: its start (ms) and the share of its minutes with a heartbeat. */
export interface AvailabilityBucket {
  start: number;
  share: number;
}

/**
 * Availability per bucket from the per-minute heartbeat history: a minute counts as up when the screen sent
 * at least one heartbeat in it (the same rule as the availability report). Buckets are `bucketMs` long,
 * aligned on `from`; a bucket that has not begun by `until` is left out.
 */
export function availabilityBuckets(
  minutes: HeartbeatMinute[],
  from: number,
  until: number,
  bucketMs: number,
): AvailabilityBucket[] {
  const up = new Set(
    minutes.filter((m) => m.heartbeats > 0).map((m) => Math.floor(Date.parse(m.minute) / 60_000)),
  );
  const buckets: AvailabilityBucket[] = [];
  for (let start = from; start < until; start += bucketMs) {
    const end = Math.min(start + bucketMs, until);
    const first = Math.ceil(start / 60_000);
    const last = Math.ceil(end / 60_000);
    let total = 0;
    let seen = 0;
    for (let m = first; m < last; m++) {
      total++;
      if (up.has(m)) seen++;
    }
    buckets.push({ start, share: total === 0 ? 0 : seen / total });
  }
  return buckets;
}

/** The share of all minutes in [from, until) with a heartbeat. */
export function availabilityOver(minutes: HeartbeatMinute[], from: number, until: number): number {
  const [all] = availabilityBuckets(minutes, from, until, until - from);
  return all?.share ?? 0;
}
