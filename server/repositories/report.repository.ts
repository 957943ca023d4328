import { sql } from 'kysely';
import { chunks, type Db } from './database.ts';
import type { PlayDailyRow } from './schema.ts';

/** A day's plays of one screen, to be rolled up. */
export interface PlaySlice {
  type: string;
  messageId: string | null;
  assetId: string | null;
  lang: string | null;
  durationMs: number;
}

/** Reads plays and heartbeat minutes, and keeps the per-day rollup of plays. */
export class ReportRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async jobValue(name: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('job_state')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirst();
    return row?.value;
  }

  async setJobValue(name: string, value: string): Promise<void> {
    await this.db
      .insertInto('job_state')
      .values({ name, value })
      .onConflict((oc) => oc.column('name').doUpdateSet({ value }))
      .execute();
  }

  /** The (screen, gate, UTC day) of plays received in (after, upTo]: what a rollup must recompute. */
  async touched(
    after: string,
    upTo: string,
  ): Promise<{ screenId: string; gateId: string; utcDay: string }[]> {
    const rows = await this.db
      .selectFrom('plays')
      .select(['screen_id', 'gate_id', sql<string>`substr(started_at, 1, 10)`.as('utc_day')])
      .where('received_at', '>', after)
      .where('received_at', '<=', upTo)
      .distinct()
      .execute();
    return rows.map((r) => ({ screenId: r.screen_id, gateId: r.gate_id, utcDay: r.utc_day }));
  }

  /** A screen's plays that started in [from, until). */
  async plays(screenId: string, from: string, until: string): Promise<PlaySlice[]> {
    const rows = await this.db
      .selectFrom('plays')
      .select(['type', 'message_id', 'asset_id', 'lang', 'duration_ms'])
      .where('screen_id', '=', screenId)
      .where('started_at', '>=', from)
      .where('started_at', '<', until)
      .execute();
    return rows.map((r) => ({
      type: r.type,
      messageId: r.message_id,
      assetId: r.asset_id,
      lang: r.lang,
      durationMs: Number(r.duration_ms),
    }));
  }

  /** Replaces a screen's rollup of one day, in one transaction. */
  async replaceDay(screenId: string, day: string, rows: readonly PlayDailyRow[]): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('play_daily').where('screen_id', '=', screenId).where('day', '=', day).execute();
      if (rows.length > 0)
        await tx
          .insertInto('play_daily')
          .values([...rows])
          .execute();
    });
  }

  /** Rolled-up plays of days in [from, until] (inclusive), for some gates or all. */
  async daily(from: string, until: string, gateIds: readonly string[] | 'all'): Promise<PlayDailyRow[]> {
    if (gateIds !== 'all' && gateIds.length === 0) return [];
    let q = this.db.selectFrom('play_daily').selectAll().where('day', '>=', from).where('day', '<=', until);
    if (gateIds !== 'all') q = q.where('gate_id', 'in', [...gateIds]);
    return q.orderBy('day').orderBy('gate_id').orderBy('screen_id').orderBy('item').orderBy('lang').execute();
  }

  /** Minutes in [from, until) in which each screen sent at least one heartbeat. */
  async minutesUp(from: string, until: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('heartbeat_minutes')
      .select(['screen_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('minute', '>=', from)
      .where('minute', '<', until)
      .groupBy('screen_id')
      .execute();
    return new Map(rows.map((r) => [r.screen_id, Number(r.n)]));
  }

  /**
   * Minutes inside any of the spans [from, until) in which each screen sent at least one heartbeat (a
   * gate's scheduled hours: one span per opening). Spans must not overlap; they go in batches, each one query.
   */
  async minutesUpWithin(spans: readonly (readonly [string, string])[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const batch of chunks(spans, 200)) {
      const rows = await this.db
        .selectFrom('heartbeat_minutes')
        .select(['screen_id', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where((eb) =>
          eb.or(batch.map(([from, until]) => eb.and([eb('minute', '>=', from), eb('minute', '<', until)]))),
        )
        .groupBy('screen_id')
        .execute();
      for (const r of rows) out.set(r.screen_id, (out.get(r.screen_id) ?? 0) + Number(r.n));
    }
    return out;
  }

  /** Deletes heartbeat minutes older than `before`; returns how many. (Plays are never deleted.) */
  async pruneHeartbeatMinutes(before: string): Promise<number> {
    const result = await this.db
      .deleteFrom('heartbeat_minutes')
      .where('minute', '<', before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
