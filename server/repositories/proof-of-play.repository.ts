import type { Play } from '../../schemas/types.ts';
import type { Db } from './database.ts';
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
