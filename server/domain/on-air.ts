// When approved content first reaches screens: read from the manifests the compiler made (what the players
// actually play), not guessed from a schedule's own fields, so a preempted slot or a playlist without
// approved messages is not reported as on air.
import type { LoopEntry, Manifest } from '../../schemas/types.ts';
import { targetsScreen, type TargetableScreen, type Targeting } from '../../shared/targeting.ts';
import type { Schedule } from './entities.ts';
import { windowsInSpan, zoneSpan, type Interval } from './schedule.windows.ts';

/** What is looked for: a message or a playlist by id, or a schedule (on air while its window is open and its playlist plays). */
export type OnAirTarget =
  | { entity: 'message'; id: string }
  | { entity: 'playlist'; id: string }
  | {
      entity: 'schedule';
      schedule: Pick<Schedule, 'playlistId' | 'recurrence' | 'from' | 'until' | 'enabled'> & Targeting;
    };

/** One screen and the manifest it was last sent. */
export interface AiredScreen {
  screen: TargetableScreen;
  manifest: Pick<Manifest, 'timeZone' | 'horizon' | 'segments' | 'loops'>;
}

function plays(target: OnAirTarget, entry: LoopEntry): boolean {
  switch (target.entity) {
    case 'message':
      return entry.type === 'message' && entry.messageId === target.id;
    case 'playlist':
      return entry.playlistId === target.id;
    case 'schedule':
      return entry.playlistId === target.schedule.playlistId;
  }
}

/**
 * The earliest instant (epoch ms) at or after `now`, within the screens' manifest horizons, at which the
 * target is on air on one of them; `now` itself when it is on air now; null when it is not within any horizon.
 */
export function firstOnAir(target: OnAirTarget, screens: readonly AiredScreen[], now: number): number | null {
  let first: number | null = null;
  for (const { screen, manifest } of screens) {
    let windows: Interval[] = [[-Infinity, Infinity]];
    if (target.entity === 'schedule') {
      const { schedule } = target;
      if (schedule.enabled === false || !targetsScreen(schedule, screen)) continue;
      windows = windowsInSpan(
        schedule,
        zoneSpan(manifest.timeZone, manifest.horizon.from, manifest.horizon.until),
      );
    }
    for (const segment of manifest.segments) {
      if (segment.end <= now || (first !== null && segment.start >= first)) continue;
      const loop = segment.loop === null ? undefined : manifest.loops[segment.loop];
      if (!loop?.some((entry) => plays(target, entry))) continue;
      for (const [from, until] of windows) {
        const start = Math.max(now, segment.start, from);
        if (start < Math.min(segment.end, until) && (first === null || start < first)) first = start;
      }
    }
  }
  return first;
}
