import type { DataValueState, StoredDataValue } from '../../schemas/types.ts';
import type { Db } from './database.ts';

const parse = (row: { data: string }) => JSON.parse(row.data) as StoredDataValue;

/** Every value a data source gave, versioned by the time it was observed. */
export class DataValueRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async insert(value: StoredDataValue): Promise<void> {
    await this.db
      .insertInto('data_values')
      .values({
        id: value.id,
        source_id: value.sourceId,
        path: value.path,
        observed_at: value.observedAt,
        received_at: value.receivedAt,
        state: value.state,
        data: JSON.stringify(value),
      })
      .execute();
  }

  /** Writes a value's new state (approved, rejected). */
  async replace(value: StoredDataValue): Promise<void> {
    await this.db
      .updateTable('data_values')
      .set({ state: value.state, data: JSON.stringify(value) })
      .where('id', '=', value.id)
      .execute();
  }

  async get(id: string): Promise<StoredDataValue | undefined> {
    const row = await this.db
      .selectFrom('data_values')
      .select('data')
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? parse(row) : undefined;
  }

  /** Whether this observation of a path was already received (in any state). */
  async has(sourceId: string, path: string, observedAt: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('data_values')
      .select('id')
      .where('source_id', '=', sourceId)
      .where('path', '=', path)
      .where('observed_at', '=', observedAt)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The current value of one path: its newest accepted observation. */
  async current(sourceId: string, path: string): Promise<StoredDataValue | undefined> {
    const row = await this.db
      .selectFrom('data_values')
      .select('data')
      .where('source_id', '=', sourceId)
      .where('path', '=', path)
      .where('state', '=', 'accepted')
      .orderBy('observed_at', 'desc')
      .orderBy('received_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? parse(row) : undefined;
  }

  /** The current value of every path of a source, by path. */
  async currentOf(sourceId: string): Promise<StoredDataValue[]> {
    const rows = await this.db
      .selectFrom('data_values')
      .select('data')
      .where('source_id', '=', sourceId)
      .where('state', '=', 'accepted')
      .orderBy('path')
      .orderBy('observed_at', 'desc')
      .orderBy('received_at', 'desc')
      .execute();
    const seen = new Set<string>();
    const out: StoredDataValue[] = [];
    for (const value of rows.map(parse)) {
      if (seen.has(value.path)) continue;
      seen.add(value.path);
      out.push(value);
    }
    return out;
  }

  /** A source's values, newest observation first: of one path, or of all. */
  async history(sourceId: string, path: string | undefined, limit: number): Promise<StoredDataValue[]> {
    let query = this.db.selectFrom('data_values').select('data').where('source_id', '=', sourceId);
    if (path !== undefined) query = query.where('path', '=', path);
    const rows = await query
      .orderBy('observed_at', 'desc')
      .orderBy('received_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map(parse);
  }

  /** Values of these sources, newest received first, optionally in one state. */
  async list(
    sourceIds: readonly string[],
    state: DataValueState | undefined,
    limit: number,
  ): Promise<StoredDataValue[]> {
    if (sourceIds.length === 0) return [];
    let query = this.db
      .selectFrom('data_values')
      .select('data')
      .where('source_id', 'in', [...sourceIds]);
    if (state !== undefined) query = query.where('state', '=', state);
    const rows = await query.orderBy('received_at', 'desc').orderBy('id').limit(limit).execute();
    return rows.map(parse);
  }

  /** Removes a source's values (the source is being removed). */
  async removeOf(sourceId: string): Promise<void> {
    await this.db.deleteFrom('data_values').where('source_id', '=', sourceId).execute();
  }
}
