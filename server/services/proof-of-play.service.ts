import type { Play, PlayBatch, PlayBatchReply } from '../../schemas/types.ts';
import type { Screen } from '../domain/entities.ts';
import { NotFoundError, ValidationError } from '../domain/errors.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import type { ProofOfPlayRepository } from '../repositories/proof-of-play.repository.ts';
import type { PlayRow } from '../repositories/schema.ts';

/** Longer than this is not one item on screen but a player that lost track (e.g. slept with a record open). */
const maxPlayMs = 24 * 3_600_000;

/**
 * Proof of play: the records players send in acknowledged batches. Storing is idempotent (the player's
 * own record id is part of the key), so a batch resent after a lost ack is counted once.
 */
export class ProofOfPlayService {
  private readonly plays: ProofOfPlayRepository;
  private readonly screens: Pick<DocumentRepository<Screen>, 'get'>;
  private readonly clock: Clock;

  constructor(deps: {
    plays: ProofOfPlayRepository;
    screens: Pick<DocumentRepository<Screen>, 'get'>;
    clock: Clock;
  }) {
    this.plays = deps.plays;
    this.screens = deps.screens;
    this.clock = deps.clock;
  }

  /** Stores a (validated) batch from a screen's player; the reply says how many were new. */
  async record(screenId: string, batch: PlayBatch): Promise<PlayBatchReply> {
    for (const [i, r] of batch.records.entries()) {
      if (r.end < r.start) throw new ValidationError('end is before start', `/records/${i}/end`);
      if (r.end - r.start > maxPlayMs)
        throw new ValidationError('a record cannot last more than 24 hours', `/records/${i}/end`);
    }
    const screen = await this.screens.get(screenId);
    if (!screen) throw new NotFoundError(`screen "${screenId}" does not exist`);
    const receivedAt = isoNow(this.clock);
    // One batch may carry the same record twice (a retry raced a reload): keep it once.
    const unique = new Map(batch.records.map((r) => [r.id, r]));
    const rows: PlayRow[] = [...unique.values()].map((r) => ({
      screen_id: screenId,
      id: r.id,
      gate_id: screen.gateId,
      type: r.type,
      playlist_id: r.playlistId ?? null,
      message_id: r.messageId ?? null,
      asset_id: r.assetId ?? null,
      lang: r.lang ?? null,
      manifest_version: r.manifestVersion ?? null,
      started_at: new Date(r.start).toISOString(),
      ended_at: new Date(r.end).toISOString(),
      duration_ms: r.end - r.start,
      clock_trusted: r.clockTrusted === undefined ? null : r.clockTrusted ? 1 : 0,
      received_at: receivedAt,
    }));
    const stored = await this.plays.insertNew(rows);
    return { received: batch.records.length, stored, duplicates: batch.records.length - stored };
  }

  /** A screen's records that started in [from, until). */
  list(
    screenId: string,
    query: { from?: string | undefined; until?: string | undefined; limit: number; offset: number },
  ): Promise<{ items: Play[]; total: number }> {
    return this.plays.list({ screenId, ...query });
  }
}
