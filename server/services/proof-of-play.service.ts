import type { Principal } from '../domain/access.ts';
import type { AccessPolicy } from './access.service.ts';
import type { Play, PlayBatch, PlayBatchReply, PlayRecord } from '../../schemas/types.ts';
import type { Screen } from '../domain/entities.ts';
import { NotFoundError, ValidationError } from '../domain/errors.ts';
import {
  checkPlay,
  longestSlotMs,
  overlapsAny,
  type PlayLimits,
  type PlayRefusal,
} from '../domain/play.check.ts';
import { isoNow, type Clock } from '../repositories/clock.repository.ts';
import type { DocumentRepository } from '../repositories/document.repository.ts';
import type { ManifestRepository } from '../repositories/manifest.repository.ts';
import type { ProofOfPlayRepository } from '../repositories/proof-of-play.repository.ts';
import type { PlayRow } from '../repositories/schema.ts';

/** Default plausibility limits; maxAgeMs comes from PLAY_MAX_AGE_DAYS. */
export const defaultPlayLimits: PlayLimits = {
  toleranceMs: 5_000,
  skewMs: 60_000,
  maxAgeMs: 60 * 86_400_000,
};

/**
 * Proof of play: the records players send in acknowledged batches. Storing is idempotent (the player's
 * own record id is part of the key), so a batch resent after a lost ack is counted once. A device token
 * is not trusted to tell the truth: each record must name an item of a manifest its screen was sent, due on
 * that manifest's timeline when the record starts, no longer than its slot, at a plausible time, and not on
 * top of another play of the same screen. A record that is not is refused on its own (counted, and named
 * in the reply so that the player drops it rather than resending it for ever); the rest are stored.
 */
export class ProofOfPlayService {
  private readonly access: AccessPolicy;
  private readonly plays: ProofOfPlayRepository;
  private readonly screens: Pick<DocumentRepository<Screen>, 'get'>;
  private readonly manifests: Pick<ManifestRepository, 'get' | 'sentAt'>;
  private readonly clock: Clock;
  private readonly limits: PlayLimits;
  private readonly metrics: { playsRefused(reason: PlayRefusal, n: number): void } | undefined;
  /** Batches of one screen are checked and stored one after the other (the overlap check reads the store). */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(deps: {
    plays: ProofOfPlayRepository;
    screens: Pick<DocumentRepository<Screen>, 'get'>;
    manifests: Pick<ManifestRepository, 'get' | 'sentAt'>;
    clock: Clock;
    limits?: Partial<PlayLimits>;
    metrics?: { playsRefused(reason: PlayRefusal, n: number): void };
    access: AccessPolicy;
  }) {
    this.access = deps.access;
    this.plays = deps.plays;
    this.screens = deps.screens;
    this.manifests = deps.manifests;
    this.clock = deps.clock;
    this.limits = { ...defaultPlayLimits, ...deps.limits };
    this.metrics = deps.metrics;
  }

  /** Stores the plausible records of a (validated) batch from a screen's player; the reply counts them. */
  async record(screenId: string, batch: PlayBatch): Promise<PlayBatchReply> {
    for (const [i, r] of batch.records.entries()) {
      if (r.end < r.start) throw new ValidationError('end is before start', `/records/${i}/end`);
    }
    const screen = await this.screens.get(screenId);
    if (!screen) throw new NotFoundError(`screen "${screenId}" does not exist`);
    const previous = this.queues.get(screenId) ?? Promise.resolve();
    const run = previous.then(() => this.store(screen, batch.records));
    const settled = run.catch(() => undefined);
    this.queues.set(screenId, settled);
    void settled.then(() => {
      if (this.queues.get(screenId) === settled) this.queues.delete(screenId);
    });
    return run;
  }

  private async store(screen: Screen, records: readonly PlayRecord[]): Promise<PlayBatchReply> {
    const now = this.clock.now();
    const { toleranceMs } = this.limits;
    // One batch may carry the same record twice (a retry raced a reload): keep it once.
    const unique = new Map(records.map((r) => [r.id, r]));
    const stored = await this.plays.existingIds(screen.id, [...unique.keys()]);
    const fresh = [...unique.values()].filter((r) => !stored.has(r.id)).sort((a, b) => a.start - b.start);

    const versions = [...new Set(fresh.flatMap((r) => (r.manifestVersion ? [r.manifestVersion] : [])))];
    const sent = await this.manifests.sentAt(screen.id, versions);
    const manifests = new Map(
      await Promise.all(
        versions.filter((v) => sent.has(v)).map(async (v) => [v, await this.manifests.get(v)] as const),
      ),
    );
    const refusals: { id: string; reason: PlayRefusal }[] = [];
    const plausible: PlayRecord[] = [];
    for (const r of fresh) {
      const version = r.manifestVersion;
      const sentAt = version ? sent.get(version) : undefined;
      const manifest = version ? manifests.get(version) : undefined;
      const reason = checkPlay(
        r,
        manifest,
        sentAt === undefined ? undefined : Date.parse(sentAt),
        now,
        this.limits,
      );
      if (reason) refusals.push({ id: r.id, reason });
      else plausible.push(r);
    }

    // One screen shows one item at a time: a record on top of a stored one, or of one accepted before it
    // in this batch, is refused (also what a duplicate under another id looks like).
    const accepted: PlayRecord[] = [];
    const first = plausible[0];
    const taken = first
      ? await this.plays.spans(
          screen.id,
          first.start,
          Math.max(...plausible.map((r) => r.end)),
          longestSlotMs + toleranceMs,
        )
      : [];
    for (const r of plausible) {
      if (overlapsAny(r, taken, toleranceMs) || overlapsAny(r, accepted, toleranceMs))
        refusals.push({ id: r.id, reason: 'overlap' });
      else accepted.push(r);
    }

    const receivedAt = isoNow(this.clock);
    const rows: PlayRow[] = accepted.map((r) => ({
      screen_id: screen.id,
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
    const inserted = await this.plays.insertNew(rows);
    const counts = new Map<PlayRefusal, number>();
    for (const { reason } of refusals) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    for (const [reason, n] of counts) this.metrics?.playsRefused(reason, n);
    return {
      received: records.length,
      stored: inserted,
      duplicates: records.length - inserted - refusals.length,
      refused: refusals.length,
      refusals,
    };
  }

  /** A screen's records that started in [from, until), for someone who may read the screen. */
  async list(
    actor: Principal,
    screenId: string,
    query: { from?: string | undefined; until?: string | undefined; limit: number; offset: number },
  ): Promise<{ items: Play[]; total: number }> {
    await this.access.screen(actor, screenId, 'read');
    return this.plays.list({ screenId, ...query });
  }
}
