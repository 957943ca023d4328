import { randomUUID } from 'node:crypto';
import { slotAt } from '../../shared/timeline.ts';
import type { Manifest, PlayRecord } from '../../schemas/types.ts';

/**
 * The proof-of-play records a player makes while it plays `manifest` from `from` until `until` (epoch ms),
 * as player/src/proofplay.ts makes them: one per item on screen, from the moment it appeared (a render
 * `delayMs` after its slot began, except the first, which starts where the player started) until the next
 * one appeared. Positions come from the player's own timeline code, so these are the records an honest
 * player sends.
 */
export function playsOf(manifest: Manifest, from: number, until: number, delayMs = 40): PlayRecord[] {
  const records: PlayRecord[] = [];
  let t = from;
  while (t < until) {
    const slot = slotAt(manifest, t);
    const end = Math.min(until, t + slot.remaining);
    if (slot.kind === 'entry') {
      const { type, playlistId, messageId, assetId, lang } = slot.entry;
      records.push({
        id: randomUUID(),
        type,
        playlistId,
        ...(messageId ? { messageId } : {}),
        ...(assetId ? { assetId } : {}),
        ...(lang ? { lang } : {}),
        manifestVersion: manifest.version,
        start: t === from ? t : t + delayMs,
        end: end === until ? end : end + delayMs,
        clockTrusted: true,
      });
    }
    if (!Number.isFinite(end)) break;
    t = end;
  }
  return records;
}

/** Splits records into the batches the player sends (player/src/proofplay.sender.ts: 200 at most). */
export function batches<T>(records: readonly T[], size = 200): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < records.length; i += size) out.push(records.slice(i, i + size));
  return out;
}
