// A screen's status from its heartbeats: pure, the clock is an argument.
//
// online   a heartbeat arrived within one interval (plus a grace for network jitter)
// stale    one interval missed: probably a hiccup, not yet worth waking anyone
// offline  nothing for longer than the offline threshold: a board may be dark
// never    no heartbeat was ever received (a screen not yet installed)
// scheduled-off  its gate is outside operating hours and the board is dark or on its night template by
//          schedule: not an outage. Silence while off by schedule is not counted: a board that went quiet
//          at closing and speaks within one interval of opening was never offline.
// Orthogonal flags: outdated (has not applied the current manifest), clock-untrusted.

import type { Connectivity } from '../../schemas/types.ts';
import { hoursAt, overlapMs, scheduledIntervals, type GateHours, type Interval } from '../../shared/hours.ts';

export type { Connectivity };

export interface StatusInputs {
  /** When the last heartbeat arrived (controller time, ms), or null if none ever did. */
  lastHeartbeatAt: number | null;
  /** The heartbeat interval the screen was told to use. */
  intervalMs: number;
  /** After this long without a heartbeat the screen is offline (at least one interval). */
  offlineAfterMs: number;
  appliedVersion: string | null;
  currentVersion: string | null;
  /** What the last heartbeat said of the player's clock. */
  clockTrusted: boolean | null;
  now: number;
  /** The gate's operating hours now (absent: the screen is meant to be on all the time). */
  duty?: Duty;
}

/** What the gate's hours say of a screen's duty (shared/hours.ts). */
export interface Duty {
  /** Dark or on the night template by schedule now. */
  off: boolean;
  /** The spans the screen was meant to show content, covering the recent past up to now (a week or more). */
  on: readonly Interval[];
}

export interface ScreenStatusFlags {
  connectivity: Connectivity;
  outdated: boolean;
  clockUntrusted: boolean;
}

/** How far back the duty spans reach: past any offline threshold, and a whole week of hours. */
const dutyLookbackMs = 8 * 86_400_000;

/** A gate's duty at `now` from its hours, or undefined for a gate without hours (always on duty). */
export function dutyAt(hours: GateHours | undefined, timeZone: string, now: number): Duty | undefined {
  if (!hours) return undefined;
  return {
    off: hoursAt(hours, timeZone, now).show !== 'content',
    on: scheduledIntervals(hours, timeZone, now - dutyLookbackMs, now),
  };
}

/** Heartbeats may arrive a little late: a quarter interval of grace before "stale". */
const graceFactor = 1.25;

export function connectivityOf(
  s: Pick<StatusInputs, 'lastHeartbeatAt' | 'intervalMs' | 'offlineAfterMs' | 'now' | 'duty'>,
): Connectivity {
  if (s.lastHeartbeatAt === null) return 'never';
  if (s.duty?.off) return 'scheduled-off';
  // Only the silence within scheduled time counts (the spans cover the recent past; silence older than
  // them is long past any threshold anyway).
  const silence = s.duty ? overlapMs(s.duty.on, s.lastHeartbeatAt, s.now) : s.now - s.lastHeartbeatAt;
  if (silence > Math.max(s.offlineAfterMs, s.intervalMs * graceFactor)) return 'offline';
  if (silence > s.intervalMs * graceFactor) return 'stale';
  return 'online';
}

export function statusOf(s: StatusInputs): ScreenStatusFlags {
  return {
    connectivity: connectivityOf(s),
    outdated: s.currentVersion !== null && s.appliedVersion !== s.currentVersion,
    clockUntrusted: s.clockTrusted === false,
  };
}

/** When the connectivity will next change if no heartbeat arrives (for scheduling the next check), or null. */
export function nextTransitionAt(
  s: Pick<StatusInputs, 'lastHeartbeatAt' | 'intervalMs' | 'offlineAfterMs' | 'now'>,
): number | null {
  if (s.lastHeartbeatAt === null) return null;
  const stale = s.lastHeartbeatAt + s.intervalMs * graceFactor;
  const offline = s.lastHeartbeatAt + Math.max(s.offlineAfterMs, s.intervalMs * graceFactor);
  for (const at of [stale, offline]) if (at >= s.now) return at + 1;
  return null;
}
