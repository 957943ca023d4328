// What a screen shows, and when, is defined once: by the player's timeline. The controller checks each
// reported play against that same code, so an honest player and the check can never disagree on a slot.
import { slotAt } from '../../shared/timeline.ts';
import type { LoopEntry, Manifest, PlayBatchReply, PlayRecord } from '../../schemas/types.ts';

/** Why a proof-of-play record was refused (schemas/report.json; the label of gatecast_plays_refused_total). */
export type PlayRefusal = PlayBatchReply['refusals'][number]['reason'];

/** Every reason, with what it means. */
export const playRefusals = [
  'unknown_manifest', // it names no manifest, or one its screen was never sent
  'future', // it ends later than now (beyond the allowed clock skew)
  'too_old', // it started longer ago than the controller accepts plays for
  'before_sent', // it started before its screen was sent its manifest
  'unknown_item', // its item (type, playlist, message or asset, language) is in no loop of its manifest
  'wrong_time', // its item is in the manifest, but not due on the timeline when the record says it started
  'too_long', // it lasts past the end of its item's slot
  'overlap', // it covers the same moment as another play of the same screen
] as const satisfies readonly PlayRefusal[];
// Fails to compile when the schema gains a reason this list lacks.
const _everyReason: [Exclude<PlayRefusal, (typeof playRefusals)[number]>] extends [never] ? true : never =
  true;

export interface PlayLimits {
  /**
   * How far a record's start may sit from its slot, its end past the slot's end, and two records of one
   * screen overlap: render time of the next item, and the corrections time sync makes to the player's
   * clock (a few seconds after days offline).
   */
  toleranceMs: number;
  /** How far the player's (server-corrected) clock may be ahead of, or behind, the controller's. */
  skewMs: number;
  /** Plays that started longer ago than this are refused (a closed reporting period stays closed). */
  maxAgeMs: number;
}

/** The longest a slot can last: a playlist item's longest duration (schemas/playlist.json). */
export const longestSlotMs = 3_600_000;

/**
 * Checks one record against the manifest it names (`sentAt`: when its screen was first sent that
 * manifest; undefined, never) at instant `now`. The item must be due on the manifest's timeline when the
 * record starts and the record must end by the end of that slot, each within the tolerance; overlaps with
 * other plays are checked apart (`overlapsAny`). Returns null when it is plausible.
 */
export function checkPlay(
  record: PlayRecord,
  manifest: Manifest | undefined,
  sentAt: number | undefined,
  now: number,
  limits: PlayLimits,
): PlayRefusal | null {
  if (!manifest || sentAt === undefined || record.manifestVersion !== manifest.version)
    return 'unknown_manifest';
  if (record.end > now + limits.skewMs) return 'future';
  if (record.start < now - limits.maxAgeMs) return 'too_old';
  if (record.start < sentAt - limits.skewMs) return 'before_sent';
  const slot = dueSlot(manifest, record, limits.toleranceMs);
  if (slot === 'unknown_item' || slot === 'wrong_time') return slot;
  if (record.end > slot.end + limits.toleranceMs) return 'too_long';
  return null;
}

/** Whether [start, end] shares more than `toleranceMs` with any of `others`. */
export function overlapsAny(
  record: { start: number; end: number },
  others: Iterable<{ start: number; end: number }>,
  toleranceMs: number,
): boolean {
  for (const o of others) {
    if (Math.min(record.end, o.end) - Math.max(record.start, o.start) > toleranceMs) return true;
  }
  return false;
}

/**
 * The slot of the record's item due when it starts (or, failing that, the nearest one within
 * `toleranceMs` of its start), with its end; or why there is none. Walks the timeline a slot at a time.
 */
function dueSlot(
  manifest: Manifest,
  record: PlayRecord,
  toleranceMs: number,
): { end: number } | 'unknown_item' | 'wrong_time' {
  const listed = Object.values(manifest.loops).some((loop) => loop?.some((e) => sameItem(e, record)));
  if (!listed) return 'unknown_item';
  let nearest: { end: number; distance: number } | undefined;
  let t = record.start - toleranceMs;
  // Slots last at least a millisecond; the bound only guards against a timeline that never advances.
  for (let steps = 0; t <= record.start + toleranceMs && steps < 10_000; steps++) {
    const slot = slotAt(manifest, t);
    const end = t + slot.remaining;
    if (slot.kind === 'entry' && sameItem(slot.entry, record)) {
      // An item can follow itself (a loop of one, or the same entry twice): the slot the record starts in
      // is its own; else the slot that begins or ends closest to its start (render delay, clock jitter).
      if (t <= record.start && record.start < end) return { end };
      const distance = t > record.start ? t - record.start : record.start - end;
      if (!nearest || distance < nearest.distance) nearest = { end, distance };
    }
    if (!Number.isFinite(slot.remaining)) break;
    t = Math.max(t + 1, end);
  }
  return nearest ?? 'wrong_time';
}

/** Whether a record names this loop entry (as player/src/proofplay.ts copies it from the slot). */
function sameItem(entry: LoopEntry, record: PlayRecord): boolean {
  return (
    entry.type === record.type &&
    entry.playlistId === record.playlistId &&
    entry.messageId === record.messageId &&
    entry.assetId === record.assetId &&
    entry.lang === record.lang
  );
}
