import type { Manifest } from '../../schemas/types.ts';
import { chunks, type Db } from './database.ts';

export interface ScreenState {
  screenId: string;
  currentVersion: string | null;
  appliedVersion: string | null;
  appliedAt: string | null;
}

/** A manifest version a player reported applied, and when. */
export interface AppliedWrite {
  screenId: string;
  version: string;
  at: string;
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

  /**
   * Points screens at a new current version, in one transaction (multi-row upserts), and records that they
   * were sent it at `sentAt` (kept for good: what a screen was sent is what its player may acknowledge and
   * report plays of).
   */
  async setCurrent(
    screenIds: readonly string[],
    version: string,
    sentAt: string = new Date().toISOString(),
  ): Promise<void> {
    if (screenIds.length === 0) return;
    await this.db.transaction().execute(async (trx) => {
      for (const chunk of chunks(screenIds)) {
        await trx
          .insertInto('screen_manifests')
          .values(chunk.map((id) => ({ screen_id: id, version, sent_at: sentAt })))
          .onConflict((oc) => oc.columns(['screen_id', 'version']).doNothing())
          .execute();
        await trx
          .insertInto('screen_state')
          .values(
            chunk.map((id) => ({
              screen_id: id,
              current_version: version,
              applied_version: null,
              applied_at: null,
            })),
          )
          .onConflict((oc) =>
            oc
              .column('screen_id')
              .doUpdateSet((eb) => ({ current_version: eb.ref('excluded.current_version') })),
          )
          .execute();
      }
    });
  }

  /** When each of `versions` was first sent to the screen; versions it was never sent are absent. */
  async sentAt(screenId: string, versions: readonly string[]): Promise<Map<string, string>> {
    const sent = new Map<string, string>();
    for (const chunk of chunks([...new Set(versions)])) {
      const rows = await this.db
        .selectFrom('screen_manifests')
        .select(['version', 'sent_at'])
        .where('screen_id', '=', screenId)
        .where('version', 'in', chunk)
        .execute();
      for (const r of rows) sent.set(r.version, r.sent_at);
    }
    return sent;
  }

  /**
   * Stores the versions players report applied, in one transaction, and returns each of those screens'
   * current version as it stands after the write (another controller of a cluster may have moved it).
   * Acks of screens that no longer exist, and of versions a screen was never sent, are left out.
   */
  async setApplied(acks: readonly AppliedWrite[]): Promise<Map<string, string | null>> {
    const current = new Map<string, string | null>();
    if (acks.length === 0) return current;
    await this.db.transaction().execute(async (trx) => {
      for (const all of chunks(acks)) {
        // A screen deleted since its player acked must not fail the others' writes (foreign key).
        const ids = all.map((a) => a.screenId);
        const existing = await trx.selectFrom('screens').select('id').where('id', 'in', ids).execute();
        const known = new Set(existing.map((r) => r.id));
        // A player acknowledges only what its own screen was sent (a device token cannot claim another
        // screen's version). One query for the chunk: the pairs are then matched here.
        const sent = await trx
          .selectFrom('screen_manifests')
          .select(['screen_id', 'version'])
          .where('screen_id', 'in', ids)
          .where('version', 'in', [...new Set(all.map((a) => a.version))])
          .execute();
        const pairs = new Set(sent.map((r) => `${r.screen_id} ${r.version}`));
        const chunk = all.filter((a) => known.has(a.screenId) && pairs.has(`${a.screenId} ${a.version}`));
        if (chunk.length === 0) continue;
        await trx
          .insertInto('screen_state')
          .values(
            chunk.map((a) => ({
              screen_id: a.screenId,
              current_version: null,
              applied_version: a.version,
              applied_at: a.at,
            })),
          )
          .onConflict((oc) =>
            oc.column('screen_id').doUpdateSet((eb) => ({
              applied_version: eb.ref('excluded.applied_version'),
              applied_at: eb.ref('excluded.applied_at'),
            })),
          )
          .execute();
        const rows = await trx
          .selectFrom('screen_state')
          .select(['screen_id', 'current_version'])
          .where(
            'screen_id',
            'in',
            chunk.map((a) => a.screenId),
          )
          .execute();
        for (const r of rows) current.set(r.screen_id, r.current_version);
      }
    });
    return current;
  }
}
