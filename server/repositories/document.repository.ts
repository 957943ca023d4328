import type { Meta, Page as PageEnvelope } from '../../schemas/types.ts';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';

type DocumentTable = 'gates' | 'screens' | 'messages' | 'playlists' | 'schedules' | 'assets';

/** A page of a list (common.json#/$defs/page) with items of type T. */
export type Page<T> = Omit<PageEnvelope, 'items'> & { items: T[] };

/**
 * Stores one kind of entity as JSON documents, with the columns a table lifts out of them.
 * Subclasses name the table and say how to derive the lifted columns.
 */
export class DocumentRepository<T extends Meta, Table extends DocumentTable = DocumentTable> {
  protected readonly db: Db;
  // Widened on purpose: Kysely's builders cannot resolve columns through a generic table name.
  protected readonly table: DocumentTable;
  private readonly lift: (doc: T) => Omit<Database[Table], 'id' | 'data' | 'created_at' | 'updated_at'>;

  constructor(
    db: Db,
    table: Table,
    lift: (doc: T) => Omit<Database[Table], 'id' | 'data' | 'created_at' | 'updated_at'>,
  ) {
    this.db = db;
    this.table = table;
    this.lift = lift;
  }

  /** One page, oldest first (stable order for paging). */
  async list(limit: number, offset: number): Promise<Page<T>> {
    const rows = await this.db
      .selectFrom(this.table)
      .select(['data'])
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute();
    const count = await this.db
      .selectFrom(this.table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    return { items: rows.map((r) => JSON.parse(r.data) as T), total: Number(count.n), limit, offset };
  }

  /** Every document (used by the manifest compiler's snapshot). */
  async all(): Promise<T[]> {
    const rows = await this.db.selectFrom(this.table).select(['data']).orderBy('id').execute();
    return rows.map((r) => JSON.parse(r.data) as T);
  }

  async get(id: string): Promise<T | undefined> {
    const row = await this.db.selectFrom(this.table).select(['data']).where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as T) : undefined;
  }

  async insert(doc: T): Promise<void> {
    const row = {
      id: doc.id,
      data: JSON.stringify(doc),
      created_at: doc.createdAt,
      updated_at: doc.updatedAt,
      ...this.lift(doc),
    };
    await this.db.insertInto(this.table).values(row).execute();
  }

  /** Replaces a document; returns false when none had that id. */
  async update(doc: T): Promise<boolean> {
    const result = await this.db
      .updateTable(this.table)
      .set({ data: JSON.stringify(doc), updated_at: doc.updatedAt, ...this.lift(doc) } as never)
      .where('id', '=', doc.id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Deletes a document; returns false when none had that id. */
  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom(this.table).where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
