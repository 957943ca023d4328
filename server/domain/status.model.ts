// A screen's status from its heartbeats: pure, the clock is an argument.
//
// online   a heartbeat arrived within one interval (plus a grace for network jitter)
// stale    one interval missed: probably a hiccup, not yet worth waking anyone
// offline  nothing for longer than the offline threshold: a board may be dark
// never    no heartbeat was ever received (a screen not yet installed)
// Orthogonal flags: outdated (has not applied the current manifest), clock-untrusted.

import type { Connectivity } from '../../schemas/types.ts';

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
}

export interface ScreenStatusFlags {
  connectivity: Connectivity;
  outdated: boolean;
  clockUntrusted: boolean;
}

/** Heartbeats may arrive a little late: a quarter interval of grace before "stale". */
const graceFactor = 1.25;

export function connectivityOf(
  s: Pick<StatusInputs, 'lastHeartbeatAt' | 'intervalMs' | 'offlineAfterMs' | 'now'>,
): Connectivity {
  if (s.lastHeartbeatAt === null) return 'never';
  const silence = s.now - s.lastHeartbeatAt;
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
