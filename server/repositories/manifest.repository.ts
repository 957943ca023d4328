import type { Manifest } from '../../schemas/types.ts';
import type { Db } from './database.ts';

export interface ScreenState {
  screenId: string;
  currentVersion: string | null;
  appliedVersion: string | null;
  appliedAt: string | null;
}

/** Compiled manifests (content-addressed by version) and each screen's current and applied version. */
export class ManifestRepository {
  private readonly db: Db;
  // Manifests are immutable by construction (the version is their hash), so caching them is safe.
  private readonly cache = new Map<string, Manifest>();

  constructor(db: Db) {
    this.db = db;
  }

  /** Stores a manifest unless one with its version exists. */
  async save(manifest: Manifest, createdAt: string): Promise<void> {
    this.cache.set(manifest.version, manifest);
    await this.db
      .insertInto('manifests')
      .values({ version: manifest.version, body: JSON.stringify(manifest), created_at: createdAt })
      .onConflict((oc) => oc.column('version').doNothing())
      .execute();
  }

  async get(version: string): Promise<Manifest | undefined> {
    const hit = this.cache.get(version);
    if (hit) return hit;
    const row = await this.db
      .selectFrom('manifests')
      .select('body')
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) return undefined;
    const manifest = JSON.parse(row.body) as Manifest;
    this.cache.set(version, manifest);
    return manifest;
  }

  async states(): Promise<ScreenState[]> {
    const rows = await this.db.selectFrom('screen_state').selectAll().execute();
    return rows.map((r) => ({
      screenId: r.screen_id,
      currentVersion: r.current_version,
      appliedVersion: r.applied_version,
      appliedAt: r.applied_at,
    }));
  }

  async state(screenId: string): Promise<ScreenState | undefined> {
    const r = await this.db
      .selectFrom('screen_state')
      .selectAll()
      .where('screen_id', '=', screenId)
      .executeTakeFirst();
    return (
      r && {
        screenId: r.screen_id,
        currentVersion: r.current_version,
        appliedVersion: r.applied_version,
        appliedAt: r.applied_at,
      }
    );
  }

  /** Points screens at a new current version, in one transaction. */
  async setCurrent(screenIds: readonly string[], version: string): Promise<void> {
    if (screenIds.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      for (const screenId of screenIds) {
        await trx
          .insertInto('screen_state')
          .values({ screen_id: screenId, current_version: version, applied_version: null, applied_at: null })
          .onConflict((oc) => oc.column('screen_id').doUpdateSet({ current_version: version }))
          .execute();
      }
    });
  }

  async setApplied(screenId: string, version: string, at: string): Promise<void> {
    await this.db
      .insertInto('screen_state')
      .values({ screen_id: screenId, current_version: null, applied_version: version, applied_at: at })
      .onConflict((oc) => oc.column('screen_id').doUpdateSet({ applied_version: version, applied_at: at }))
      .execute();
  }
}
