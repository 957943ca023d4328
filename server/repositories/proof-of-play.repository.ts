import type { Play } from '../../schemas/types.ts';
import { chunks, type Db } from './database.ts';
import type { PlayRow } from './schema.ts';

export interface PlayQuery {
  screenId: string;
  from?: string | undefined;
  until?: string | undefined;
  limit: number;
  offset: number;
}

/** Proof-of-play records, stored once per (screen, player-made id). */
export class ProofOfPlayRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** Inserts the records not stored yet, in one statement; returns how many were new. */
  async insertNew(rows: readonly PlayRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const inserted = await this.db
      .insertInto('plays')
      .values([...rows])
      .onConflict((oc) => oc.columns(['screen_id', 'id']).doNothing())
      .returning('id')
      .execute();
    return inserted.length;
  }

  /** Which of these record ids the screen has stored already. */
  async existingIds(screenId: string, ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const chunk of chunks(ids)) {
      const rows = await this.db
        .selectFrom('plays')
        .select('id')
        .where('screen_id', '=', screenId)
        .where('id', 'in', chunk)
        .execute();
      for (const r of rows) found.add(r.id);
    }
    return found;
  }

  /**
   * The stored plays of a screen (epoch ms) that may share a moment with [from, until): those that started
   * before `until` and no longer than `longestMs` before `from`, and ended after `from`.
   */
  async spans(
    screenId: string,
    from: number,
    until: number,
    longestMs: number,
  ): Promise<{ start: number; end: number }[]> {
    const rows = await this.db
      .selectFrom('plays')
      .select(['started_at', 'ended_at'])
      .where('screen_id', '=', screenId)
      .where('started_at', '>=', new Date(Math.max(0, from - longestMs)).toISOString())
      .where('started_at', '<', new Date(until).toISOString())
      .where('ended_at', '>', new Date(from).toISOString())
      .execute();
    return rows.map((r) => ({ start: Date.parse(r.started_at), end: Date.parse(r.ended_at) }));
  }

  /** A screen's records that started in [from, until), in order of start. */
  async list(query: PlayQuery): Promise<{ items: Play[]; total: number }> {
    let base = this.db.selectFrom('plays').where('screen_id', '=', query.screenId);
    if (query.from) base = base.where('started_at', '>=', query.from);
    if (query.until) base = base.where('started_at', '<', query.until);
    const [rows, count] = await Promise.all([
      base.selectAll().orderBy('started_at').orderBy('id').limit(query.limit).offset(query.offset).execute(),
      base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toPlay), total: Number(count.n) };
  }
}

function toPlay(r: PlayRow): Play {
  return {
    id: r.id,
    screenId: r.screen_id,
    gateId: r.gate_id,
    type: r.type,
    ...(r.playlist_id ? { playlistId: r.playlist_id } : {}),
    ...(r.message_id ? { messageId: r.message_id } : {}),
    ...(r.asset_id ? { assetId: r.asset_id } : {}),
    ...(r.lang ? { lang: r.lang } : {}),
    ...(r.manifest_version ? { manifestVersion: r.manifest_version } : {}),
    start: r.started_at,
    end: r.ended_at,
    durationMs: Number(r.duration_ms),
    ...(r.clock_trusted === null ? {} : { clockTrusted: r.clock_trusted === 1 }),
    receivedAt: r.received_at,
  };
}
