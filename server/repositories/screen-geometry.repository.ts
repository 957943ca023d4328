import type { GeometryChange, GeometryPreview } from '../../schemas/types.ts';
import type { Db } from './database.ts';

/** The previews of a board's region and the changes applied from them (migration 0017). */
export class ScreenGeometryRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  async insertPreview(preview: GeometryPreview): Promise<void> {
    await this.db
      .insertInto('geometry_previews')
      .values({
        id: preview.id,
        screen_id: preview.screenId,
        state: preview.state,
        data: JSON.stringify(preview),
        requested_at: preview.requestedAt,
      })
      .execute();
  }

  /**
   * Ends a preview that is still showing: false when it was over already (another controller, or a second
   * click, ended it first), so that exactly one apply or cancel wins.
   */
  async endPreview(ended: GeometryPreview): Promise<boolean> {
    const result = await this.db
      .updateTable('geometry_previews')
      .set({ state: ended.state, data: JSON.stringify(ended) })
      .where('id', '=', ended.id)
      .where('state', '=', 'showing')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async preview(id: string): Promise<GeometryPreview | undefined> {
    const row = await this.db
      .selectFrom('geometry_previews')
      .select('data')
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as GeometryPreview) : undefined;
  }

  /** The screen's previews still marked showing, newest first. */
  async showing(screenId: string): Promise<GeometryPreview[]> {
    const rows = await this.db
      .selectFrom('geometry_previews')
      .select('data')
      .where('screen_id', '=', screenId)
      .where('state', '=', 'showing')
      .orderBy('requested_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => JSON.parse(r.data) as GeometryPreview);
  }

  async insertChange(change: GeometryChange): Promise<void> {
    await this.db
      .insertInto('geometry_changes')
      .values({
        id: change.id,
        screen_id: change.screenId,
        data: JSON.stringify(change),
        changed_at: change.changedAt,
      })
      .execute();
  }

  /** A screen's newest changes first. */
  async changes(screenId: string, limit: number): Promise<GeometryChange[]> {
    const rows = await this.db
      .selectFrom('geometry_changes')
      .select('data')
      .where('screen_id', '=', screenId)
      .orderBy('changed_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => JSON.parse(r.data) as GeometryChange);
  }
}
