// Which entry plays at an instant. Pure: position in a loop derives from the clock alone, so a reload
// resumes in place and every screen sharing a manifest shows the same entry at the same moment.
import type { LoopEntry, Manifest, Segment } from '../schemas/types.ts';

/** What the screen shows at an instant, and for how many more milliseconds (Infinity: until told). */
export type Slot =
  | {
      kind: 'entry';
      entry: LoopEntry;
      /** Index of the entry in its loop. */
      index: number;
      /** How many whole passes of the loop came before this one in the segment. */
      cycle: number;
      segment: Segment;
      remaining: number;
    }
  | { kind: 'idle'; segment: Segment | null; remaining: number };

/**
 * The slot playing at instant t (epoch ms) in a manifest's timeline. Outside the timeline (offline past
 * the horizon, or a clock set before it) the manifest's fallback loop, the gate's default playlist, plays
 * in a segment that reaches to the timeline's edge, so the position still derives from the clock.
 * Entries that `skip` leaves out (a message whose live value is stale) take no time: the loop plays without
 * them, and every board with the same values agrees on what plays when.
 */
export function slotAt(
  manifest: Pick<Manifest, 'segments' | 'loops' | 'fallback'>,
  t: number,
  skip?: (entry: LoopEntry) => boolean,
): Slot {
  const segment = manifest.segments.find((s) => s.start <= t && t < s.end) ?? outside(manifest, t);
  if (!segment) {
    const next = manifest.segments.reduce(
      (min, s) => (s.start > t && s.start < min ? s.start : min),
      Infinity,
    );
    return { kind: 'idle', segment: null, remaining: next - t };
  }
  const untilSegmentEnd = segment.end - t;
  const entries = segment.loop == null ? undefined : manifest.loops[segment.loop];
  const total = entries?.reduce((sum, e) => sum + entryDuration(e, skip), 0) ?? 0;
  if (!entries || total <= 0) return { kind: 'idle', segment, remaining: untilSegmentEnd };

  // Floor, not truncation: before the segment's start (a fallback before the timeline) cycles count down.
  const elapsed = t - segment.start;
  const cycle = Math.floor(elapsed / total);
  let position = elapsed - cycle * total;
  for (const [index, entry] of entries.entries()) {
    const duration = entryDuration(entry, skip);
    if (position < duration) {
      return {
        kind: 'entry',
        entry,
        index,
        cycle,
        segment,
        remaining: Math.min(duration - position, untilSegmentEnd),
      };
    }
    position -= duration;
  }
  // Unreachable while position < total; kept so a rounding surprise shows idle rather than throwing.
  return { kind: 'idle', segment, remaining: untilSegmentEnd };
}

/** How long an entry plays in its loop: nothing when left out. */
export function entryDuration(entry: LoopEntry, skip?: (entry: LoopEntry) => boolean): number {
  return skip?.(entry) ? 0 : Math.max(0, entry.duration);
}

/**
 * The fallback segment for an instant no segment covers: after the timeline it starts where the timeline
 * ends and never ends; before it, it runs up to the timeline's start, anchored at the same instant.
 */
function outside(manifest: Pick<Manifest, 'segments' | 'fallback'>, t: number): Segment | undefined {
  const first = manifest.segments[0];
  const last = manifest.segments.at(-1);
  if (!manifest.fallback || !first || !last) return undefined;
  if (t >= last.end) return { start: last.end, end: Infinity, loop: manifest.fallback };
  if (t < first.start) return { start: last.end, end: first.start, loop: manifest.fallback };
  return undefined;
}

/** A key that changes exactly when the screen must show something else. */
export function slotKey(slot: Slot): string {
  if (slot.kind === 'idle') return `idle:${slot.segment?.start ?? 'none'}`;
  return `entry:${slot.segment.start}:${slot.segment.loop ?? ''}:${slot.cycle}:${slot.index}`;
}
