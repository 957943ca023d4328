import type { RenditionFit, RenditionFormat } from '../domain/rendition.spec.ts';
import { chunks, type Db } from './database.ts';
import type { RenditionRow } from './schema.ts';

/** A derived image in the blob store: `sha256` made from `source` for one box. */
export interface Rendition {
  key: string;
  source: string;
  width: number;
  height: number;
  fit: RenditionFit;
  background: string;
  format: RenditionFormat;
  sha256: string;
  size: number;
  mime: string;
  createdAt: string;
}

/** The rendition cache's index: which blob holds the rendition of which key. */
export class RenditionRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async get(key: string): Promise<Rendition | undefined> {
    const row = await this.db.selectFrom('renditions').selectAll().where('key', '=', key).executeTakeFirst();
    return row && toRendition(row);
  }

  /** Records a rendition; a concurrent insert of the same key (another process) wins quietly. */
  async insert(r: Rendition): Promise<void> {
    await this.db
      .insertInto('renditions')
      .values({
        key: r.key,
        source_sha256: r.source,
        width: r.width,
        height: r.height,
        fit: r.fit,
        background: r.background,
        format: r.format,
        sha256: r.sha256,
        size: r.size,
        mime: r.mime,
        created_at: r.createdAt,
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }

  async delete(key: string): Promise<void> {
    await this.db.deleteFrom('renditions').where('key', '=', key).execute();
  }

  /** Renditions made from a source blob. */
  async ofSource(source: string): Promise<Rendition[]> {
    const rows = await this.db
      .selectFrom('renditions')
      .selectAll()
      .where('source_sha256', '=', source)
      .orderBy('key')
      .execute();
    return rows.map(toRendition);
  }

  /** The rendition stored in a blob, if any (for the media type of /media responses). */
  async bySha256(sha256: string): Promise<Rendition | undefined> {
    const row = await this.db
      .selectFrom('renditions')
      .selectAll()
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    return row && toRendition(row);
  }

  /** Every (source, blob) pair, for garbage collection. */
  async references(): Promise<{ key: string; source: string; sha256: string; createdAt: string }[]> {
    const rows = await this.db
      .selectFrom('renditions')
      .select(['key', 'source_sha256', 'sha256', 'created_at'])
      .execute();
    return rows.map((r) => ({
      key: r.key,
      source: r.source_sha256,
      sha256: r.sha256,
      createdAt: r.created_at,
    }));
  }

  /** Forgets the renditions of these keys; returns how many there were. */
  async deleteKeys(keys: readonly string[]): Promise<number> {
    let n = 0;
    for (const chunk of chunks(keys)) {
      const result = await this.db.deleteFrom('renditions').where('key', 'in', chunk).executeTakeFirst();
      n += Number(result.numDeletedRows);
    }
    return n;
  }
}

function toRendition(row: RenditionRow): Rendition {
  return {
    key: row.key,
    source: row.source_sha256,
    width: row.width,
    height: row.height,
    fit: row.fit,
    background: row.background,
    format: row.format,
    sha256: row.sha256,
    size: Number(row.size),
    mime: row.mime,
    createdAt: row.created_at,
  };
}
