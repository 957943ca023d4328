// When to tell people that a screen went dark or came back: pure, clock injected.
//
// - "offline" is announced once when a screen goes offline; "back online" only for a screen whose
//   offline was announced (nobody needs to hear that a screen they were never told about is fine).
// - A flapping screen (announced offline, back, offline again within the flap window) is not
//   announced again until it has stayed online for a whole window: one alert, not a storm.
// - During a gate's quiet hours nothing is sent; at the end of them, what still holds is announced
//   (a screen that went down at 23:00 and is still down at 06:00 is announced at 06:00; one that came
//   back at 02:00 is not announced at all).
import { DateTime } from 'luxon';

export type AlertKind = 'offline' | 'online';

export interface AlertMemory {
  /** The last alert announced for this screen and when, if any. */
  lastAnnounced: { kind: AlertKind; at: number } | null;
  /** When the screen last came back after an announced offline (for the flap window). */
  lastRecoveredAt: number | null;
}

export interface QuietHours {
  /** Local "HH:MM" start and end in the gate's time zone; end before start wraps past midnight. */
  start: string;
  end: string;
}

const minutesOf = (hhmm: string) => {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};

/** Whether `now` falls inside the quiet hours in `timeZone`. */
export function inQuietHours(quiet: QuietHours | undefined, timeZone: string, now: number): boolean {
  if (!quiet) return false;
  const local = DateTime.fromMillis(now, { zone: timeZone });
  const minute = local.hour * 60 + local.minute;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * Whether the screen's current condition (`kind`) should be announced now. Called on every status
 * change and periodically (so that what quiet hours held back is announced when they end).
 */
export function shouldAnnounce(
  kind: AlertKind,
  memory: AlertMemory,
  options: { now: number; flapWindowMs: number; quiet: boolean },
): boolean {
  if (options.quiet) return false;
  const last = memory.lastAnnounced;
  if (kind === 'online') return last?.kind === 'offline';
  if (last?.kind === 'offline') return false;
  // Back within the flap window after an announced offline: hold until it has been stable for one.
  const recovered = memory.lastRecoveredAt;
  if (last?.kind === 'online' && recovered !== null && options.now - recovered < options.flapWindowMs)
    return false;
  return true;
}
