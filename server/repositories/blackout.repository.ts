import type { Blackout } from '../../schemas/types.ts';
import type { Db } from './database.ts';

/** Blackouts: documents with whether they are in force lifted out. */
export class BlackoutRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async insert(blackout: Blackout): Promise<void> {
    await this.db
      .insertInto('blackouts')
      .values({
        id: blackout.id,
        active: blackout.active ? 1 : 0,
        data: JSON.stringify(blackout),
        created_at: blackout.createdAt,
      })
      .execute();
  }

  /** Marks a blackout lifted if it is still in force; returns whether it was. */
  async lift(blackout: Blackout): Promise<boolean> {
    const result = await this.db
      .updateTable('blackouts')
      .set({ active: 0, data: JSON.stringify(blackout) })
      .where('id', '=', blackout.id)
      .where('active', '=', 1)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async get(id: string): Promise<Blackout | undefined> {
    const row = await this.db.selectFrom('blackouts').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Blackout) : undefined;
  }

  async active(): Promise<Blackout[]> {
    const rows = await this.db
      .selectFrom('blackouts')
      .select('data')
      .where('active', '=', 1)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Blackout);
  }

  /** The newest blackouts, in force or lifted. */
  async recent(limit: number): Promise<Blackout[]> {
    const rows = await this.db
      .selectFrom('blackouts')
      .select('data')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => JSON.parse(r.data) as Blackout);
  }
}
