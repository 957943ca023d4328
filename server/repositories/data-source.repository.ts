import type { DataSource } from '../../schemas/types.ts';
import type { Db } from './database.ts';

/** Data sources (pulled or pushed live values), with the hash of each one's token. */
export class DataSourceRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async insert(source: DataSource, tokenHash: string): Promise<void> {
    await this.db
      .insertInto('data_sources')
      .values({
        id: source.id,
        data: JSON.stringify(source),
        token_hash: tokenHash,
        created_at: source.createdAt,
      })
      .execute();
  }

  /** Writes a new version of a source (and, when renewing it, its token's hash). Returns whether it existed. */
  async replace(source: DataSource, tokenHash?: string): Promise<boolean> {
    const result = await this.db
      .updateTable('data_sources')
      .set({ data: JSON.stringify(source), ...(tokenHash ? { token_hash: tokenHash } : {}) })
      .where('id', '=', source.id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async get(id: string): Promise<DataSource | undefined> {
    const row = await this.db
      .selectFrom('data_sources')
      .select('data')
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as DataSource) : undefined;
  }

  /** The source whose token hashes to this, if any. */
  async byTokenHash(tokenHash: string): Promise<DataSource | undefined> {
    const row = await this.db
      .selectFrom('data_sources')
      .select('data')
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as DataSource) : undefined;
  }

  /** Every source, oldest first. */
  async all(): Promise<DataSource[]> {
    const rows = await this.db
      .selectFrom('data_sources')
      .select('data')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as DataSource);
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('data_sources').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** Changes a source's health (read, changed and written back: the job and the pushes are its only writers). */
  async updateHealth(
    id: string,
    change: (health: DataSource['health']) => DataSource['health'],
  ): Promise<void> {
    const source = await this.get(id);
    if (!source) return;
    await this.replace({ ...source, health: change(source.health) });
  }
}
