import type { Db } from './database.ts';

/** Ids looked up per query (well under every dialect's limit on bound parameters). */
const CHUNK = 500;

/** What became of one feed entry: the alert it gave, or why it gave none. */
export interface FeedEntryRecord {
  entryId: string;
  seenAt: string;
  alertId: string | null;
  error: string | null;
}

/**
 * The feed entries already taken, per source: each is taken once and only once, whatever it gave (an alert or
 * a refusal), by whichever controller process records it first.
 */
export class AlertFeedRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** Which of these entry ids of a source have been taken already. */
  async seen(sourceId: string, entryIds: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < entryIds.length; i += CHUNK) {
      const chunk = entryIds.slice(i, i + CHUNK);
      const rows = await this.db
        .selectFrom('alert_feed_entries')
        .select('entry_id')
        .where('source_id', '=', sourceId)
        .where('entry_id', 'in', chunk)
        .execute();
      for (const row of rows) found.add(row.entry_id);
    }
    return found;
  }

  /** Records an entry as taken; the first record stands (returns false when it was taken already). */
  async record(
    sourceId: string,
    entryId: string,
    at: string,
    alertId: string | null,
    error: string | null,
  ): Promise<boolean> {
    const result = await this.db
      .insertInto('alert_feed_entries')
      .values({ source_id: sourceId, entry_id: entryId, seen_at: at, alert_id: alertId, error })
      .onConflict((oc) => oc.columns(['source_id', 'entry_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
  }

  /** A source's entries, most recent first. */
  async list(sourceId: string, limit = 100): Promise<FeedEntryRecord[]> {
    const rows = await this.db
      .selectFrom('alert_feed_entries')
      .selectAll()
      .where('source_id', '=', sourceId)
      .orderBy('seen_at', 'desc')
      .orderBy('entry_id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ entryId: r.entry_id, seenAt: r.seen_at, alertId: r.alert_id, error: r.error }));
  }
}
