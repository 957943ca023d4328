import type { Heartbeat, HeartbeatMinute, ScreenHeartbeat } from '../../schemas/types.ts';
import { chunks, type Db } from './database.ts';

/** One screen-minute of heartbeats, coalesced in memory before it is written. */
export interface MinuteWrite {
  screenId: string;
  /** ISO start of the minute (UTC). */
  minute: string;
  heartbeats: number;
  last: Heartbeat;
}

/** Heartbeats: the latest per screen and a per-minute history, written in batches. */
export class HeartbeatRepository {
  private readonly db: Db;
  /** Transactions written so far (the batching is observable: many heartbeats, few transactions). */
  transactions = 0;

  constructor(db: Db) {
    this.db = db;
  }

  /** Writes a flush in one transaction: upserts each screen's latest row and adds to its minute rows. */
  async writeBatch(latest: readonly ScreenHeartbeat[], minutes: readonly MinuteWrite[]): Promise<void> {
    if (latest.length === 0 && minutes.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      for (const chunk of chunks(latest, 500)) {
        await trx
          .insertInto('heartbeat_latest')
          .values(
            chunk.map((l) => ({
              screen_id: l.screenId,
              received_at: l.receivedAt,
              interval_seconds: l.intervalSeconds,
              data: JSON.stringify(l.heartbeat),
            })),
          )
          .onConflict((oc) =>
            oc.column('screen_id').doUpdateSet((eb) => ({
              received_at: eb.ref('excluded.received_at'),
              interval_seconds: eb.ref('excluded.interval_seconds'),
              data: eb.ref('excluded.data'),
            })),
          )
          .execute();
      }
      for (const chunk of chunks(minutes, 500)) {
        await trx
          .insertInto('heartbeat_minutes')
          .values(
            chunk.map((m) => ({
              screen_id: m.screenId,
              minute: m.minute,
              heartbeats: m.heartbeats,
              manifest_version: m.last.manifestVersion,
              uptime_seconds: m.last.uptimeSeconds,
              clock_offset_ms: m.last.clock.offsetMs,
              clock_trusted: m.last.clock.trusted ? 1 : 0,
              missing_assets: m.last.cache.missing,
              errors: m.last.errors.length,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['screen_id', 'minute']).doUpdateSet((eb) => ({
              heartbeats: eb('heartbeat_minutes.heartbeats', '+', eb.ref('excluded.heartbeats')),
              manifest_version: eb.ref('excluded.manifest_version'),
              uptime_seconds: eb.ref('excluded.uptime_seconds'),
              clock_offset_ms: eb.ref('excluded.clock_offset_ms'),
              clock_trusted: eb.ref('excluded.clock_trusted'),
              missing_assets: eb.ref('excluded.missing_assets'),
              errors: eb.ref('excluded.errors'),
            })),
          )
          .execute();
      }
    });
    this.transactions += 1;
  }

  async latest(screenId: string): Promise<ScreenHeartbeat | undefined> {
    const row = await this.db
      .selectFrom('heartbeat_latest')
      .selectAll()
      .where('screen_id', '=', screenId)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      screenId: row.screen_id,
      receivedAt: Number(row.received_at),
      intervalSeconds: row.interval_seconds,
      heartbeat: JSON.parse(row.data) as Heartbeat,
    };
  }

  /** The per-minute history of a screen in [from, until), oldest first. */
  async history(screenId: string, from: string, until: string): Promise<HeartbeatMinute[]> {
    const rows = await this.db
      .selectFrom('heartbeat_minutes')
      .selectAll()
      .where('screen_id', '=', screenId)
      .where('minute', '>=', from)
      .where('minute', '<', until)
      .orderBy('minute')
      .limit(10_080) // a week of minutes
      .execute();
    return rows.map((r) => ({
      minute: r.minute,
      heartbeats: r.heartbeats,
      manifestVersion: r.manifest_version,
      uptimeSeconds: Number(r.uptime_seconds),
      clockOffsetMs: Number(r.clock_offset_ms),
      clockTrusted: r.clock_trusted === 1,
      missingAssets: r.missing_assets,
      errors: r.errors,
    }));
  }
}
