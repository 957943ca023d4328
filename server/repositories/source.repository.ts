import type { Db } from './database.ts';

/** The tables of sources that present a token of their own: alert sources and data sources (same columns). */
export type SourceTable = 'alert_sources' | 'data_sources';

/**
 * Sources with a token of their own (alert sources, data sources): each a JSON document with the sha256 of
 * its token, found by that hash when the source presents it.
 */
export class SourceRepository<T extends { id: string; createdAt: string }> {
  protected readonly db: Db;
  private readonly table: SourceTable;

  constructor(db: Db, table: SourceTable) {
    this.db = db;
    this.table = table;
  }

  async insert(source: T, tokenHash: string): Promise<void> {
    await this.db
      .insertInto(this.table)
      .values({
        id: source.id,
        data: JSON.stringify(source),
        token_hash: tokenHash,
        created_at: source.createdAt,
      })
      .execute();
  }

  /** Writes a new version of a source (and, when renewing it, its token's hash). Returns whether it existed. */
  async replace(source: T, tokenHash?: string): Promise<boolean> {
    const result = await this.db
      .updateTable(this.table)
      .set({ data: JSON.stringify(source), ...(tokenHash ? { token_hash: tokenHash } : {}) })
      .where('id', '=', source.id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async get(id: string): Promise<T | undefined> {
    const row = await this.db.selectFrom(this.table).select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as T) : undefined;
  }

  /** The source whose token hashes to this, if any. */
  async byTokenHash(tokenHash: string): Promise<T | undefined> {
    const row = await this.db
      .selectFrom(this.table)
      .select('data')
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as T) : undefined;
  }

  /** Every source, oldest first. */
  async all(): Promise<T[]> {
    const rows = await this.db
      .selectFrom(this.table)
      .select('data')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as T);
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom(this.table).where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Reads a source, changes it and writes it back (for its own poller's and pushes' bookkeeping). */
  protected async change(id: string, change: (source: T) => T): Promise<void> {
    const source = await this.get(id);
    if (source) await this.replace(change(source));
  }
}
