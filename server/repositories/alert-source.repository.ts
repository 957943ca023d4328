import type { AlertSource } from '../../schemas/types.ts';
import type { Db } from './database.ts';

/** The authorities that send CAP alerts, with the hash of each one's token. */
export class AlertSourceRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async insert(source: AlertSource, tokenHash: string): Promise<void> {
    await this.db
      .insertInto('alert_sources')
      .values({
        id: source.id,
        data: JSON.stringify(source),
        token_hash: tokenHash,
        created_at: source.createdAt,
      })
      .execute();
  }

  /** Writes a new version of a source (and, when renewing it, its token's hash). Returns whether it existed. */
  async replace(source: AlertSource, tokenHash?: string): Promise<boolean> {
    const result = await this.db
      .updateTable('alert_sources')
      .set({ data: JSON.stringify(source), ...(tokenHash ? { token_hash: tokenHash } : {}) })
      .where('id', '=', source.id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async get(id: string): Promise<AlertSource | undefined> {
    const row = await this.db
      .selectFrom('alert_sources')
      .select('data')
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as AlertSource) : undefined;
  }

  /** The source whose token hashes to this, if any. */
  async byTokenHash(tokenHash: string): Promise<AlertSource | undefined> {
    const row = await this.db
      .selectFrom('alert_sources')
      .select('data')
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as AlertSource) : undefined;
  }

  /** Every source, oldest first. */
  async all(): Promise<AlertSource[]> {
    const rows = await this.db
      .selectFrom('alert_sources')
      .select('data')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as AlertSource);
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('alert_sources').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Notes when a feed source was last read, and what went wrong (none: the error is cleared). */
  async markPolled(id: string, at: string, error?: string): Promise<void> {
    const source = await this.get(id);
    if (!source) return;
    const { lastPollError: _dropped, ...rest } = source;
    await this.replace({
      ...rest,
      lastPolledAt: at,
      ...(error ? { lastPollError: error.slice(0, 500) } : {}),
    });
  }
}
